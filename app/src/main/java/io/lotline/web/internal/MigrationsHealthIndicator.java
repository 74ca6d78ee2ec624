package io.lotline.web.internal;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code migrations}, part of the readiness group: up when every migration this version of
 * Lotline knows is applied to the database; down, naming them, when some are pending or failed (another instance
 * still migrating, or a database restored from an older backup), so that no traffic is sent to it meanwhile.
 */
@Component
class MigrationsHealthIndicator extends AbstractHealthIndicator {
    private final Flyway flyway;

    MigrationsHealthIndicator(Flyway flyway) {
        super("Checking the database migrations failed");
        this.flyway = flyway;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        builder.withDetail("version", current == null ? "none" : current.getVersion().getVersion());
        MigrationInfo[] pending = info.pending();
        MigrationInfo[] failed = Arrays.stream(info.all())
                .filter(migration -> migration.getState().isFailed()).toArray(MigrationInfo[]::new);
        if (pending.length > 0 || failed.length > 0) {
            builder.down().withDetail("pending", versions(pending)).withDetail("failed", versions(failed));
        } else {
            builder.up();
        }
    }

    private static List<String> versions(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(m -> m.getVersion() == null ? m.getDescription()
                : m.getVersion().getVersion()).toList();
    }
}

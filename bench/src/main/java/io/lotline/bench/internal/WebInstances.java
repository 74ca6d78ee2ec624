package io.lotline.bench.internal;

import io.lotline.LotlineApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Lotline serving HTTP on the bench's database, as a server behind a load balancer does: one application context per
 * instance, each with its own memory, caches and connection pool, on a random port of this machine. Nothing is shared
 * between the instances and the bench but the database, so a second instance sees what the first books only through
 * the database (ADR 36).
 */
final class WebInstances implements AutoCloseable {
    /** Settings of the bench's own context that the instances take over: the database, and who migrates it. */
    private static final List<String> INHERITED = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.flyway.user", "spring.flyway.password", "lotline.trace.engine",
            "lotline.zone", "spring.datasource.hikari.maximum-pool-size");

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();

    private WebInstances() {
    }

    /**
     * Starts {@code count} instances one after the other; the bench's context has already migrated the database. Each
     * holds {@code pool} database connections, or as many as the bench's own pool when {@code pool} is null;
     * {@code additions} are further configuration of the bench's own, such as {@link ServerTiming}.
     */
    static WebInstances start(int count, Integer pool, Environment bench, Class<?>... additions) {
        WebInstances instances = new WebInstances();
        try {
            for (int i = 0; i < count; i++) {
                ConfigurableApplicationContext context = new SpringApplicationBuilder(LotlineApplication.class)
                        .sources(additions).web(WebApplicationType.SERVLET).run(arguments(bench, pool));
                instances.contexts.add(context);
                instances.bases.add("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
            }
            return instances;
        } catch (RuntimeException failed) {
            instances.close();
            throw failed;
        }
    }

    private static String[] arguments(Environment bench, Integer pool) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : INHERITED) {
            String value = bench.getProperty(name);
            if (value != null) {
                settings.put(name, value);
            }
        }
        if (pool != null) {
            settings.put("spring.datasource.hikari.maximum-pool-size", pool.toString());
        }
        settings.put("server.port", "0");
        settings.put("lotline.expiry.sweep.cron", "-");
        settings.put("lotline.ledger.checkpoints.interval", "0");
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.root", "warn");
        return settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }

    int count() {
        return bases.size();
    }

    /** The address of instance {@code i}, e.g. {@code http://localhost:43127}. */
    String base(int i) {
        return bases.get(i);
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        contexts.clear();
    }
}

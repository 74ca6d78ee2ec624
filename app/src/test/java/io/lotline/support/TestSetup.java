package io.lotline.support;

import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.Users;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A clean schema once per run, one user per role, the fixture builder, and a transfer to hold open. */
@TestConfiguration(proxyBeanMethods = false)
class TestSetup {
    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    /**
     * Every run starts from an empty schema, also on a PostgreSQL database that a previous run filled. Only the first
     * application of a run cleans it: a second one (test classes with other settings) joins the same database as a
     * second instance would, since cleaning under the first one's memory would let new rows reuse the ids it holds.
     */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return (Flyway flyway) -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    @Bean
    ApplicationRunner testUsers(Users users, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return args -> {
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase();
                boolean there = jdbc.sql("select count(*) from users where username = ?").param(name)
                        .query(Long.class).single() > 0;
                if (role != Role.ADMIN && !there) {
                    users.create(new NewUser(name, "Test " + name, Set.of(role), IntegrationTest.PASSWORD));
                }
            }
        };
    }

    @Bean
    TransferUnderWay transferUnderWay(org.springframework.transaction.support.TransactionTemplate transaction,
                                      io.lotline.ledger.AvailableStock available,
                                      io.lotline.ledger.Movements movements,
                                      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new TransferUnderWay(transaction, available, movements, jdbc);
    }

    @Bean
    Floor floor(io.lotline.catalog.Catalog catalog, io.lotline.receiving.Receiving receiving) {
        return new Floor(catalog, receiving);
    }
}

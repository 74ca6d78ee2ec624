package io.lotline.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the integration tests run on: the failsafe execution sets {@code lotline.test.database} to
 * {@code h2} or {@code postgres}. The PostgreSQL run needs {@code LOTLINE_TEST_POSTGRES_URL} (and optionally
 * {@code LOTLINE_TEST_POSTGRES_USER}, {@code LOTLINE_TEST_POSTGRES_PASSWORD}); without it the run fails rather
 * than silently testing H2 twice.
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("lotline.test.database", "h2"));
    }

    static void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    /** The data source of the test database, and on PostgreSQL the owner Flyway migrates as when one is given. */
    static Map<String, String> properties() {
        if (isPostgres()) {
            String url = System.getenv("LOTLINE_TEST_POSTGRES_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("The PostgreSQL test run needs LOTLINE_TEST_POSTGRES_URL");
            }
            Map<String, String> properties = new HashMap<>(Map.of("spring.datasource.url", url,
                    "spring.datasource.username", env("LOTLINE_TEST_POSTGRES_USER", "postgres"),
                    "spring.datasource.password", env("LOTLINE_TEST_POSTGRES_PASSWORD", "postgres")));
            if (System.getenv("LOTLINE_TEST_POSTGRES_OWNER_USER") != null) {
                properties.put("spring.flyway.user", ownerUser());
                properties.put("spring.flyway.password", ownerPassword());
            }
            return properties;
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:lotline-test;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    /**
     * The role that owns the tables on PostgreSQL ({@code LOTLINE_TEST_POSTGRES_OWNER_USER}): Flyway migrates and
     * cleans as it, and tests use it for what only an owner may (switching a trigger off, creating a schema or a
     * database). Without it, the application's role owns the tables as well.
     */
    public static String ownerUser() {
        return env("LOTLINE_TEST_POSTGRES_OWNER_USER", env("LOTLINE_TEST_POSTGRES_USER", "postgres"));
    }

    public static String ownerPassword() {
        return System.getenv("LOTLINE_TEST_POSTGRES_OWNER_USER") != null
                ? env("LOTLINE_TEST_POSTGRES_OWNER_PASSWORD", "postgres")
                : env("LOTLINE_TEST_POSTGRES_PASSWORD", "postgres");
    }

    /** A connection as the owner on PostgreSQL; on H2, the tests' own. */
    public static JdbcClient owner(JdbcClient jdbc) {
        if (!isPostgres()) {
            return jdbc;
        }
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(),
                System.getenv("LOTLINE_TEST_POSTGRES_URL"), ownerUser(), ownerPassword()));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

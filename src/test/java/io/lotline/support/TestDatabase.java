package io.lotline.support;

import java.util.Map;
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

    /** The data source of the test database. */
    static Map<String, String> properties() {
        if (isPostgres()) {
            String url = System.getenv("LOTLINE_TEST_POSTGRES_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("The PostgreSQL test run needs LOTLINE_TEST_POSTGRES_URL");
            }
            return Map.of("spring.datasource.url", url,
                    "spring.datasource.username", env("LOTLINE_TEST_POSTGRES_USER", "postgres"),
                    "spring.datasource.password", env("LOTLINE_TEST_POSTGRES_PASSWORD", "postgres"));
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:lotline-test;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

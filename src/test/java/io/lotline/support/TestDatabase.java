package io.lotline.support;

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
        if (isPostgres()) {
            String url = System.getenv("LOTLINE_TEST_POSTGRES_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("The PostgreSQL test run needs LOTLINE_TEST_POSTGRES_URL");
            }
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> env("LOTLINE_TEST_POSTGRES_USER", "postgres"));
            registry.add("spring.datasource.password", () -> env("LOTLINE_TEST_POSTGRES_PASSWORD", "postgres"));
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:lotline-test;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package io.lotline.configuration.internal;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded H2 database is for evaluation. A start with the {@code prod} profile on anything but PostgreSQL
 * stops before it opens a connection, with a message saying what to set.
 */
public class ProductionDatabaseGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("The prod profile runs on PostgreSQL only, but the database URL is '"
                    + url + "'. Set LOTLINE_DB_URL=jdbc:postgresql://HOST:5432/DATABASE (and LOTLINE_DB_USER, "
                    + "LOTLINE_DB_PASSWORD); the embedded H2 database is for evaluation only.");
        }
    }
}

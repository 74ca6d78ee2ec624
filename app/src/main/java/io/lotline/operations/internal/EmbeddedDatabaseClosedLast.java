package io.lotline.operations.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * An embedded H2 database closes when the application has stopped, not when the JVM starts to exit.
 *
 * <p>H2 closes a database from a shutdown hook of its own unless the URL says {@code DB_CLOSE_ON_EXIT=FALSE}. On a
 * stop (SIGTERM, Ctrl-C, a service manager) that hook runs beside Spring's graceful shutdown, so requests still being
 * served failed with "Database is already closed" and were answered 500. With the setting, H2 closes once the
 * connection pool closes, after the last request was answered. It is added to every H2 URL that does not set it, so
 * that an operator's own {@code LOTLINE_DB_URL} is covered too. See ADR 72.
 */
@Component
class EmbeddedDatabaseClosedLast implements BeanPostProcessor {
    static final String SETTING = "DB_CLOSE_ON_EXIT";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(closedByTheApplication(pool.getJdbcUrl()));
        }
        return bean;
    }

    /** The URL with {@code DB_CLOSE_ON_EXIT=FALSE} when it is an H2 URL that does not choose for itself. */
    static String closedByTheApplication(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(SETTING)) {
            return url;
        }
        return url + ";" + SETTING + "=FALSE";
    }
}

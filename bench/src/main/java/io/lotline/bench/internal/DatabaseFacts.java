package io.lotline.bench.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which database the benchmark runs on, and the settings that decide its figures. */
@Component
class DatabaseFacts {
    private static final Logger log = LoggerFactory.getLogger(DatabaseFacts.class);
    private static final String POSTGRES_SETTINGS = """
            select name, setting || coalesce(unit, '') from pg_settings
             where name in ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size',
                            'max_wal_size', 'synchronous_commit', 'fsync', 'jit', 'random_page_cost')
             order by name""";
    private static final String H2_SETTINGS = """
            select setting_name, setting_value from information_schema.settings
             where setting_name in ('MODE', 'MV_STORE', 'WRITE_DELAY', 'info.VERSION', 'info.CACHE_MAX_SIZE',
                                    'info.PAGE_SIZE', 'info.FILE_SIZE')
             order by setting_name""";

    /** Product, version, connection URL and settings. */
    record Facts(String product, String version, String url, Map<String, String> settings) {
    }

    private final JdbcClient jdbc;
    private final Facts facts;

    DatabaseFacts(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            facts = new Facts(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL(),
                    new LinkedHashMap<>());
        }
    }

    boolean isPostgres() {
        return facts.product().toLowerCase().contains("postgres");
    }

    /**
     * Analyzes the tables and, on PostgreSQL, vacuums them and writes a checkpoint, so that what a load left to write
     * is on disk before anything is timed. Without the right to checkpoint, the run goes on without one.
     */
    void refreshStatistics() {
        jdbc.sql(isPostgres() ? "vacuum analyze" : "analyze").update();
        if (isPostgres()) {
            try {
                jdbc.sql("checkpoint").update();
            } catch (DataAccessException notAllowed) {
                log.warn("No checkpoint before the measurements: {}", notAllowed.getMessage());
            }
        }
    }

    Facts facts() {
        Map<String, String> settings = new LinkedHashMap<>();
        jdbc.sql(isPostgres() ? POSTGRES_SETTINGS : H2_SETTINGS)
                .query(rs -> {
                    settings.put(rs.getString(1), rs.getString(2));
                });
        return new Facts(facts.product(), facts.version(), facts.url(), settings);
    }
}

package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.TraceRequest;
import io.lotline.support.IntegrationTest;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A trace holds a pooled connection while it is put on record; the record goes over a connection of its own, so
 * that traces at once never wait on each other for the pool's last connections.
 */
class TraceLogIT extends IntegrationTest {
    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_trace_is_put_on_record_while_its_caller_holds_the_only_pooled_connection() throws Exception {
        HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
        HikariConfig onlyOne = new HikariConfig();
        onlyOne.setJdbcUrl(application.getJdbcUrl());
        onlyOne.setUsername(application.getUsername());
        onlyOne.setPassword(application.getPassword());
        onlyOne.setMaximumPoolSize(1);
        onlyOne.setConnectionTimeout(250);
        String root = "HELD-" + UUID.randomUUID();

        try (HikariDataSource pool = new HikariDataSource(onlyOne)) {
            // wrapped, as the application wraps its own pool
            TraceLog log = new TraceLog(new DelegatingDataSource(pool));
            try (Connection held = pool.getConnection()) {
                log.record("pool-holder", Instant.now(), new TraceRequest(Direction.FORWARD, List.of(root), 2), 3, 1.5);
            } finally {
                log.destroy();
            }
        }

        assertThat(jdbc.sql("select count(*) from trace_requests where roots = ? and actor = 'pool-holder'")
                .param(root).query(Long.class).single()).isEqualTo(1);
    }
}

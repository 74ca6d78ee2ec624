package io.lotline.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** H2 is told to close with the application, not on the JVM's exit; other databases and explicit choices are kept. */
class EmbeddedDatabaseClosedLastTest {
    private final EmbeddedDatabaseClosedLast closedLast = new EmbeddedDatabaseClosedLast();

    @Test
    void an_h2_file_url_is_closed_by_the_application() {
        assertThat(EmbeddedDatabaseClosedLast.closedByTheApplication("jdbc:h2:file:./data/lotline;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./data/lotline;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(EmbeddedDatabaseClosedLast.closedByTheApplication("jdbc:h2:mem:test"))
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void an_operators_own_choice_and_other_databases_are_left_as_they_are() {
        assertThat(EmbeddedDatabaseClosedLast.closedByTheApplication("jdbc:h2:file:/srv/lotline;db_close_on_exit=TRUE"))
                .isEqualTo("jdbc:h2:file:/srv/lotline;db_close_on_exit=TRUE");
        assertThat(EmbeddedDatabaseClosedLast.closedByTheApplication("jdbc:postgresql://db:5432/lotline"))
                .isEqualTo("jdbc:postgresql://db:5432/lotline");
    }

    @Test
    void the_pool_is_given_the_url_before_it_opens() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:./data/lotline");
            assertThat(closedLast.postProcessBeforeInitialization(pool, "dataSource")).isSameAs(pool);
            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:file:./data/lotline;DB_CLOSE_ON_EXIT=FALSE");
        }
    }
}

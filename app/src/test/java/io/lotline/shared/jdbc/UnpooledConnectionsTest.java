package io.lotline.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class UnpooledConnectionsTest {

    @Test
    void a_pool_is_found_through_the_wrappers_around_it() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:unpooled");
            pool.setUsername("lotline");
            pool.setPassword("secret");

            UnpooledConnections found = UnpooledConnections.of(new DelegatingDataSource(new DelegatingDataSource(pool)))
                    .orElseThrow();

            assertThat(found.url()).isEqualTo("jdbc:h2:mem:unpooled");
            assertThat(found.username()).isEqualTo("lotline");
            assertThat(found.password()).isEqualTo("secret");
        }
    }

    @Test
    void a_data_source_that_is_no_pool_or_names_no_url_gives_none() {
        assertThat(UnpooledConnections.of(new DriverManagerDataSource("jdbc:h2:mem:plain"))).isEmpty();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setDataSourceClassName("org.h2.jdbcx.JdbcDataSource");
            assertThat(UnpooledConnections.of(pool)).isEmpty();
        }
    }

    @Test
    void its_text_never_shows_the_password() {
        assertThat(new UnpooledConnections("jdbc:postgresql://db/lotline", "app", "secret").toString())
                .contains("jdbc:postgresql://db/lotline", "app")
                .doesNotContain("secret");
    }
}

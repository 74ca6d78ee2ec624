package io.lotline.configuration.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** A production start refuses the embedded evaluation database before it opens a connection. */
class ProductionDatabaseGuardTest {
    private final ProductionDatabaseGuard guard = new ProductionDatabaseGuard();

    private static MockEnvironment environment(String url, String... profiles) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void the_prod_profile_on_the_embedded_database_stops_the_start_saying_what_to_set() {
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment("jdbc:h2:file:./data/lotline", "prod"),
                new SpringApplication())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LOTLINE_DB_URL=jdbc:postgresql://");
    }

    @Test
    void the_prod_profile_on_postgresql_starts() {
        assertThatCode(() -> guard.postProcessEnvironment(environment("jdbc:postgresql://db:5432/lotline", "prod"),
                new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void without_the_prod_profile_the_embedded_database_is_allowed() {
        assertThatCode(() -> guard.postProcessEnvironment(environment("jdbc:h2:mem:lotline"),
                new SpringApplication())).doesNotThrowAnyException();
    }
}

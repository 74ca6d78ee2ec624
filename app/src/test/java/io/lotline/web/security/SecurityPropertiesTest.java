package io.lotline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The API description's openness and the JWT claims are bound once; a JWT without a roles claim stops the start. */
class SecurityPropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SecurityProperties.Binding.class);

    @Test
    void without_settings_the_api_description_is_public_and_roles_are_read_from_the_roles_claim() {
        context.run(started -> {
            assertThat(started.getBean(SecurityProperties.ApiDocs.class).open()).isTrue();
            assertThat(started.getBean(SecurityProperties.Jwt.class))
                    .isEqualTo(new SecurityProperties.Jwt("preferred_username", "roles", ""));
        });
    }

    @Test
    void the_api_description_is_closed_by_its_public_key() {
        context.withPropertyValues("lotline.api-docs.public=false").run(started ->
                assertThat(started.getBean(SecurityProperties.ApiDocs.class).open()).isFalse());
    }

    @Test
    void an_empty_roles_claim_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.security.jwt.roles-claim= ").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.security.jwt", "rolesClaim", "must not be blank"));
    }
}

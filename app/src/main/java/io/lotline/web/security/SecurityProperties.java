package io.lotline.web.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read the API description ({@code lotline.api-docs.public}), and how a JWT from the identity provider names
 * its user and roles ({@code lotline.security.jwt.*}): the user name claim, the roles claim (a dotted path such as
 * {@code realm_access.roles}) and the prefix before a Lotline role name in it.
 */
final class SecurityProperties {
    private SecurityProperties() {
    }

    @ConfigurationProperties("lotline.api-docs")
    record ApiDocs(@Name("public") @DefaultValue("true") boolean open) {
    }

    @Validated
    @ConfigurationProperties("lotline.security.jwt")
    record Jwt(@DefaultValue("preferred_username") @NotBlank String usernameClaim,
               @DefaultValue("roles") @NotBlank String rolesClaim, @DefaultValue("") @NotNull String rolePrefix) {
    }

    /** Binds the security settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ApiDocs.class, Jwt.class})
    static class Binding {
    }
}

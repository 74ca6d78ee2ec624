package io.lotline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesTest {

    @Test
    void keycloak_realm_roles_with_a_prefix_become_lotline_roles() {
        JwtRoles roles = new JwtRoles(new SecurityProperties.Jwt("preferred_username", "realm_access.roles",
                "lotline-"));
        Jwt jwt = jwt(Map.of("preferred_username", "anna", "realm_access",
                Map.of("roles", List.of("lotline-quality", "LOTLINE-COMPLIANCE", "quality", "offline_access"))));

        var authentication = roles.convert(jwt);

        assertThat(authentication.getName()).isEqualTo("anna");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_QUALITY", "ROLE_COMPLIANCE");
    }

    @Test
    void a_space_separated_claim_counts_and_unknown_values_are_ignored() {
        JwtRoles roles = new JwtRoles(new SecurityProperties.Jwt("preferred_username", "scope", ""));
        Jwt jwt = jwt(Map.of("scope", "operator openid profile"));

        var authentication = roles.convert(jwt);

        assertThat(authentication.getName()).isEqualTo("subject-1");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_OPERATOR");
    }

    @Test
    void a_token_without_the_claim_has_no_role() {
        JwtRoles roles = new JwtRoles(new SecurityProperties.Jwt("preferred_username", "realm_access.roles", ""));

        assertThat(roles.convert(jwt(Map.of("realm_access", "not an object"))).getAuthorities()).isEmpty();
        assertThat(roles.convert(jwt(Map.of("other", 1))).getAuthorities()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("subject-1").claims(all -> all.putAll(claims))
                .issuedAt(Instant.parse("2026-12-06T08:00:00Z")).build();
    }
}

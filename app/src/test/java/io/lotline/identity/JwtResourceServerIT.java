package io.lotline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.lotline.support.Api;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestIdentityProvider;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The enterprise door: JWTs signed by the company's identity provider (a test RSA key standing in for Keycloak or
 * Entra ID), with the user from {@code preferred_username} and the roles from the {@code roles} claim.
 */
class JwtResourceServerIT extends IntegrationTest {

    @Test
    void a_jwt_from_the_identity_provider_acts_with_the_lotline_roles_of_its_claim() {
        String jwt = TestIdentityProvider.sign(claims("kc.inspector", List.of("QUALITY", "offline_access")));

        MvcTestResult me = bearer(jwt, "/api/v1/users/me");

        assertThat(me).hasStatus(200);
        assertThat(Api.<String>read(me, "$.username")).isEqualTo("kc.inspector");
        assertThat(Api.<List<String>>read(me, "$.roles")).containsExactly("QUALITY");
        assertThat(bearer(jwt, "/api/v1/recalls")).hasStatus(200);
        assertThat(bearer(jwt, "/api/v1/users")).hasStatus(403);
    }

    @Test
    void a_jwt_without_a_lotline_role_is_signed_in_but_may_only_read() {
        String jwt = TestIdentityProvider.sign(claims("kc.visitor", List.of("offline_access")));

        assertThat(bearer(jwt, "/api/v1/items")).hasStatus(200);
        assertThat(bearer(jwt, "/api/v1/recalls")).hasStatus(403);
    }

    @Test
    void a_jwt_signed_by_another_key_expired_or_from_another_issuer_gets_the_same_401() {
        JWTClaimsSet good = claims("kc.inspector", List.of("QUALITY"));
        List<String> bad = List.of(TestIdentityProvider.forge(good),
                TestIdentityProvider.sign(new JWTClaimsSet.Builder(good)
                        .expirationTime(Date.from(Instant.now().minusSeconds(600))).build()),
                TestIdentityProvider.sign(new JWTClaimsSet.Builder(good).issuer("https://elsewhere.example").build()));

        for (String jwt : bad) {
            MvcTestResult answer = bearer(jwt, "/api/v1/items");
            assertThat(answer).hasStatus(401).hasContentType("application/problem+json");
            assertThat(Api.<String>read(answer, "$.detail")).isEqualTo("The token is not valid");
        }
    }

    @Test
    void a_person_signed_in_by_the_identity_provider_has_no_lotline_account_to_own_api_tokens() {
        String jwt = TestIdentityProvider.sign(claims("kc.inspector", List.of("QUALITY")));

        MvcTestResult refused = mvc.post().uri("/api/v1/tokens").header("Authorization", "Bearer " + jwt)
                .contentType("application/json").content("{\"name\": \"laptop\"}").exchange();

        assertThat(refused).hasStatus(422);
        assertThat(Api.<String>read(refused, "$.rule")).isEqualTo("lotline-user");
    }

    @Test
    void api_tokens_and_http_basic_keep_working_beside_the_identity_provider() {
        String secret = Api.read(as("operator").post("/api/v1/tokens", "{\"name\": \"beside jwt\"}"), "$.secret");

        assertThat(bearer(secret, "/api/v1/items")).hasStatus(200);
        assertThat(as("operator").get("/api/v1/items")).hasStatus(200);
    }

    private MvcTestResult bearer(String token, String path) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    private static JWTClaimsSet claims(String username, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(TestIdentityProvider.ISSUER).subject("f1c2-" + username)
                .claim("preferred_username", username).claim("roles", roles)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
    }
}

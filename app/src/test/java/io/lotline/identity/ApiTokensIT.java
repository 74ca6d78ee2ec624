package io.lotline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.Api;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API tokens: issued by a user for themselves or by the admin for a service account, shown once, kept as a SHA-256,
 * never wider than their owner, and refused alike when unknown, expired or revoked.
 */
class ApiTokensIT extends IntegrationTest {

    @Autowired
    Users users;

    @Test
    void a_token_is_shown_once_kept_as_its_hash_and_acts_for_its_owner() throws Exception {
        MvcTestResult issued = as("quality").post("/api/v1/tokens", "{\"name\": \"Lab laptop\"}");

        assertThat(issued).hasStatus(201);
        String secret = Api.read(issued, "$.secret");
        long id = ((Number) Api.read(issued, "$.token.id")).longValue();
        assertThat(secret).matches("llt_[A-Za-z0-9_-]{43}");
        assertThat(Api.<List<String>>read(issued, "$.token.roles")).containsExactly("QUALITY");
        assertThat(jdbc.sql("select secret_hash from api_tokens where id = ?").param(id).query(String.class).single())
                .isEqualTo(sha256(secret));
        assertThat(Api.<String>read(bearer(secret, "/api/v1/users/me"), "$.username")).isEqualTo("quality");
        MvcTestResult listed = as("quality").get("/api/v1/tokens");
        assertThat(Api.body(listed)).contains("Lab laptop", secret.substring(0, 12)).doesNotContain(secret);
    }

    @Test
    void a_token_asking_for_a_role_its_owner_lacks_is_refused_naming_the_role() {
        long before = count("api_tokens");

        MvcTestResult refused = as("quality").post("/api/v1/tokens",
                "{\"name\": \"too wide\", \"roles\": [\"QUALITY\", \"ADMIN\"]}");

        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        assertThat(Api.<String>read(refused, "$.field")).isEqualTo("roles");
        assertThat(Api.<String>read(refused, "$.value")).isEqualTo("ADMIN");
        assertThat(Api.<String>read(refused, "$.rule")).isEqualTo("roles-within-owner");
        assertThat(count("api_tokens")).isEqualTo(before);
    }

    @Test
    void a_token_with_fewer_roles_than_its_owner_may_only_what_its_roles_allow() {
        users.create(new NewUser("lab-lead", "Lab Lead", Set.of(Role.QUALITY, Role.COMPLIANCE), PASSWORD));
        String secret = Api.read(as("lab-lead").post("/api/v1/tokens",
                "{\"name\": \"audit export\", \"roles\": [\"COMPLIANCE\"]}"), "$.secret");

        assertThat(bearer(secret, "/api/v1/recalls")).hasStatus(200);
        assertThat(mvc.put().uri("/api/v1/items/NONE/specification").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange()).hasStatus(403);
    }

    @Test
    void an_unknown_expired_revoked_or_malformed_token_gets_the_same_401_with_no_hint_which() {
        String expired = issue("operator", "expired");
        jdbc.sql("update api_tokens set expires_at = created_at where secret_hash = ?").param(sha256(expired))
                .update();
        String revoked = issue("operator", "revoked");
        long revokedId = jdbc.sql("select id from api_tokens where secret_hash = ?").param(sha256(revoked))
                .query(Long.class).single();
        assertThat(as("operator").post("/api/v1/tokens/" + revokedId + "/revocation", "")).hasStatus(200);
        String unknown = "llt_" + "A".repeat(43);

        List<MvcTestResult> answers = List.of(bearer(expired, "/api/v1/items"), bearer(revoked, "/api/v1/items"),
                bearer(unknown, "/api/v1/items"), bearer("llt_short", "/api/v1/items"),
                bearer("eyJhbGciOiJub25lIn0.e30.", "/api/v1/items"));

        for (MvcTestResult answer : answers) {
            assertThat(answer).hasStatus(401).hasContentType("application/problem+json");
            assertThat(answer.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(Api.body(answer)).isEqualTo(Api.body(answers.get(0)));
        }
        assertThat(Api.<String>read(answers.get(0), "$.detail")).isEqualTo("The token is not valid");
    }

    @Test
    void a_revocation_written_by_another_instance_counts_from_the_next_request() {
        String secret = issue("operator", "handheld 7");
        assertThat(bearer(secret, "/api/v1/items")).hasStatus(200);

        jdbc.sql("update api_tokens set revoked_at = current_timestamp, revoked_by = 'admin' where secret_hash = ?")
                .param(sha256(secret)).update();

        assertThat(bearer(secret, "/api/v1/items")).hasStatus(401);
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        String secret = issue("operator", "scanner");
        assertThat(lastUse(secret)).isNull();

        bearer(secret, "/api/v1/items");
        Object first = lastUse(secret);
        bearer(secret, "/api/v1/items");

        assertThat(first).isNotNull();
        assertThat(lastUse(secret)).isEqualTo(first);
        jdbc.sql("update api_tokens set last_used_at = last_used_at - interval '2' minute where secret_hash = ?")
                .param(sha256(secret)).update();
        Object moved = lastUse(secret);
        bearer(secret, "/api/v1/items");
        assertThat(lastUse(secret)).isNotEqualTo(moved);
    }

    @Test
    void a_user_lists_and_revokes_only_their_own_tokens_and_the_admin_revokes_any() {
        String secret = issue("supervisor", "office pc");
        long id = jdbc.sql("select id from api_tokens where secret_hash = ?").param(sha256(secret))
                .query(Long.class).single();

        assertThat(Api.body(as("operator").get("/api/v1/tokens"))).doesNotContain("office pc");
        assertThat(as("operator").post("/api/v1/tokens/" + id + "/revocation", "")).hasStatus(404);
        assertThat(bearer(secret, "/api/v1/items")).hasStatus(200);

        MvcTestResult revoked = as("admin").post("/api/v1/tokens/" + id + "/revocation", "");
        assertThat(revoked).hasStatus(200);
        assertThat(Api.<String>read(revoked, "$.revokedBy")).isEqualTo("admin");
        assertThat(bearer(secret, "/api/v1/items")).hasStatus(401);
    }

    @Test
    void a_service_account_acts_through_tokens_the_admin_issues_and_never_with_a_password() {
        assertThat(as("admin").post("/api/v1/service-accounts",
                "{\"username\": \"mes-line-3\", \"displayName\": \"MES line 3\", \"roles\": [\"OPERATOR\"]}"))
                .hasStatus(201);

        MvcTestResult tooWide = as("admin").post("/api/v1/service-accounts/mes-line-3/tokens",
                "{\"name\": \"MES\", \"roles\": [\"ADMIN\"]}");
        MvcTestResult issued = as("admin").post("/api/v1/service-accounts/mes-line-3/tokens", "{\"name\": \"MES\"}");

        assertThat(tooWide).hasStatus(422);
        assertThat(Api.<String>read(tooWide, "$.value")).isEqualTo("ADMIN");
        assertThat(issued).hasStatus(201);
        MvcTestResult me = bearer(Api.read(issued, "$.secret"), "/api/v1/users/me");
        assertThat(Api.<String>read(me, "$.displayName")).isEqualTo("MES line 3");
        assertThat(Api.body(as("admin").get("/api/v1/service-accounts/mes-line-3/tokens"))).contains("\"MES\"");
        assertThat(new Api(mvc, "mes-line-3", "").get("/api/v1/items")).hasStatus(401);
        assertThat(users.passwordMatches("mes-line-3", "")).isFalse();
    }

    @Test
    void the_admin_issues_tokens_only_for_service_accounts_and_a_token_issues_none() {
        MvcTestResult forAPerson = as("admin").post("/api/v1/service-accounts/quality/tokens", "{\"name\": \"x\"}");
        String secret = issue("operator", "handheld");

        MvcTestResult byToken = mvc.post().uri("/api/v1/tokens").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"copy\"}").exchange();

        assertThat(forAPerson).hasStatus(422);
        assertThat(Api.<String>read(forAPerson, "$.rule")).isEqualTo("service-account");
        assertThat(byToken).hasStatus(422);
        assertThat(Api.<String>read(byToken, "$.rule")).isEqualTo("not-with-a-token");
    }

    @Test
    void a_token_expires_by_default_and_never_in_the_past() {
        long before = count("api_tokens");
        MvcTestResult past = as("operator").post("/api/v1/tokens",
                "{\"name\": \"old\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}");
        MvcTestResult tooLong = as("operator").post("/api/v1/tokens",
                "{\"name\": \"forever\", \"expiresAt\": \"2999-01-01T00:00:00Z\"}");

        assertThat(past).hasStatus(400);
        assertThat(Api.<String>read(past, "$.field")).isEqualTo("expiresAt");
        assertThat(Api.<String>read(past, "$.rule")).isEqualTo("in-the-future");
        assertThat(Api.<String>read(tooLong, "$.rule")).isEqualTo("max-lifetime");
        assertThat(count("api_tokens")).isEqualTo(before);
        MvcTestResult issued = as("operator").post("/api/v1/tokens", "{\"name\": \"default\"}");
        assertThat(java.time.Duration.between(Instant.parse(Api.read(issued, "$.token.createdAt")),
                Instant.parse(Api.read(issued, "$.token.expiresAt")))).isEqualTo(java.time.Duration.ofDays(90));
    }

    private String issue(String username, String name) {
        return Api.read(as(username).post("/api/v1/tokens", "{\"name\": \"" + name + " " + UUID.randomUUID() + "\"}"),
                "$.secret");
    }

    private MvcTestResult bearer(String secret, String path) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + secret).exchange();
    }

    private Object lastUse(String secret) {
        return jdbc.sql("select last_used_at from api_tokens where secret_hash = ?").param(sha256(secret))
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1))).single().orElse(null);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

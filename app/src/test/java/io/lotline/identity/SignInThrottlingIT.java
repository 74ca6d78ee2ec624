package io.lotline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.shared.TextRule;
import io.lotline.support.Api;
import io.lotline.support.IntegrationTest;
import io.lotline.support.ShiftedClock;
import io.lotline.support.SignInSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing passwords: after two free failures each wrong password makes the next sign-in of that name wait longer
 * (1, then 2 minutes here), the fifth locks the name for an hour until an admin lifts it, and many failures from one
 * address make every name from it wait. An unknown name is answered exactly like a known one. The clock is moved,
 * never waited for.
 */
@SignInSettings
class SignInThrottlingIT extends IntegrationTest {
    private static final String PASSWORD_OF_GUESSED = "the-right-password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ShiftedClock clock;

    @Test
    void wrong_passwords_make_the_next_sign_in_wait_longer_and_then_lock_the_name_until_an_admin_lifts_it() {
        String name = aUser();

        assertThat(signIn(name, "wrong-1")).hasStatus(401);
        assertThat(signIn(name, "wrong-2")).hasStatus(401);
        assertThat(signIn(name, "wrong-3")).hasStatus(401);
        MvcTestResult waiting = signIn(name, PASSWORD_OF_GUESSED);
        assertThat(waiting).hasStatus(429).hasContentType("application/problem+json").hasHeader("Retry-After", "60");
        assertThat(Api.<String>read(waiting, "$.rule")).isEqualTo("sign-in-throttle");

        clock.moveAhead(Duration.ofSeconds(61));
        assertThat(signIn(name, "wrong-4")).hasStatus(401);
        assertThat(signIn(name, PASSWORD_OF_GUESSED)).hasStatus(429).hasHeader("Retry-After", "120");

        clock.moveAhead(Duration.ofSeconds(121));
        assertThat(signIn(name, "wrong-5")).hasStatus(401);
        clock.moveAhead(Duration.ofMinutes(5));
        MvcTestResult locked = signIn(name, PASSWORD_OF_GUESSED);
        assertThat(locked).hasStatus(429);
        assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isBetween(3000L, 3300L);

        assertThat(mvc.delete().uri("/api/v1/users/{name}/lock", name).with(httpBasic("operator", PASSWORD))
                .exchange()).hasStatus(403);
        assertThat(mvc.delete().uri("/api/v1/users/{name}/lock", name).with(httpBasic("admin", PASSWORD))
                .exchange()).hasStatus(204);
        assertThat(signIn(name, PASSWORD_OF_GUESSED)).hasStatus(200);
    }

    @Test
    void a_name_that_belongs_to_nobody_is_answered_and_throttled_exactly_like_a_real_one() {
        String known = aUser();
        String unknown = "nobody-" + ADDRESSES.incrementAndGet();

        for (String password : List.of("wrong-1", "wrong-2", "wrong-3", PASSWORD_OF_GUESSED)) {
            MvcTestResult forKnown = signIn(known, password);
            MvcTestResult forUnknown = signIn(unknown, password);
            assertThat(forUnknown.getResponse().getStatus()).isEqualTo(forKnown.getResponse().getStatus());
            assertThat(Api.body(forUnknown)).isEqualTo(Api.body(forKnown));
            assertThat(forUnknown.getResponse().getHeader("Retry-After"))
                    .isEqualTo(forKnown.getResponse().getHeader("Retry-After"));
        }
        assertThat(mvc.delete().uri("/api/v1/users/{name}/lock", unknown).with(httpBasic("admin", PASSWORD))
                .exchange()).hasStatus(404);
    }

    @Test
    void many_failures_from_one_address_make_every_name_from_it_wait_but_not_other_addresses() {
        String name = aUser();
        String guesser = "10.9.9." + ADDRESSES.incrementAndGet();
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn("someone-" + i, "wrong", guesser)).hasStatus(401);
        }

        assertThat(signIn(name, PASSWORD_OF_GUESSED, guesser)).hasStatus(429);
        assertThat(signIn(name, PASSWORD_OF_GUESSED, anAddress())).hasStatus(200);
    }

    @Test
    void a_name_of_any_length_or_characters_is_refused_like_any_wrong_name() {
        String hostile = "a\u0000b\u202E".repeat(200);

        assertThat(signIn(hostile, "wrong")).hasStatus(401).hasContentType("application/problem+json");
        assertThat(jdbc.sql("select outcome from sign_ins where username = ?")
                .param(TextRule.escaped(hostile).substring(0, 100)).query(String.class).list())
                .containsExactly("FAILED");
    }

    @Test
    void the_sign_in_form_is_throttled_too_and_says_how_long_to_wait() {
        String name = aUser();
        for (int i = 1; i <= 3; i++) {
            assertThat(form(name, "wrong-" + i)).hasStatus(302).hasRedirectedUrl("/login?error");
        }

        assertThat(form(name, PASSWORD_OF_GUESSED)).hasStatus(302).hasRedirectedUrl("/login?wait=60");
        assertThat(mvc.get().uri("/login?wait=60").exchange()).bodyText()
                .contains("Too many failed sign-ins. Try again in 60 seconds.");
    }

    @Test
    void failed_successful_and_throttled_sign_ins_are_in_the_audit_log_for_compliance_and_admin() {
        String name = aUser();
        String address = anAddress();
        signIn(name, "wrong-1", address);
        signIn(name, PASSWORD_OF_GUESSED, address);

        MvcTestResult log = as("compliance").get("/api/v1/sign-ins?username=" + name);
        assertThat(log).hasStatus(200);
        assertThat(Api.<List<String>>read(log, "$.content[*].outcome")).containsExactly("SUCCEEDED", "FAILED");
        assertThat(Api.<List<String>>read(log, "$.content[*].address")).containsOnly(address);
        assertThat(Api.<List<String>>read(log, "$.content[*].channel")).containsOnly("BASIC");
        assertThat(as("admin").get("/api/v1/sign-ins")).hasStatus(200);
        assertThat(as("quality").get("/api/v1/sign-ins")).hasStatus(403);
    }

    @Test
    void a_password_shorter_than_the_configured_minimum_is_refused_naming_the_field_and_the_rule() {
        MvcTestResult refused = as("admin").post("/api/v1/users", """
                {"username": "shorty", "displayName": "Shorty", "roles": ["OPERATOR"], "password": "thirteen-char"}""");

        assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
        assertThat(Api.<String>read(refused, "$.field")).isEqualTo("password");
        assertThat(Api.<String>read(refused, "$.rule")).isEqualTo("password-length");
        assertThat(Api.<String>read(refused, "$.detail")).contains("14");
        assertThat(jdbc.sql("select count(*) from users where username = 'shorty'").query(Long.class).single())
                .isZero();
        assertThat(as("admin").post("/api/v1/users", """
                {"username": "longer", "displayName": "Longer", "roles": ["OPERATOR"], "password": "fourteen-chars"}"""))
                .hasStatus(201);
    }

    private String aUser() {
        String name = "guessed-" + ADDRESSES.incrementAndGet();
        assertThat(as("admin").post("/api/v1/users", """
                {"username": "%s", "displayName": "Guessed", "roles": ["OPERATOR"], "password": "%s"}"""
                .formatted(name, PASSWORD_OF_GUESSED))).hasStatus(201);
        return name;
    }

    /** Each sign-in from its own address, so that only the name's failures count. */
    private MvcTestResult signIn(String username, String password) {
        return signIn(username, password, anAddress());
    }

    private MvcTestResult signIn(String username, String password, String address) {
        return mvc.get().uri("/api/v1/users/me").with(httpBasic(username, password)).with(from(address)).exchange();
    }

    private MvcTestResult form(String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
                .with(from(anAddress())).exchange();
    }

    private static String anAddress() {
        return "10.0." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}

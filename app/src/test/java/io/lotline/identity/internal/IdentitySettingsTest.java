package io.lotline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The identity settings are bound once, with their defaults, and a start with a bad value stops saying which. */
class IdentitySettingsTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(IdentitySettings.class);

    @Test
    void without_settings_sign_ins_and_tokens_use_the_documented_defaults() {
        context.run(started -> {
            SignInProperties signIn = started.getBean(SignInProperties.class);
            assertThat(signIn.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30));
            assertThat(signIn.lockDuration()).isEqualTo(Duration.ofMinutes(15));
            assertThat(signIn.accounts()).isEqualTo(new SignInThrottlePolicy(signIn.delays(), 2, 10,
                    Duration.ofMinutes(15)));
            assertThat(signIn.addresses().freeFailures()).isEqualTo(20);
            assertThat(signIn.addresses().lockAfter()).isEqualTo(100);
            assertThat(started.getBean(TokenProperties.class).policy())
                    .isEqualTo(new TokenPolicy(Duration.ofDays(90), Duration.ofDays(730)));
        });
    }

    @Test
    void the_keys_keep_their_names_and_meaning() {
        context.withPropertyValues("lotline.sign-in.delays=0s", "lotline.sign-in.account.lock-after=3",
                "lotline.tokens.default-lifetime=1d").run(started -> {
                    SignInProperties signIn = started.getBean(SignInProperties.class);
                    assertThat(signIn.delays()).isEqualTo(List.of(Duration.ZERO));
                    assertThat(signIn.accounts().lockAfter()).isEqualTo(3);
                    assertThat(signIn.accounts().freeFailures()).isEqualTo(2);
                    assertThat(started.getBean(TokenProperties.class).defaultLifetime()).isEqualTo(Duration.ofDays(1));
                });
    }

    @Test
    void a_lock_after_no_failures_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.sign-in.address.lock-after=0").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.sign-in", "address.lockAfter", "rejected value [0]",
                                "must be greater than 0"));
    }

    @Test
    void a_default_token_lifetime_longer_than_the_longest_is_refused_at_start() {
        context.withPropertyValues("lotline.tokens.default-lifetime=800d").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("default-lifetime must be positive and at most max-lifetime"));
    }

    @Test
    void the_first_admin_password_is_generated_unless_set_and_passwords_have_twelve_characters_at_least() {
        context.run(started -> {
            assertThat(started.getBean(AdminProperties.class).password()).isEmpty();
            assertThat(started.getBean(PasswordProperties.class).passwordMinLength()).isEqualTo(12);
        });
    }

    @Test
    void a_shortest_password_longer_than_the_longest_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.security.password-min-length=200").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.security", "passwordMinLength", "rejected value [200]",
                                "must be less than or equal to 128"));
    }

    @Test
    void new_password_hashes_take_the_configured_bcrypt_strength_and_older_hashes_still_match() {
        String writtenAtTen = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("a long password");
        context.run(started -> assertThat(started.getBean(PasswordEncoder.class).encode("a long password"))
                .startsWith("{bcrypt}$2a$10$"));
        context.withPropertyValues("lotline.security.bcrypt-strength=4").run(started -> {
            PasswordEncoder encoder = started.getBean(PasswordEncoder.class);
            assertThat(encoder.encode("a long password")).startsWith("{bcrypt}$2a$04$");
            assertThat(encoder.matches("a long password", writtenAtTen)).isTrue();
            assertThat(encoder.matches("another password", writtenAtTen)).isFalse();
        });
    }

    @Test
    void a_bcrypt_strength_below_four_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.security.bcrypt-strength=3").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.security", "bcryptStrength", "rejected value [3]",
                                "must be greater than or equal to 4"));
    }
}

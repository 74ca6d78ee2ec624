package io.lotline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.identity.Role;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Refused;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private final TokenPolicy policy = new TokenPolicy(Duration.ofDays(90), Duration.ofDays(365));

    @Test
    void a_token_without_roles_gets_all_of_its_owners() {
        assertThat(policy.roles(Set.of(), "lab-lead", Set.of(Role.QUALITY, Role.COMPLIANCE)))
                .containsExactlyInAnyOrder(Role.QUALITY, Role.COMPLIANCE);
    }

    @Test
    void a_token_may_have_fewer_roles_than_its_owner() {
        assertThat(policy.roles(Set.of(Role.COMPLIANCE), "lab-lead", Set.of(Role.QUALITY, Role.COMPLIANCE)))
                .containsExactly(Role.COMPLIANCE);
    }

    @Test
    void a_role_the_owner_lacks_is_refused_by_name() {
        assertThatThrownBy(() -> policy.roles(Set.of(Role.QUALITY, Role.ADMIN), "quality", Set.of(Role.QUALITY)))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("roles");
                    assertThat(refused.value()).isEqualTo(Role.ADMIN);
                    assertThat(refused.rule()).isEqualTo("roles-within-owner");
                });
    }

    @Test
    void a_token_expires_after_the_default_lifetime_unless_told_otherwise() {
        assertThat(policy.expiry(null, NOW)).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(policy.expiry(NOW.plusSeconds(3600), NOW)).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void an_expiry_now_in_the_past_or_beyond_the_longest_lifetime_is_invalid() {
        assertThatThrownBy(() -> policy.expiry(NOW, NOW)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.rule()).isEqualTo("in-the-future"));
        assertThatThrownBy(() -> policy.expiry(NOW.plus(Duration.ofDays(366)), NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.rule()).isEqualTo("max-lifetime"));
    }
}

package io.lotline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void a_secret_is_recognisable_and_random() {
        String one = TokenSecrets.generate();
        String other = TokenSecrets.generate();

        assertThat(one).startsWith("llt_").hasSize(47).isNotEqualTo(other);
        assertThat(TokenSecrets.wellFormed(one)).isTrue();
        assertThat(TokenSecrets.recognisable(one)).hasSize(12).isEqualTo(one.substring(0, 12));
    }

    @Test
    void only_the_shape_of_a_secret_is_well_formed() {
        assertThat(TokenSecrets.wellFormed(null)).isFalse();
        assertThat(TokenSecrets.wellFormed("llt_short")).isFalse();
        assertThat(TokenSecrets.wellFormed("xyz_" + "A".repeat(43))).isFalse();
        assertThat(TokenSecrets.wellFormed("llt_" + "A".repeat(42) + "!")).isFalse();
    }

    @Test
    void the_hash_is_the_sha256_in_hex() {
        assertThat(TokenSecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

package io.lotline.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A checkpoint's signature: made with the private key, checked with the public one, broken by any change. */
class SignedHeadTest {
    private static final String HASH = "3f".repeat(32);
    private static final Instant TIME = Instant.parse("2026-12-06T22:00:00.123Z");

    private final KeyPair key = generate();
    private final SignedHead head = SignedHead.sign(42, HASH, TIME, key.getPrivate());

    @Test
    void a_signed_head_verifies_with_its_public_key() {
        assertThat(head.signedBy(key.getPublic())).isTrue();
    }

    @Test
    void the_signature_is_plain_ed25519_over_the_named_fields_so_an_auditor_can_check_it_without_lotline()
            throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key.getPublic());
        verifier.update("lotline-checkpoint/1\nsequence:42\nhash:%s\ntime:2026-12-06T22:00:00.123Z\n".formatted(HASH)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(head.signature()))).isTrue();
    }

    @Test
    void a_head_with_another_sequence_hash_or_time_does_not_verify() {
        assertThat(new SignedHead(43, HASH, TIME, head.signature()).signedBy(key.getPublic())).isFalse();
        assertThat(new SignedHead(42, "40".repeat(32), TIME, head.signature()).signedBy(key.getPublic())).isFalse();
        assertThat(new SignedHead(42, HASH, TIME.plusMillis(1), head.signature()).signedBy(key.getPublic()))
                .isFalse();
    }

    @Test
    void a_head_signed_with_another_key_does_not_verify() {
        SignedHead forged = SignedHead.sign(42, HASH, TIME, generate().getPrivate());
        assertThat(forged.signedBy(key.getPublic())).isFalse();
    }

    @Test
    void a_signature_that_is_not_base64_does_not_verify() {
        assertThat(new SignedHead(42, HASH, TIME, "not base64!").signedBy(key.getPublic())).isFalse();
    }

    @Test
    void a_head_needs_a_full_sha256_hash() {
        assertThatThrownBy(() -> new SignedHead(42, "abc", TIME, head.signature()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

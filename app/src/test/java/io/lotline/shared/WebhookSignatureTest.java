package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void the_signature_is_hmac_sha256_of_the_body_in_hex_as_in_rfc_4231() {
        // RFC 4231, test case 2
        String signature = WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void another_secret_gives_another_signature() {
        byte[] body = "{\"alertId\":1}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.of("a-secret-of-16-chars", body))
                .isNotEqualTo(WebhookSignature.of("another-secret-of-16", body));
    }
}

package io.lotline.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The source of a traceability lot code is a registered party or a reference FDA can look up. */
class TlcSourceTest {

    @Test
    void a_source_is_a_party_a_gln_an_ffrn_or_a_web_address() {
        assertThat(new TlcSource("FARM", null, null).party()).isEqualTo("FARM");
        assertThat(new TlcSource(null, "gln", "4001234000015").referenceType()).isEqualTo("GLN");
        assertThat(new TlcSource(null, "FFRN", "12345678901").reference()).isEqualTo("12345678901");
        assertThat(new TlcSource("FARM", "URL", "https://farm.example/lots").reference())
                .isEqualTo("https://farm.example/lots");
    }

    @Test
    void a_source_without_party_or_reference_or_with_a_wrong_reference_is_refused_with_the_rule() {
        refused(() -> new TlcSource(null, null, " "), "tlcSource", "party-or-reference");
        refused(() -> new TlcSource(null, null, "12345678901"), "referenceType", "reference-type");
        refused(() -> new TlcSource(null, "DUNS", "123456789"), "referenceType", "reference-type");
        refused(() -> new TlcSource(null, "FFRN", "1234567890"), "reference", "ffrn-format");
        refused(() -> new TlcSource(null, "GLN", "4001234000016"), "reference", "gln-check-digit");
        refused(() -> new TlcSource(null, "URL", "farm.example"), "reference", "url-format");
        refused(() -> new TlcSource("FARM", "GLN", null), "reference", "reference-required");
    }

    private static void refused(Runnable source, String field, String rule) {
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(source::run).satisfies(refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.rule()).isEqualTo(rule);
        });
    }
}

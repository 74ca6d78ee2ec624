package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters codes, free text, supplier lots and scans accept, and how a refused value is shown. */
class TextRuleTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"PAL-0001", "A/01/02", "PO 2026-17", "Kühlraum-3", "ÉTAGE.2", "批次-7"})
    void a_code_of_printable_characters_is_accepted(String code) {
        assertThat(TextRule.CODE.refusal(code)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"PAL\u00000001", "PAL\t1", "PAL\n1", "PAL\u202E1", "PAL\u200B1", "PAL\uFEFF1",
            "PAL\u00A01", "PAL\u20281", "PAL\u00851", "PAL\uD8001", "PAL\uE0001"})
    void a_code_with_a_control_hidden_or_unusual_space_character_is_refused(String code) {
        assertThat(TextRule.CODE.refusal(code)).isPresent();
    }

    @Test
    void free_text_keeps_line_breaks_tabs_accents_and_emoji() {
        assertThat(TextRule.FREE_TEXT.refusal("Sacks torn\r\n\tsee photo 🙂 — Müller")).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u202A", "\u202B", "\u202C",
            "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200C", "\u200D", "\u2060",
            "\uFEFF"})
    void free_text_refuses_control_bidirectional_override_and_zero_width_characters(String hidden) {
        assertThat(TextRule.FREE_TEXT.refusal("note " + hidden + " end")).isPresent();
    }

    @Test
    void a_supplier_lot_is_kept_verbatim_even_when_a_spreadsheet_would_read_it_as_a_formula() {
        assertThat(TextRule.SUPPLIER_LOT.refusal("=HYPERLINK(\"http://x.example\",\"lot\")")).isEmpty();
        assertThat(TextRule.SUPPLIER_LOT.refusal(" l0t 7 ")).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"L\u00007", "L\t7", "L\n7", "L\u009B7"})
    void a_supplier_lot_refuses_control_characters(String lot) {
        assertThat(TextRule.SUPPLIER_LOT.refusal(lot)).isPresent();
    }

    @Test
    void a_scan_may_hold_the_gs1_group_separator_but_no_other_control_character() {
        assertThat(TextRule.SCAN.refusal("0109506000134352\u001D10ABC")).isEmpty();
        assertThat(TextRule.SCAN.refusal("0109506000134352\u000010ABC")).isPresent();
    }

    @Test
    void the_refusal_names_the_character_and_its_position() {
        assertThat(TextRule.FREE_TEXT.refusal("ab\u202Ecd")).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("U+202E (right-to-left override) at position 3"));
    }

    @Test
    void a_refused_value_is_shown_escaped() {
        assertThat(TextRule.escaped("a\u202Eb\u0000c\\d")).isEqualTo("a\\u202Eb\\u0000c\\\\d");
        assertThat(TextRule.escaped("Müller 🙂")).isEqualTo("Müller 🙂");
    }

    @Test
    void a_check_refuses_as_invalid_input_naming_field_value_and_rule() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> TextRule.FREE_TEXT.check("reason", "x\u2066y"))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).isEqualTo("reason");
                    assertThat(refusal.value()).isEqualTo("x\u2066y");
                    assertThat(refusal.rule()).isEqualTo("free-text-characters");
                });
    }

    @Test
    void no_text_is_refused_when_none_is_given() {
        for (TextRule rule : TextRule.values()) {
            assertThat(rule.refusal(null)).isEmpty();
        }
    }
}

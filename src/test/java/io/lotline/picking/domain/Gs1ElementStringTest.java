package io.lotline.picking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Gs1ElementStringTest {
    private static final String GS = String.valueOf(Gs1ElementString.GS);

    @Test
    void the_bracketed_form_printed_under_the_bars_is_read() {
        assertThat(Gs1ElementString.parse("(01)04012345000009(10)L123"))
                .containsExactly(Map.entry("01", "04012345000009"), Map.entry("10", "L123"));
    }

    @Test
    void raw_data_with_a_group_separator_after_the_lot_is_read() {
        assertThat(Gs1ElementString.parse("0104012345000009" + "10L123" + GS + "17271231"))
                .containsExactly(Map.entry("01", "04012345000009"), Map.entry("10", "L123"),
                        Map.entry("17", "271231"));
    }

    @Test
    void the_symbology_identifier_and_a_leading_fnc1_are_dropped() {
        assertThat(Gs1ElementString.parse("]C1" + "00340123450000000017")).containsEntry("00", "340123450000000017");
        assertThat(Gs1ElementString.parse("]d2" + GS + "0104012345000009" + "10AB-7"))
                .containsEntry("10", "AB-7");
    }

    @Test
    void a_variable_field_runs_to_the_end_of_the_data() {
        assertThat(Gs1ElementString.parse("]C1" + "10LOT-77" + GS + "0104012345000009"))
                .containsExactly(Map.entry("10", "LOT-77"), Map.entry("01", "04012345000009"));
    }

    @Test
    void four_digit_measures_and_three_digit_identifiers_are_read() {
        assertThat(Gs1ElementString.parse("(01)04012345000009(3103)001250(400)PO-17(10)L9"))
                .containsEntry("3103", "001250").containsEntry("400", "PO-17").containsEntry("10", "L9");
        assertThat(Gs1ElementString.parse("0104012345000009" + "3103001250" + "4104012345000009"))
                .containsEntry("3103", "001250").containsEntry("410", "4012345000009");
    }

    @Test
    void a_scan_is_recognised_as_an_element_string_by_its_form() {
        assertThat(Gs1ElementString.looksLikeOne("(00)340123450000000017")).isTrue();
        assertThat(Gs1ElementString.looksLikeOne("]C110L1")).isTrue();
        assertThat(Gs1ElementString.looksLikeOne("10L1" + GS + "17270101")).isTrue();
        assertThat(Gs1ElementString.looksLikeOne("00340123450000000017")).isTrue();
        assertThat(Gs1ElementString.looksLikeOne("0104012345000009")).isTrue();
        assertThat(Gs1ElementString.looksLikeOne("010401234500000910L123")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"L123", "LP-0100", "0123", "00340123450000000019", "0104012345000008", "K26315-001",
            "340123450000000017"})
    void plain_licence_plates_and_lot_numbers_are_not_mistaken_for_one(String text) {
        assertThat(Gs1ElementString.looksLikeOne(text)).isFalse();
    }

    @Test
    void an_identifier_lotline_does_not_read_is_refused_rather_than_guessed_at() {
        assertThatThrownBy(() -> Gs1ElementString.parse("(01)04012345000009(98)XYZ"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("(98) is not one Lotline reads")
                .extracting("rule").isEqualTo("gs1-element-string");
        assertThatThrownBy(() -> Gs1ElementString.parse("]C1" + "99XYZ")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("position 1");
    }

    @Test
    void a_fixed_length_field_of_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> Gs1ElementString.parse("(01)0401234500000(10)L1"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("(01) has exactly 14 digits, not 13");
        assertThatThrownBy(() -> Gs1ElementString.parse("]C1" + "01040123450000")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("the label ends early");
    }

    @Test
    void a_lot_longer_than_twenty_characters_or_a_repeated_identifier_is_refused() {
        assertThatThrownBy(() -> Gs1ElementString.parse("(10)ABCDEFGHIJKLMNOPQRSTU"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("(10) has 1 to 20 characters, not 21");
        assertThatThrownBy(() -> Gs1ElementString.parse("(10)A(10)B")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("(10) appears twice");
    }

    @Test
    void text_between_the_brackets_that_is_no_identifier_is_refused() {
        assertThatThrownBy(() -> Gs1ElementString.parse("(01)04012345000009 junk")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("(01) has exactly 14 digits");
        assertThatThrownBy(() -> Gs1ElementString.parse("(10)L1)")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Expected an application identifier in brackets");
    }

    @Test
    void the_check_digit_is_the_gs1_modulo_10() {
        assertThat(Gs1ElementString.checkDigitValid("04012345000009")).isTrue();
        assertThat(Gs1ElementString.checkDigitValid("340123450000000017")).isTrue();
        assertThat(Gs1ElementString.checkDigitValid("04012345000008")).isFalse();
    }
}

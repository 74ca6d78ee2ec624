package io.lotline.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the floor scans, read through the one GS1 reader. */
class Gs1ReadingTest {
    private static final String GS = "\u001d";

    @ParameterizedTest
    @ValueSource(strings = {
            "(01)04012345000009(10)L-77(17)261231",
            "0104012345000009" + "10L-77" + GS + "17261231",
            "]C10104012345000009" + "10L-77" + GS + "17261231",
            "]d20104012345000009" + "17261231" + "10L-77",
            "https://id.gs1.org/01/04012345000009/10/L-77?17=261231",
            "]Q1https://example.com/01/04012345000009/10/L-77?17=261231"})
    void a_supplier_label_says_the_same_in_every_form_a_scanner_sends(String code) {
        ScannedCode read = Gs1.read(code);

        assertThat(read.value("01")).contains("04012345000009");
        assertThat(read.value("10")).contains("L-77");
        assertThat(read.value("17")).contains("261231");
        assertThat(read.elements()).filteredOn(e -> e.ai().equals("17")).extracting(Element::title)
                .containsExactly("USE BY or EXPIRY");
    }

    @Test
    void a_licence_plate_or_an_internal_lot_number_is_plain_text() {
        ScannedCode read = Gs1.read("LP-000123");

        assertThat(read.form()).isEqualTo(ScanForm.PLAIN);
        assertThat(read.elements()).isEmpty();
    }

    @Test
    void an_unknown_ai_is_reported_and_the_rest_of_the_scan_is_read() {
        ScannedCode read = Gs1.read("(01)04012345000009(89)XYZ(10)L-77");

        assertThat(read.value("10")).contains("L-77");
        assertThat(read.unknown()).extracting(Element::ai).containsExactly("89");
    }

    @Test
    void month_13_is_refused_naming_the_element_and_the_rule() {
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> Gs1.read("(01)04012345000009(17)261301"))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).isEqualTo("code");
                    assertThat(refusal.value()).isEqualTo("(17)261301");
                    assertThat(refusal.rule()).isEqualTo("gs1-illegal-month");
                });
    }

    @Test
    void day_00_means_the_end_of_the_month_where_the_dictionary_allows_it() {
        assertThat(Gs1.read("(01)04012345000009(15)260200").value("15")).contains("260200");
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> Gs1.read("(01)04012345000009(7006)260200"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gs1-illegal-day"));
    }

    @Test
    void a_wrong_check_digit_in_a_gln_is_refused() {
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> Gs1.read("(414)4012345000008"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gs1-incorrect-check-digit"));
    }

    @Test
    void an_ai_pair_the_dictionary_excludes_is_refused() {
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> Gs1.read("(01)04012345000009(37)12"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("gs1-invalid-ai-pair");
                    assertThat(refusal.value()).isEqualTo("(01)04012345000009(37)12");
                });
    }

    @Test
    void a_batch_without_its_trade_item_is_noted_since_another_symbol_of_the_label_may_carry_it() {
        assertThat(Gs1.read("(10)L-77").notes()).singleElement().asString().contains("(10)", "(01)");
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> Gs1.read("(10)L-77", ReadingRules.STRICT))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gs1-required-ai-missing"))
                .withMessageContaining("(01)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"L123", "LP-0100", "0123", "00340123450000000019", "0104012345000008", "K26315-001",
            "340123450000000017"})
    void plain_licence_plates_and_lot_numbers_are_not_mistaken_for_gs1_data(String text) {
        assertThat(Gs1.read(text).form()).isEqualTo(ScanForm.PLAIN);
    }

    @Test
    void a_bracket_in_the_data_is_escaped() {
        assertThat(Gs1.read("(01)04012345000009(10)A\\(1)").value("10")).contains("A(1)");
    }

    @Test
    void a_web_address_that_names_no_gs1_key_is_refused_as_a_digital_link() {
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> Gs1.read("https://example.com/products/flour"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gs1-digital-link-primary-key"));
    }

    @Test
    void an_ean_13_symbol_is_a_gtin() {
        ScannedCode read = Gs1.read("]E04012345000009");

        assertThat(read.form()).isEqualTo(ScanForm.GTIN_SYMBOL);
        assertThat(read.value("01")).contains("04012345000009");
    }

    @Test
    void a_six_digit_date_takes_the_century_nearest_today_and_day_00_is_the_months_last_day() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 6);

        assertThat(Gs1Dates.date("270100", today)).isEqualTo("2027-01-31");
        assertThat(Gs1Dates.date("240200", today)).isEqualTo("2024-02-29");
        assertThat(Gs1Dates.date("760101", today)).isEqualTo("2076-01-01");
        assertThat(Gs1Dates.date("770101", today)).isEqualTo("1977-01-01");
    }
}

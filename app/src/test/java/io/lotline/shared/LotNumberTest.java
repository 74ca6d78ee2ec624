package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A lot number as printed on the label: kept verbatim, printable, at most 80 characters. */
class LotNumberTest {

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\n"})
    void a_missing_or_blank_lot_number_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new LotNumber(typed))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("required");
                    assertThat(refusal.field()).isEqualTo("lotNumber");
                });
    }

    @Test
    void a_lot_number_of_80_characters_is_accepted() {
        String longest = "L".repeat(LotNumber.MAX_LENGTH);

        assertThat(new LotNumber(longest).value()).isEqualTo(longest);
    }

    @Test
    void a_lot_number_of_81_characters_is_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new LotNumber("L".repeat(81)))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("lot-number-length"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {" L2026-01", "L2026-01 ", " L2026-01 ", "\tL2026-01", "L2026-01\u2003"})
    void a_lot_number_with_leading_or_trailing_spaces_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new LotNumber(typed))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("lot-number-characters");
                    assertThat(refusal.value()).isEqualTo(typed);
                });
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"L2026\u000001", "L2026\n01", "L2026\r01", "L2026\t01", "L2026\u001b01", "L2026\u007f01",
            "L2026\u008501"})
    void a_lot_number_with_control_characters_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new LotNumber(typed))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("lot-number-characters"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"l0t-7", "L0T-7", "LOT 7 / A", "B26034-FLR-007", "Charge: 12.3#ä", "1"})
    void a_printable_lot_number_is_kept_verbatim(String typed) {
        assertThat(new LotNumber(typed).value()).isEqualTo(typed);
        assertThat(new LotNumber(typed)).hasToString(typed);
    }

    @Test
    void lot_numbers_differing_only_in_case_are_two_lots() {
        assertThat(new LotNumber("l0t-7")).isNotEqualTo(new LotNumber("L0T-7"));
    }
}

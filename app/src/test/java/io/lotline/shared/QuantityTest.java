package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact amounts in a unit, and the unit codes themselves. */
class QuantityTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.000001", "-1000"})
    void a_negative_quantity_is_refused(String amount) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> Quantity.of(amount, "KG"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("quantity-not-negative");
                    assertThat(refusal.field()).isEqualTo("quantity");
                });
    }

    @Test
    void zero_is_a_quantity() {
        assertThat(Quantity.of("0", "KG").isZero()).isTrue();
        assertThat(Quantity.of("-0.000", "KG").isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0000001", "1.1234567", "2.0000005"})
    void a_quantity_with_more_than_six_decimals_is_refused(String amount) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> Quantity.of(amount, "KG"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("quantity-scale"))
                .withMessage("A quantity has at most 6 decimals");
    }

    @Test
    void six_decimals_are_kept_to_the_last_digit() {
        assertThat(Quantity.of("0.000001", "KG").amount()).isEqualByComparingTo("0.000001");
    }

    @Test
    void trailing_zeros_beyond_six_decimals_change_nothing_and_are_accepted() {
        assertThat(Quantity.of("1.50000000", "KG")).isEqualTo(Quantity.of("1.5", "KG"));
    }

    @Test
    void a_quantity_with_more_than_13_integer_digits_is_refused() {
        assertThat(Quantity.of("9999999999999", "KG").amount()).isEqualByComparingTo("9999999999999");
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> Quantity.of("10000000000000", "KG"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("quantity-range"));
    }

    @Test
    void the_scale_is_normalised_so_that_equal_amounts_are_equal_quantities() {
        Quantity written = Quantity.of("1.5", "KG");
        Quantity padded = Quantity.of("1.500", "KG");

        assertThat(written).isEqualTo(padded).hasSameHashCodeAs(padded);
        assertThat(written.amount().scale()).isEqualTo(Quantity.SCALE);
        assertThat(written).hasToString("1.5 KG");
    }

    @Test
    void an_amount_and_a_unit_are_required() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Quantity(null, UnitOfMeasure.of("KG")))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("required");
                    assertThat(refusal.field()).isEqualTo("quantity");
                });
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Quantity(BigDecimal.ONE, null))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("required");
                    assertThat(refusal.field()).isEqualTo("unit");
                });
    }

    @Test
    void a_quantity_that_must_move_stock_refuses_zero() {
        Quantity nothing = Quantity.of("0.000", "EA");

        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> nothing.requirePositive("lines[0].quantity"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("quantity-positive");
                    assertThat(refusal.field()).isEqualTo("lines[0].quantity");
                    assertThat(refusal.value()).isEqualTo("0");
                });
    }

    @Test
    void a_positive_quantity_that_must_move_stock_is_returned_unchanged() {
        Quantity smallest = Quantity.of("0.000001", "KG");

        assertThat(smallest.requirePositive("quantity")).isSameAs(smallest);
    }

    @Test
    void adding_is_exact() {
        assertThat(Quantity.of("0.1", "KG").plus(Quantity.of("0.2", "KG"))).isEqualTo(Quantity.of("0.3", "KG"));
        assertThat(Quantity.of("9999999999998.999999", "KG").plus(Quantity.of("0.000001", "KG")))
                .isEqualTo(Quantity.of("9999999999999", "KG"));
    }

    @Test
    void subtracting_is_exact() {
        assertThat(Quantity.of("1", "KG").minus(Quantity.of("0.999999", "KG")))
                .isEqualTo(Quantity.of("0.000001", "KG"));
        assertThat(Quantity.of("0.3", "KG").minus(Quantity.of("0.1", "KG"))).isEqualTo(Quantity.of("0.2", "KG"));
    }

    @Test
    void taking_away_more_than_there_is_is_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> Quantity.of("1", "KG").minus(Quantity.of("1.000001", "KG")))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("quantity-not-negative"));
    }

    @Test
    void quantities_in_different_units_are_not_combined() {
        Quantity kilos = Quantity.of("1", "KG");
        Quantity litres = Quantity.of("1", "L");

        assertThatIllegalArgumentException().isThrownBy(() -> kilos.plus(litres)).withMessageContaining("KG");
        assertThatIllegalArgumentException().isThrownBy(() -> kilos.minus(litres)).withMessageContaining("L");
        assertThatIllegalArgumentException().isThrownBy(() -> kilos.isLessThan(litres));
    }

    @Test
    void the_same_amount_in_different_units_is_not_the_same_quantity() {
        assertThat(Quantity.of("1", "KG")).isNotEqualTo(Quantity.of("1", "L"));
    }

    @Test
    void a_smaller_amount_is_less() {
        assertThat(Quantity.of("0.999999", "KG").isLessThan(Quantity.of("1", "KG"))).isTrue();
        assertThat(Quantity.of("1.000", "KG").isLessThan(Quantity.of("1", "KG"))).isFalse();
    }

    // ---------------------------------------------------------------- units

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            "' kg '|KG",
            "ea|EA",
            "Case|CASE",
            "l|L",
            "PAL_120|PAL_120",
            "ABCDEFGHIJ|ABCDEFGHIJ",
    })
    void a_unit_code_is_trimmed_and_upper_cased(String typed, String code) {
        assertThat(UnitOfMeasure.of(typed).code()).isEqualTo(code);
        assertThat(UnitOfMeasure.of(typed)).isEqualTo(new UnitOfMeasure(code));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "1KG", "_KG", "K G", "KG-1", "KG.", "ABCDEFGHIJK", "µG", "K\tG"})
    void an_invalid_unit_code_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> UnitOfMeasure.of(typed))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("unit-code");
                    assertThat(refusal.field()).isEqualTo("unit");
                });
    }

    @Test
    void the_constructor_does_not_fold_case() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new UnitOfMeasure("kg"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("unit-code"));
    }
}

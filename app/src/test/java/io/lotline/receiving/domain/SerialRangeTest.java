package io.lotline.receiving.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.shared.InvalidInput;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A run of serial numbers scanned as first and last. */
class SerialRangeTest {

    @Test
    void a_range_of_twelve_expands_to_twelve_serials_in_order() {
        List<String> expected = IntStream.rangeClosed(1, 12).mapToObj(n -> String.format("SN%04d", n)).toList();

        assertThat(SerialRange.expand("SN0001-SN0012")).hasSize(12).containsExactlyElementsOf(expected);
    }

    @Test
    void a_prefix_containing_a_dash_is_kept() {
        assertThat(SerialRange.expand("SN-0007-SN-0009")).containsExactly("SN-0007", "SN-0008", "SN-0009");
    }

    @Test
    void a_range_of_one_is_one_serial() {
        assertThat(SerialRange.expand("SN5-SN5")).containsExactly("SN5");
    }

    @Test
    void serials_without_a_prefix_keep_their_leading_zeros() {
        assertThat(SerialRange.expand("0998-1001")).containsExactly("0998", "0999", "1000", "1001");
    }

    @Test
    void a_prefix_with_digits_in_it_is_kept() {
        assertThat(SerialRange.expand("A7B-09-A7B-11")).containsExactly("A7B-09", "A7B-10", "A7B-11");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
            "SN0001",               // no separator
            "SN0001-",              // no last serial
            "-SN0001",              // no first serial
            "SN0001-SX0012",        // different prefixes
            "SN001-SN0012",         // different widths
            "SN0012-SN0001",        // reversed
            "SN0002-SN0001",        // reversed by one
            "SN0001A-SN0012A",      // no number at the end
            "SN0001-SN0012-SN0020", // three ends
            "A000000-A100000",      // more than 100 000 units
    })
    void a_range_that_is_not_first_to_last_with_one_prefix_and_width_is_refused(String range) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> SerialRange.expand(range))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("serial-range");
                    assertThat(refusal.field()).isEqualTo("serialRange");
                    assertThat(refusal.value()).isEqualTo(range);
                });
    }

    @Test
    void a_range_of_exactly_the_maximum_number_of_units_is_expanded() {
        List<String> serials = SerialRange.expand("A000000-A099999");

        assertThat(serials).hasSize(SerialRange.MAX_UNITS).startsWith("A000000").endsWith("A099999");
    }
}

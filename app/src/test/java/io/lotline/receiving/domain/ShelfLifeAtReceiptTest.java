package io.lotline.receiving.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A delivery must leave time to use and sell it, counted in days from the receipt day to the expiry. */
class ShelfLifeAtReceiptTest {

    private static final LocalDate RECEIPT = LocalDate.of(2026, 2, 3);
    private static final LocalDate THIRTY_DAYS_LATER = LocalDate.of(2026, 3, 5);

    @Test
    void the_remaining_days_are_counted_from_the_receipt_day() {
        assertThat(ShelfLifeAtReceipt.check(31, THIRTY_DAYS_LATER, RECEIPT))
                .hasValue("Only 30 days of shelf life remain (expiry 2026-03-05); at least 31 are required at receipt");
    }

    @Test
    void exactly_the_minimum_passes() {
        assertThat(ShelfLifeAtReceipt.check(30, THIRTY_DAYS_LATER, RECEIPT)).isEmpty();
    }

    @Test
    void one_day_less_than_the_minimum_fails() {
        assertThat(ShelfLifeAtReceipt.check(30, THIRTY_DAYS_LATER.minusDays(1), RECEIPT))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Only 29 days"));
    }

    @Test
    void february_of_a_leap_year_counts_its_29th() {
        assertThat(ShelfLifeAtReceipt.check(29, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 2, 1))).isEmpty();
        assertThat(ShelfLifeAtReceipt.check(30, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 2, 1)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Only 29 days"));
    }

    @Test
    void goods_expiring_on_the_receipt_day_have_zero_days_left() {
        assertThat(ShelfLifeAtReceipt.check(null, RECEIPT, RECEIPT)).isEmpty();
        assertThat(ShelfLifeAtReceipt.check(0, RECEIPT, RECEIPT)).isEmpty();
        assertThat(ShelfLifeAtReceipt.check(1, RECEIPT, RECEIPT))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Only 0 days"));
    }

    @Test
    void an_expired_delivery_is_refused_even_without_a_minimum() {
        assertThat(ShelfLifeAtReceipt.check(null, RECEIPT.minusDays(1), RECEIPT))
                .hasValue("The lot expired on 2026-02-02, before its receipt on 2026-02-03");
        assertThat(ShelfLifeAtReceipt.check(0, RECEIPT.minusDays(1), RECEIPT)).isPresent();
    }

    @Test
    void goods_without_an_expiry_always_pass() {
        assertThat(ShelfLifeAtReceipt.check(365, null, RECEIPT)).isEmpty();
    }

    @Test
    void without_a_minimum_any_unexpired_delivery_passes() {
        assertThat(ShelfLifeAtReceipt.check(null, RECEIPT.plusDays(1), RECEIPT)).isEmpty();
    }
}

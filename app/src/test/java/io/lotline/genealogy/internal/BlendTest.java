package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlendTest {
    private static final BigDecimal NONE = BigDecimal.ZERO;

    @Test
    void a_draw_takes_every_input_in_proportion_and_a_later_input_mixes_with_what_is_left() {
        // entry 1 pours 600 of lot 10 and 400 of lot 11 at t=100; 700 is drawn at 200; entry 3 pours 300 of lot 12 at 300
        Blend blend = Blend.of(List.of(in(100, 1, "1000"), out(200, 2, "700"), in(300, 3, "300")),
                Map.of(1L, Map.of(10L, new BigDecimal("600"), 11L, new BigDecimal("400")),
                        3L, Map.of(12L, new BigDecimal("300"))));

        assertThat(blend.sharesAt(50)).isEmpty();
        assertThat(blend.sharesAt(200)).containsOnly(Map.entry(10L, new BigDecimal("0.6")),
                Map.entry(11L, new BigDecimal("0.4")));
        assertThat(blend.sharesAt(300)).containsOnly(Map.entry(10L, new BigDecimal("0.3")),
                Map.entry(11L, new BigDecimal("0.2")), Map.entry(12L, new BigDecimal("0.5")));
    }

    @Test
    void a_draw_at_the_moment_of_a_pour_contains_it_whatever_order_they_were_booked_in() {
        Blend blend = Blend.of(List.of(in(100, 1, "100"), out(200, 3, "50"), in(200, 4, "50")),
                Map.of(1L, Map.of(10L, new BigDecimal("100")), 4L, Map.of(11L, new BigDecimal("50"))));

        assertThat(blend.sharesAt(200)).containsOnly(Map.entry(10L, new BigDecimal("0.666667")),
                Map.entry(11L, new BigDecimal("0.333333")));
    }

    @Test
    void the_lots_own_receipts_dilute_the_inputs_and_an_emptied_lot_starts_afresh() {
        Blend blend = Blend.of(List.of(in(100, 1, "300"), in(100, 2, "100"), out(150, 3, "400"), in(200, 4, "80")),
                Map.of(2L, Map.of(10L, new BigDecimal("100")), 4L, Map.of(11L, new BigDecimal("80"))));

        assertThat(blend.sharesAt(120)).containsOnly(Map.entry(10L, new BigDecimal("0.25")));
        assertThat(blend.sharesAt(250)).containsOnly(Map.entry(11L, BigDecimal.ONE));
    }

    @Test
    void an_entry_whose_inputs_were_counted_in_different_units_is_the_lots_own_part() {
        Blend blend = Blend.of(List.of(in(100, 1, "100"), in(200, 2, "100")),
                Map.of(2L, Map.of(10L, new BigDecimal("100"))));

        assertThat(blend.sharesAt(200)).containsOnly(Map.entry(10L, new BigDecimal("0.5")));
    }

    private static Blend.Flow in(long at, long entry, String amount) {
        return new Blend.Flow(at, entry, new BigDecimal(amount), NONE);
    }

    private static Blend.Flow out(long at, long entry, String amount) {
        return new Blend.Flow(at, entry, NONE, new BigDecimal(amount));
    }
}

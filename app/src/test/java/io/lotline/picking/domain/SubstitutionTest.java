package io.lotline.picking.domain;

import static io.lotline.picking.domain.Positions.lot;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.PickingStrategy;
import io.lotline.lots.LotStatus;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubstitutionTest {
    private static final Eligibility ELIGIBILITY = Eligibility.of(
            new LineRules(LocalDate.parse("2026-11-25"), "CAFE", 0, null));
    private static final Quantity TEN = Quantity.of("10", "KG");

    private final StockPosition allocated = lot("L-1").expiring("2026-12-01").receivedOn("2026-11-02")
            .onPallet("P-1").build();

    @Test
    void under_fefo_a_lot_that_expires_on_the_same_day_may_replace_the_allocated_one() {
        StockPosition other = lot("L-2").expiring("2026-12-01").receivedOn("2026-11-09").onPallet("P-2").build();

        assertThat(Substitution.refusals(PickingStrategy.FEFO, ELIGIBILITY, allocated, other, TEN)).isEmpty();
    }

    @Test
    void under_fefo_a_lot_that_expires_later_may_not() {
        StockPosition later = lot("L-2").expiring("2026-12-02").onPallet("P-2").build();

        assertThat(Substitution.refusals(PickingStrategy.FEFO, ELIGIBILITY, allocated, later, TEN))
                .containsExactly(new Refusal("substitute-same-rank", "lot L-2 expires 2026-12-02, the allocated lot "
                        + "L-1 expires 2026-12-01; under FEFO a substitute expires on the same day"));
    }

    @Test
    void under_fifo_a_lot_received_the_same_day_may_replace_the_allocated_one() {
        StockPosition sameDay = lot("L-2").receivedAt("2026-11-02T17:00:00Z").expiring("2027-01-01").build();
        StockPosition nextDay = lot("L-3").receivedOn("2026-11-03").build();

        assertThat(Substitution.refusals(PickingStrategy.FIFO, ELIGIBILITY, allocated, sameDay, TEN)).isEmpty();
        assertThat(Substitution.refusals(PickingStrategy.FIFO, ELIGIBILITY, allocated, nextDay, TEN))
                .extracting(Refusal::rule).containsExactly("substitute-same-rank");
    }

    @Test
    void a_substitute_must_be_eligible_by_every_rule() {
        StockPosition onHold = lot("L-2").status(LotStatus.ON_HOLD).expiring("2026-12-01").build();

        assertThat(Substitution.refusals(PickingStrategy.FEFO, ELIGIBILITY, allocated, onHold, TEN))
                .containsExactly(new Refusal("lot-released", "on hold"));
    }

    @Test
    void a_substitute_must_have_the_quantity_free() {
        StockPosition scarce = lot("L-2").expiring("2026-12-01").at("R-02").holding("30").free("4").build();

        assertThat(Substitution.refusals(PickingStrategy.FEFO, ELIGIBILITY, allocated, scarce, TEN))
                .containsExactly(new Refusal("substitute-enough-free",
                        "only 4 KG of lot L-2 is free at R-02; 10 KG is to be picked"));
    }
}

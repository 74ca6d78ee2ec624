package io.lotline.picking.domain;

import static io.lotline.picking.domain.Positions.lot;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.PickingStrategy;
import io.lotline.lots.LotStatus;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocatorTest {
    private static final LineRules RULES = new LineRules(LocalDate.parse("2026-11-25"), "CAFE", 0, null);

    private static AllocationPlan plan(String amount, PickingStrategy strategy, LineRules rules,
                                       StockPosition... stock) {
        return Allocator.plan(new Demand(Quantity.of(amount, "KG"), strategy, null, rules), List.of(stock));
    }

    private static List<String> picks(AllocationPlan plan) {
        return plan.picks().stream().map(p -> p.from().lotNumber() + (p.from().pallet() == null ? ""
                : "/" + p.from().pallet()) + "=" + p.quantity()).toList();
    }

    @Test
    void fefo_picks_the_lot_that_expires_first_and_says_why() {
        AllocationPlan plan = plan("30", PickingStrategy.FEFO, RULES,
                lot("L-3").expiring("2026-12-09").build(), lot("L-1").expiring("2026-12-01").build(),
                lot("L-4").expiring("2027-01-15").build(), lot("L-2").expiring("2026-12-05").build());

        assertThat(picks(plan)).containsExactly("L-1=30 KG");
        assertThat(plan.picks().get(0).reason()).isEqualTo("FEFO: expires 2026-12-01, earliest of 4 eligible lots");
        assertThat(plan.isShort()).isFalse();
    }

    @Test
    void the_quantity_is_filled_across_lots_and_pallets_in_strategy_order() {
        AllocationPlan plan = plan("100", PickingStrategy.FEFO, RULES,
                lot("L-2").expiring("2026-12-05").onPallet("P-3").holding("50").build(),
                lot("L-1").expiring("2026-12-01").onPallet("P-2").holding("30").build(),
                lot("L-1").expiring("2026-12-01").onPallet("P-1").holding("40").build());

        assertThat(picks(plan)).containsExactly("L-1/P-1=40 KG", "L-1/P-2=30 KG", "L-2/P-3=30 KG");
        assertThat(plan.picks()).extracting(AllocationPlan.PlannedPick::reason).containsExactly(
                "FEFO: expires 2026-12-01, earliest of 2 eligible lots",
                "FEFO: expires 2026-12-01, earliest of 2 eligible lots",
                "FEFO: expires 2026-12-05, 2nd of 2 eligible lots");
    }

    @Test
    void a_short_allocation_says_how_much_is_missing() {
        AllocationPlan plan = plan("100", PickingStrategy.FIFO, RULES,
                lot("L-1").holding("30").build(), lot("L-2").holding("25").build());

        assertThat(plan.isShort()).isTrue();
        assertThat(plan.allocated()).isEqualTo(Quantity.of("55", "KG"));
        assertThat(plan.shortfall()).isEqualTo(Quantity.of("45", "KG"));
    }

    @Test
    void stock_reserved_by_other_orders_is_not_counted_twice() {
        AllocationPlan plan = plan("50", PickingStrategy.FEFO, RULES,
                lot("L-1").expiring("2026-12-01").holding("40").free("10").build(),
                lot("L-2").expiring("2026-12-02").holding("40").free("0").build(),
                lot("L-3").expiring("2026-12-03").holding("40").build());

        assertThat(picks(plan)).containsExactly("L-1=10 KG", "L-3=40 KG");
        assertThat(plan.skipped()).extracting(s -> s.position().lotNumber() + ": " + s.reason())
                .containsExactly("L-2: all 40 KG here is reserved for other picks");
    }

    @Test
    void a_lot_on_hold_is_never_allocated_and_is_listed_as_skipped() {
        AllocationPlan plan = plan("10", PickingStrategy.FEFO, RULES,
                lot("L-88").status(LotStatus.ON_HOLD).expiring("2026-11-30").build(),
                lot("L-90").expiring("2026-12-10").build());

        assertThat(picks(plan)).containsExactly("L-90=10 KG");
        assertThat(plan.picks().get(0).reason()).isEqualTo("FEFO: expires 2026-12-10, the only eligible lot");
        assertThat(plan.skipped()).extracting(s -> s.position().lotNumber() + " skipped: " + s.reason())
                .containsExactly("L-88 skipped: on hold");
    }

    @Test
    void with_nothing_eligible_nothing_is_allocated_and_every_candidate_has_its_reason() {
        AllocationPlan plan = plan("10", PickingStrategy.FEFO, RULES,
                lot("L-1").status(LotStatus.QUARANTINE).build(),
                lot("L-2").expiring("2026-11-20").build(),
                lot("L-3").at("DOCK").notPickable().build());

        assertThat(plan.picks()).isEmpty();
        assertThat(plan.eligibleLots()).isZero();
        assertThat(plan.shortfall()).isEqualTo(Quantity.of("10", "KG"));
        assertThat(plan.skipped()).extracting(AllocationPlan.Skipped::rule)
                .containsExactlyInAnyOrder("lot-released", "not-expired-on-ship-date", "pickable-location");
    }

    @Test
    void lifo_says_it_took_the_latest_lot() {
        AllocationPlan plan = plan("5", PickingStrategy.LIFO, RULES,
                lot("L-1").receivedOn("2026-11-02").build(), lot("L-2").receivedOn("2026-11-20").build());

        assertThat(plan.picks().get(0).reason()).isEqualTo("LIFO: received 2026-11-20, latest of 2 eligible lots");
    }

    @Test
    void a_requested_lot_is_honoured_and_says_so() {
        AllocationPlan plan = plan("5", PickingStrategy.FEFO,
                new LineRules(RULES.shipDate(), "CAFE", 0, "L-LATE"),
                lot("L-SOON").expiring("2026-12-01").build(), lot("L-LATE").expiring("2027-02-01").build());

        assertThat(picks(plan)).containsExactly("L-LATE=5 KG");
        assertThat(plan.picks().get(0).reason()).isEqualTo("Lot L-LATE as requested on the order line");
    }

    @Test
    void a_strategy_set_on_the_line_names_its_reason() {
        AllocationPlan plan = Allocator.plan(new Demand(Quantity.of("5", "KG"), PickingStrategy.FIFO,
                "customer takes the oldest stock", RULES), List.of(lot("L-1").receivedOn("2026-11-02").build()));

        assertThat(plan.picks().get(0).reason()).isEqualTo(
                "FIFO (set on the order line: customer takes the oldest stock): received 2026-11-02, "
                        + "the only eligible lot");
    }

    @Test
    void later_lots_are_counted_in_order() {
        assertThat(PickReason.ordinal(2)).isEqualTo("2nd");
        assertThat(PickReason.ordinal(3)).isEqualTo("3rd");
        assertThat(PickReason.ordinal(11)).isEqualTo("11th");
        assertThat(PickReason.ordinal(22)).isEqualTo("22nd");
    }
}

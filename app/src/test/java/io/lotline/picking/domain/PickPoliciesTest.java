package io.lotline.picking.domain;

import static io.lotline.picking.domain.Positions.lot;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.lots.LotStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PickPoliciesTest {
    private static final LocalDate SHIP = LocalDate.parse("2026-12-01");

    @Test
    void a_lot_on_hold_is_never_allocated() {
        assertThat(PickPolicies.released().check(lot("L-88").status(LotStatus.ON_HOLD).build()))
                .contains(new Refusal("lot-released", "on hold"));
    }

    @ParameterizedTest
    @CsvSource({
            "QUARANTINE, 'in quarantine: quality has not released it'",
            "REJECTED, rejected by quality",
            "RECALLED, recalled",
            "EXPIRED, marked expired"})
    void a_lot_that_is_not_released_is_skipped_with_its_status_named(LotStatus status, String reason) {
        assertThat(PickPolicies.released().check(lot("L-1").status(status).build()))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }

    @Test
    void a_lot_held_by_a_recall_is_skipped_with_the_recall_named() {
        assertThat(PickPolicies.released().check(lot("L-7").heldByRecall("RC-000042").build()))
                .contains(new Refusal("recall-holds-lot", "held by recall RC-000042 until the recall's disposition "
                        + "frees it"));
    }

    @Test
    void a_released_lot_passes() {
        assertThat(PickPolicies.released().check(lot("L-1").build())).isEmpty();
    }

    @Test
    void a_lot_that_expires_before_the_ship_date_does_not_ship() {
        assertThat(PickPolicies.notExpiredOn(SHIP).check(lot("L-1").expiring("2026-11-30").build()))
                .contains(new Refusal("not-expired-on-ship-date",
                        "expires 2026-11-30, before the ship date 2026-12-01"));
    }

    @Test
    void a_lot_that_expires_on_the_ship_date_still_ships_and_one_without_expiry_always_does() {
        assertThat(PickPolicies.notExpiredOn(SHIP).check(lot("L-1").expiring("2026-12-01").build())).isEmpty();
        assertThat(PickPolicies.notExpiredOn(SHIP).check(lot("L-2").build())).isEmpty();
    }

    @Test
    void a_lot_with_less_shelf_life_than_the_customer_requires_is_skipped_with_the_numbers() {
        assertThat(PickPolicies.remainingShelfLifeAtLeast(20, SHIP, "CAFE").check(
                lot("L-1").expiring("2026-12-13").build()))
                .contains(new Refusal("customer-minimum-shelf-life", "expires 2026-12-13: 12 days of shelf life "
                        + "left on the ship date 2026-12-01, customer CAFE requires at least 20"));
    }

    @Test
    void a_lot_with_exactly_the_required_shelf_life_passes() {
        assertThat(PickPolicies.remainingShelfLifeAtLeast(20, SHIP, "CAFE")
                .check(lot("L-1").expiring("2026-12-21").build())).isEmpty();
    }

    @Test
    void no_requirement_and_no_expiry_date_pass_the_shelf_life_rule() {
        assertThat(PickPolicies.remainingShelfLifeAtLeast(0, SHIP, "CAFE")
                .check(lot("L-1").expiring("2026-12-01").build())).isEmpty();
        assertThat(PickPolicies.remainingShelfLifeAtLeast(30, SHIP, "CAFE").check(lot("L-2").build())).isEmpty();
    }

    @Test
    void stock_at_a_location_that_is_not_pickable_is_skipped() {
        assertThat(PickPolicies.pickableLocation().check(lot("L-1").at("DOCK").notPickable().build()))
                .contains(new Refusal("pickable-location", "lies at DOCK, which is not a pickable location"));
        assertThat(PickPolicies.pickableLocation().check(lot("L-1").at("R-01").build())).isEmpty();
    }

    @Test
    void a_line_that_names_a_lot_skips_every_other_lot() {
        assertThat(PickPolicies.theRequestedLot("L-7").check(lot("L-8").build()))
                .contains(new Refusal("requested-lot", "not lot L-7, which the order line asks for"));
        assertThat(PickPolicies.theRequestedLot("L-7").check(lot("L-7").build())).isEmpty();
        assertThat(PickPolicies.theRequestedLot(null).check(lot("L-8").build())).isEmpty();
    }

    @Test
    void stock_reserved_in_full_by_other_picks_is_skipped() {
        assertThat(PickPolicies.freeStock().check(lot("L-1").holding("40").free("0").build()))
                .contains(new Refusal("not-reserved", "all 40 KG here is reserved for other picks"));
        assertThat(PickPolicies.freeStock().check(lot("L-1").holding("40").free("0.5").build())).isEmpty();
    }

    @Test
    void a_skipped_lot_names_every_rule_it_breaks() {
        Eligibility eligibility = Eligibility.of(new LineRules(SHIP, "CAFE", 10, null));

        assertThat(eligibility.refusals(lot("L-1").status(LotStatus.RECALLED).expiring("2026-11-20").at("DOCK")
                .notPickable().build()))
                .extracting(Refusal::rule)
                .containsExactly("lot-released", "not-expired-on-ship-date", "customer-minimum-shelf-life",
                        "pickable-location");
        assertThat(eligibility.allows(lot("L-2").expiring("2026-12-11").build())).isTrue();
    }
}

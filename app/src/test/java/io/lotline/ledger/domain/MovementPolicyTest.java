package io.lotline.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.ledger.EntryType;
import io.lotline.ledger.domain.MovementPolicy.Movement;
import io.lotline.ledger.domain.MovementPolicy.Rejection;
import io.lotline.lots.LotStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What may move at the moment stock moves. */
class MovementPolicyTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 2, 3);

    private static Movement move(EntryType type, LotStatus status, LocalDate expiry, LocalDate day) {
        return new Movement(type, "L-42", status, expiry, day, false, false);
    }

    private static Movement transfer(LotStatus status, boolean fromQuarantine, boolean toQuarantine) {
        return new Movement(EntryType.TRANSFER, "L-42", status, null, EXPIRY, fromQuarantine, toQuarantine);
    }

    static Stream<Arguments> unreleasedLotsLeavingTheWarehouse() {
        return Arrays.stream(LotStatus.values())
                .filter(status -> status != LotStatus.RELEASED)
                .flatMap(status -> Stream.of(Arguments.of(EntryType.SHIPMENT, status),
                        Arguments.of(EntryType.ISSUE, status)));
    }

    @ParameterizedTest(name = "{0} of a {1} lot")
    @MethodSource("unreleasedLotsLeavingTheWarehouse")
    void a_lot_that_is_not_released_is_never_shipped_or_issued(EntryType type, LotStatus status) {
        assertThat(MovementPolicy.check(move(type, status, null, EXPIRY)))
                .hasValueSatisfying(rejection -> {
                    assertThat(rejection.rule()).isEqualTo("lot-released");
                    assertThat(rejection.reason()).contains("L-42").contains(status.name());
                });
    }

    @Test
    void the_reason_says_what_the_lot_was_not_released_for() {
        assertThat(MovementPolicy.check(move(EntryType.ISSUE, LotStatus.ON_HOLD, null, EXPIRY)))
                .map(Rejection::reason).hasValueSatisfying(reason -> assertThat(reason).endsWith("used in production"));
        assertThat(MovementPolicy.check(move(EntryType.SHIPMENT, LotStatus.ON_HOLD, null, EXPIRY)))
                .map(Rejection::reason).hasValueSatisfying(reason -> assertThat(reason).endsWith("shipped"));
    }

    @ParameterizedTest
    @EnumSource(value = EntryType.class, names = {"SHIPMENT", "ISSUE"})
    void a_released_lot_within_its_date_is_shipped_and_issued(EntryType type) {
        assertThat(MovementPolicy.check(move(type, LotStatus.RELEASED, EXPIRY, EXPIRY.minusDays(1)))).isEmpty();
        assertThat(MovementPolicy.check(move(type, LotStatus.RELEASED, null, EXPIRY))).isEmpty();
    }

    @Test
    void an_expired_lot_is_not_shipped_on_the_day_after_its_expiry() {
        assertThat(MovementPolicy.check(move(EntryType.SHIPMENT, LotStatus.RELEASED, EXPIRY, EXPIRY.plusDays(1))))
                .hasValueSatisfying(rejection -> {
                    assertThat(rejection.rule()).isEqualTo("lot-not-expired");
                    assertThat(rejection.reason()).contains("2026-02-03").contains("2026-02-04");
                });
    }

    @Test
    void a_lot_is_still_shipped_on_its_expiry_day() {
        assertThat(MovementPolicy.check(move(EntryType.SHIPMENT, LotStatus.RELEASED, EXPIRY, EXPIRY))).isEmpty();
    }

    @Test
    void a_lot_both_unreleased_and_expired_is_refused_for_not_being_released() {
        assertThat(MovementPolicy.check(move(EntryType.SHIPMENT, LotStatus.EXPIRED, EXPIRY, EXPIRY.plusDays(9))))
                .map(Rejection::rule).hasValue("lot-released");
    }

    @ParameterizedTest
    @EnumSource(value = LotStatus.class, names = "RELEASED", mode = EnumSource.Mode.EXCLUDE)
    void a_lot_not_released_does_not_leave_a_quarantine_area_for_an_ordinary_one(LotStatus status) {
        assertThat(MovementPolicy.check(transfer(status, true, false)))
                .hasValueSatisfying(rejection -> {
                    assertThat(rejection.rule()).isEqualTo("quarantine-until-released");
                    assertThat(rejection.reason()).contains("L-42").contains(status.name());
                });
    }

    @ParameterizedTest
    @EnumSource(LotStatus.class)
    void any_lot_may_move_from_one_quarantine_area_to_another(LotStatus status) {
        assertThat(MovementPolicy.check(transfer(status, true, true))).isEmpty();
    }

    @Test
    void a_released_lot_leaves_the_quarantine_area() {
        assertThat(MovementPolicy.check(transfer(LotStatus.RELEASED, true, false))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LotStatus.class)
    void any_lot_may_be_moved_into_quarantine_or_between_ordinary_locations(LotStatus status) {
        assertThat(MovementPolicy.check(transfer(status, false, true))).isEmpty();
        assertThat(MovementPolicy.check(transfer(status, false, false))).isEmpty();
    }

    static Stream<Arguments> recordsOfWhatIs() {
        return Stream.of(EntryType.SCRAP, EntryType.COUNT_ADJUSTMENT)
                .flatMap(type -> Arrays.stream(LotStatus.values()).map(status -> Arguments.of(type, status)));
    }

    @ParameterizedTest(name = "{0} of a {1} lot")
    @MethodSource("recordsOfWhatIs")
    void scrap_and_count_are_always_allowed(EntryType type, LotStatus status) {
        Movement expiredInQuarantine = new Movement(type, "L-42", status, EXPIRY, EXPIRY.plusDays(30), true, false);

        assertThat(MovementPolicy.check(expiredInQuarantine)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EntryType.class, names = {"SHIPMENT", "ISSUE"})
    void stock_of_a_lot_held_by_a_recall_neither_ships_nor_is_used_and_the_refusal_names_the_recall(EntryType type) {
        Movement held = new Movement(type, "L-42", LotStatus.RECALLED, null, EXPIRY, false, false, null, "RC-000007");

        assertThat(MovementPolicy.check(held)).hasValueSatisfying(rejection -> {
            assertThat(rejection.rule()).isEqualTo("recall-holds-lot");
            assertThat(rejection.reason()).contains("recall RC-000007");
        });
    }

    @Test
    void stock_returned_under_a_recall_may_be_counted_scrapped_or_moved_between_quarantine_areas() {
        for (EntryType type : new EntryType[] {EntryType.RETURN, EntryType.COUNT_ADJUSTMENT, EntryType.SCRAP}) {
            assertThat(MovementPolicy.check(new Movement(type, "L-42", LotStatus.RECALLED, null, EXPIRY, false, false,
                    null, "RC-000007"))).as("%s", type).isEmpty();
        }
        assertThat(MovementPolicy.check(new Movement(EntryType.TRANSFER, "L-42", LotStatus.RECALLED, null, EXPIRY,
                true, false, null, "RC-000007"))).hasValueSatisfying(rejection ->
                assertThat(rejection.reason()).contains("recall RC-000007"));
    }

    @Test
    void the_rework_a_recall_permits_consumes_the_held_lot_but_never_ships_it() {
        Movement issue = new Movement(EntryType.ISSUE, "L-42", LotStatus.RECALLED, null, EXPIRY, false, false, null,
                "RC-000007", true);
        Movement shipment = new Movement(EntryType.SHIPMENT, "L-42", LotStatus.RECALLED, null, EXPIRY, false, false,
                null, "RC-000007", true);

        assertThat(MovementPolicy.check(issue)).isEmpty();
        assertThat(MovementPolicy.check(shipment)).hasValueSatisfying(rejection ->
                assertThat(rejection.rule()).isEqualTo("recall-holds-lot"));
    }
}

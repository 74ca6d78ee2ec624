package io.lotline.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.ledger.domain.MovementPolicy.Rejection;
import io.lotline.ledger.domain.StatusTransitionPolicy.Transition;
import io.lotline.lots.LotStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which status a lot may be given from the one it has. */
class StatusTransitionPolicyTest {

    @Test
    void a_lot_awaiting_a_decision_may_be_released_or_rejected() {
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.QUARANTINE, null, LotStatus.RELEASED,
                null))).isEmpty();
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.QUARANTINE, null, LotStatus.REJECTED,
                null))).isEmpty();
    }

    @ParameterizedTest(name = "to {0}")
    @EnumSource(LotStatus.class)
    void nothing_leaves_rejected(LotStatus to) {
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.REJECTED, null, to, null)))
                .map(Rejection::rule).contains("status-transition");
    }

    @Test
    void a_released_lot_is_not_rejected_nor_released_again() {
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RELEASED, null, LotStatus.REJECTED,
                null))).map(Rejection::reason)
                .contains("A lot that is RELEASED can become [ON_HOLD, EXPIRED, RECALLED], not REJECTED");
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RELEASED, null, LotStatus.RELEASED,
                null))).map(Rejection::rule).contains("status-transition");
    }

    @Test
    void a_lot_a_recall_holds_is_released_only_by_that_recall() {
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RECALLED, "RC-7", LotStatus.RELEASED,
                null))).map(Rejection::rule).contains("recall-holds-lot");
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RECALLED, "RC-7", LotStatus.RELEASED,
                "RC-8"))).map(Rejection::reason).hasValueSatisfying(reason -> assertThat(reason)
                .contains("held by recall RC-7"));
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RECALLED, "RC-7", LotStatus.RELEASED,
                "RC-7"))).isEmpty();
    }

    @Test
    void a_lot_recalled_without_a_recall_case_never_leaves_recalled() {
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RECALLED, null, LotStatus.RELEASED,
                "RC-7"))).map(Rejection::reason).hasValueSatisfying(reason -> assertThat(reason)
                .contains("recalled without a recall case"));
    }

    @Test
    void a_recall_reaches_a_lot_released_a_moment_before() {
        assertThat(StatusTransitionPolicy.check(new Transition("L-1", LotStatus.RELEASED, null, LotStatus.RECALLED,
                "RC-7"))).isEmpty();
    }
}

package io.lotline.lots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The transitions quality may record on a lot. */
class LotStatusTest {

    @Test
    void quality_releases_or_rejects_a_lot_in_quarantine() {
        assertThat(LotStatus.QUARANTINE.canChangeTo(LotStatus.RELEASED)).isTrue();
        assertThat(LotStatus.QUARANTINE.canChangeTo(LotStatus.REJECTED)).isTrue();
    }

    @Test
    void a_released_lot_is_put_on_hold_and_an_on_hold_lot_released_again() {
        assertThat(LotStatus.RELEASED.canChangeTo(LotStatus.ON_HOLD)).isTrue();
        assertThat(LotStatus.ON_HOLD.canChangeTo(LotStatus.RELEASED)).isTrue();
    }

    @Test
    void a_lot_on_hold_may_be_rejected_but_a_released_lot_is_held_first() {
        assertThat(LotStatus.ON_HOLD.canChangeTo(LotStatus.REJECTED)).isTrue();
        assertThat(LotStatus.RELEASED.canChangeTo(LotStatus.REJECTED)).isFalse();
    }

    @Test
    void nothing_leaves_rejected() {
        assertThat(LotStatus.REJECTED.allowedNext()).isEmpty();
    }

    @Test
    void a_recalled_lot_can_only_be_released_which_the_recalls_disposition_does() {
        assertThat(LotStatus.RECALLED.allowedNext()).containsExactly(LotStatus.RELEASED);
    }

    @ParameterizedTest
    @EnumSource(value = LotStatus.class, names = {"REJECTED", "RECALLED"}, mode = EnumSource.Mode.EXCLUDE)
    void a_recall_may_reach_any_lot_still_open(LotStatus status) {
        assertThat(status.canChangeTo(LotStatus.RECALLED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(LotStatus.class)
    void no_lot_goes_back_into_quarantine(LotStatus status) {
        assertThat(status.canChangeTo(LotStatus.QUARANTINE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(LotStatus.class)
    void a_status_does_not_change_to_itself(LotStatus status) {
        assertThat(status.canChangeTo(status)).isFalse();
    }

    @Test
    void an_expired_lot_is_only_recalled_or_rejected() {
        assertThat(LotStatus.EXPIRED.allowedNext()).containsExactlyInAnyOrder(LotStatus.RECALLED, LotStatus.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(LotStatus.class)
    void only_released_stock_is_usable(LotStatus status) {
        assertThat(status.isUsable()).isEqualTo(status == LotStatus.RELEASED);
    }
}

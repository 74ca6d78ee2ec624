package io.lotline.expiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.lots.LotStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpiryBlockPolicyTest {
    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);

    @Test
    void a_released_lot_is_blocked_from_the_day_after_its_expiry_date() {
        assertThat(ExpiryBlockPolicy.block("L-1", LotStatus.RELEASED, EXPIRY, EXPIRY)).isEmpty();
        assertThat(ExpiryBlockPolicy.block("L-1", LotStatus.RELEASED, EXPIRY, EXPIRY.plusDays(1)))
                .hasValueSatisfying(block -> {
                    assertThat(block.reason()).isEqualTo("Expired on 2027-06-30");
                    assertThat(block.idempotencyKey()).isEqualTo("expiry-sweep:L-1");
                });
    }

    @Test
    void lots_in_quarantine_or_on_hold_are_blocked_too() {
        assertThat(ExpiryBlockPolicy.block("L-2", LotStatus.QUARANTINE, EXPIRY, EXPIRY.plusDays(5))).isPresent();
        assertThat(ExpiryBlockPolicy.block("L-3", LotStatus.ON_HOLD, EXPIRY, EXPIRY.plusDays(5))).isPresent();
    }

    @Test
    void rejected_recalled_and_already_expired_lots_keep_their_status() {
        for (LotStatus status : new LotStatus[] {LotStatus.REJECTED, LotStatus.RECALLED, LotStatus.EXPIRED}) {
            assertThat(ExpiryBlockPolicy.block("L-4", status, EXPIRY, EXPIRY.plusDays(5))).as(status.name()).isEmpty();
        }
    }

    @Test
    void a_lot_without_an_expiry_date_never_expires() {
        assertThat(ExpiryBlockPolicy.block("L-5", LotStatus.RELEASED, null, EXPIRY)).isEmpty();
    }
}

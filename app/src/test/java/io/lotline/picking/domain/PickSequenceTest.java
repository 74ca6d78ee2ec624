package io.lotline.picking.domain;

import static io.lotline.picking.domain.Positions.lot;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.PickingStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickSequenceTest {

    private static List<String> inOrder(PickingStrategy strategy, StockPosition... positions) {
        return List.of(positions).stream().sorted(PickSequence.of(strategy))
                .map(p -> p.lotNumber() + (p.pallet() == null ? "" : "/" + p.pallet()) + "@" + p.location())
                .toList();
    }

    @Test
    void fefo_picks_the_lot_that_expires_first() {
        assertThat(inOrder(PickingStrategy.FEFO,
                lot("L-LATE").expiring("2026-12-20").receivedOn("2026-10-01").build(),
                lot("L-SOON").expiring("2026-12-01").receivedOn("2026-11-10").build()))
                .containsExactly("L-SOON@R-01", "L-LATE@R-01");
    }

    @Test
    void fefo_takes_the_lot_received_first_among_lots_that_expire_on_the_same_day() {
        assertThat(inOrder(PickingStrategy.FEFO,
                lot("L-A").expiring("2026-12-01").receivedOn("2026-11-05").build(),
                lot("L-B").expiring("2026-12-01").receivedOn("2026-11-02").build()))
                .containsExactly("L-B@R-01", "L-A@R-01");
    }

    @Test
    void fefo_puts_lots_without_an_expiry_date_last() {
        assertThat(inOrder(PickingStrategy.FEFO,
                lot("L-KEEPS").receivedOn("2026-10-01").build(),
                lot("L-DATED").expiring("2027-06-01").build()))
                .containsExactly("L-DATED@R-01", "L-KEEPS@R-01");
    }

    @Test
    void fifo_picks_the_lot_received_first_whatever_its_expiry() {
        assertThat(inOrder(PickingStrategy.FIFO,
                lot("L-NEW").expiring("2026-12-01").receivedOn("2026-11-10").build(),
                lot("L-OLD").expiring("2027-03-01").receivedOn("2026-11-02").build()))
                .containsExactly("L-OLD@R-01", "L-NEW@R-01");
    }

    @Test
    void fifo_orders_lots_of_the_same_day_by_the_time_they_came_in() {
        assertThat(inOrder(PickingStrategy.FIFO,
                lot("L-NOON").receivedAt("2026-11-02T12:00:00Z").build(),
                lot("L-DAWN").receivedAt("2026-11-02T05:00:00Z").build()))
                .containsExactly("L-DAWN@R-01", "L-NOON@R-01");
    }

    @Test
    void lifo_picks_the_lot_received_last() {
        assertThat(inOrder(PickingStrategy.LIFO,
                lot("L-OLD").receivedOn("2026-11-02").build(),
                lot("L-NEW").receivedOn("2026-11-10").build(),
                lot("L-MID").receivedOn("2026-11-05").build()))
                .containsExactly("L-NEW@R-01", "L-MID@R-01", "L-OLD@R-01");
    }

    @Test
    void ties_are_broken_by_lot_number_then_location_then_pallet_with_loose_stock_first() {
        assertThat(inOrder(PickingStrategy.FEFO,
                lot("L-2").expiring("2026-12-01").at("A-01").build(),
                lot("L-1").expiring("2026-12-01").at("B-01").onPallet("P-2").build(),
                lot("L-1").expiring("2026-12-01").at("B-01").onPallet("P-1").build(),
                lot("L-1").expiring("2026-12-01").at("B-01").build(),
                lot("L-1").expiring("2026-12-01").at("A-02").onPallet("P-9").build()))
                .containsExactly("L-1/P-9@A-02", "L-1@B-01", "L-1/P-1@B-01", "L-1/P-2@B-01", "L-2@A-01");
    }

    @Test
    void the_same_stock_is_always_sorted_the_same_way() {
        List<StockPosition> stock = List.of(lot("L-3").build(), lot("L-1").build(), lot("L-2").onPallet("P").build());
        List<StockPosition> shuffled = List.of(stock.get(2), stock.get(0), stock.get(1));

        assertThat(stock.stream().sorted(PickSequence.of(PickingStrategy.LIFO)).toList())
                .isEqualTo(shuffled.stream().sorted(PickSequence.of(PickingStrategy.LIFO)).toList());
    }

    @Test
    void under_fefo_lots_of_the_same_rank_expire_on_the_same_day() {
        StockPosition a = lot("L-A").expiring("2026-12-01").receivedOn("2026-11-01").build();
        StockPosition b = lot("L-B").expiring("2026-12-01").receivedOn("2026-11-09").build();
        StockPosition c = lot("L-C").expiring("2026-12-02").receivedOn("2026-11-01").build();

        assertThat(PickSequence.sameRank(PickingStrategy.FEFO, a, b)).isTrue();
        assertThat(PickSequence.sameRank(PickingStrategy.FEFO, a, c)).isFalse();
    }

    @Test
    void under_fifo_and_lifo_lots_of_the_same_rank_were_received_on_the_same_day() {
        StockPosition morning = lot("L-A").receivedAt("2026-11-02T06:00:00Z").expiring("2026-12-01").build();
        StockPosition evening = lot("L-B").receivedAt("2026-11-02T18:00:00Z").expiring("2027-01-01").build();
        StockPosition nextDay = lot("L-C").receivedAt("2026-11-03T06:00:00Z").build();

        assertThat(PickSequence.sameRank(PickingStrategy.FIFO, morning, evening)).isTrue();
        assertThat(PickSequence.sameRank(PickingStrategy.LIFO, morning, evening)).isTrue();
        assertThat(PickSequence.sameRank(PickingStrategy.FIFO, evening, nextDay)).isFalse();
    }

    @Test
    void the_rank_reads_as_the_pick_list_says_it() {
        StockPosition position = lot("L-A").expiring("2026-12-01").receivedOn("2026-11-02").build();

        assertThat(PickSequence.rankOf(PickingStrategy.FEFO, position)).isEqualTo("expires 2026-12-01");
        assertThat(PickSequence.rankOf(PickingStrategy.FIFO, position)).isEqualTo("received 2026-11-02");
        assertThat(PickSequence.rankOf(PickingStrategy.FEFO, lot("L-B").build())).isEqualTo("no expiry date");
    }
}

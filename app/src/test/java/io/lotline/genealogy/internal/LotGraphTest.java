package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edges taken out of the graph in memory when their consumption or output was reversed (ADR 65). */
class LotGraphTest {
    private static final long T = TimedWalk.FROM_THE_START;

    @Test
    void a_removed_pour_into_the_silo_no_longer_reaches_a_batch_drawn_after_it_nor_lets_it_in() {
        // silo 10 gets lot 1 at 100 and lot 3 at 200; batch 21 is drawn at 250
        LotGraph graph = new LotGraph();
        graph.add(1, 10, 100, 100);
        graph.add(3, 10, 200, 200);
        graph.add(10, 21, 250, T);

        graph.remove(3, 10, 200, 200);

        assertThat(graph.edges()).isEqualTo(2);
        assertThat(graph.reach(List.of(21L), false, null)).containsExactlyInAnyOrder(21, 10, 1);
        assertThat(graph.reach(List.of(3L), true, null)).containsExactly(3);
        assertThat(graph.pouredIn(10)).containsExactly(100);
    }

    @Test
    void of_two_alike_edges_one_is_removed_and_the_other_still_links_the_lots() {
        LotGraph graph = new LotGraph();
        graph.add(1, 2, 100, T);
        graph.add(1, 2, 100, T);
        graph.add(1, 3, 100, T);

        graph.remove(1, 2, 100, T);

        assertThat(graph.edges()).isEqualTo(2);
        assertThat(graph.reach(List.of(1L), true, null)).containsExactlyInAnyOrder(1, 2, 3);
        graph.remove(1, 2, 100, T);
        assertThat(graph.reach(List.of(1L), true, null)).containsExactlyInAnyOrder(1, 3);
        assertThat(graph.reach(List.of(2L), false, null)).containsExactly(2);
    }

    @Test
    void removing_the_last_pour_leaves_the_lot_without_poured_in_inputs_and_an_unknown_edge_changes_nothing() {
        LotGraph graph = new LotGraph();
        graph.add(1, 10, 100, 100);
        graph.add(10, 20, 150, T);

        graph.remove(1, 10, 100, 100);
        graph.remove(7, 8, 100, T);
        graph.remove(10, 20, 999, T);

        assertThat(graph.pouredIn(10)).isNull();
        assertThat(graph.edges()).isEqualTo(1);
        assertThat(graph.reach(List.of(10L), true, null)).containsExactlyInAnyOrder(10, 20);
    }
}

package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The walk in business time against the brute-force enumeration of every path, on random time-stamped graphs. */
class TimedWalkTest {
    private static final long T = TimedWalk.FROM_THE_START;

    @Test
    void a_batch_drawn_from_a_silo_before_a_lot_was_poured_in_does_not_contain_it() {
        // silo 10 gets lots 1 and 2 at time 100, batch 20 is drawn at 150, lot 3 is poured in at 200, batch 21 at 250
        LotGraph graph = new LotGraph();
        graph.add(1, 10, 100, 100);
        graph.add(2, 10, 100, 100);
        graph.add(10, 20, 150, T);
        graph.add(3, 10, 200, 200);
        graph.add(10, 21, 250, T);

        assertThat(graph.reach(List.of(20L), false, null)).containsExactlyInAnyOrder(20, 10, 1, 2);
        assertThat(graph.reach(List.of(21L), false, null)).containsExactlyInAnyOrder(21, 10, 1, 2, 3);
        assertThat(graph.reach(List.of(3L), true, null)).containsExactlyInAnyOrder(3, 10, 21);
        assertThat(graph.reach(List.of(1L), true, null)).containsExactlyInAnyOrder(1, 10, 20, 21);
    }

    @Test
    void a_draw_at_the_same_moment_as_a_pour_contains_it() {
        LotGraph graph = new LotGraph();
        graph.add(1, 10, 100, 100);
        graph.add(10, 20, 100, T);

        assertThat(graph.reach(List.of(20L), false, null)).containsExactlyInAnyOrder(20, 10, 1);
        assertThat(graph.reach(List.of(1L), true, null)).containsExactlyInAnyOrder(1, 10, 20);
    }

    @Test
    void a_lot_reached_earlier_by_a_longer_path_keeps_its_shorter_depth_and_lets_more_through() {
        // 1 -> 10 directly at 300 (late), and 1 -> 5 -> 10 through a blend poured in at 100
        LotGraph graph = new LotGraph();
        graph.add(1, 10, 300, 300);
        graph.add(1, 5, 50, T);
        graph.add(5, 10, 100, 100);
        graph.add(10, 20, 200, T);

        Walk walk = graph.walk(List.of(1L), true, null);
        Map<Long, Integer> depths = depths(walk);
        assertThat(depths).containsEntry(10L, 1).containsEntry(20L, 3);
        assertThat(graph.reach(List.of(1L), true, 2)).containsExactlyInAnyOrder(1, 10, 5);
        assertThat(walk.key(10)).isEqualTo(100);
    }

    @Test
    void the_walk_reaches_what_every_path_in_time_reaches_on_random_graphs() {
        Random random = new Random(20261206);
        for (int trial = 0; trial < 400; trial++) {
            int size = 4 + random.nextInt(14);
            List<PathsInTime.Edge> edges = randomGraph(random, size);
            LotGraph graph = new LotGraph();
            edges.forEach(e -> graph.add(e.parent(), e.child(), e.drawn(), e.entered()));
            PathsInTime reference = new PathsInTime(edges);
            for (int query = 0; query < 6; query++) {
                List<Long> roots = new ArrayList<>();
                for (int r = 0, n = 1 + random.nextInt(2); r < n; r++) {
                    long root = 1 + random.nextInt(size);
                    if (!roots.contains(root)) {
                        roots.add(root);
                    }
                }
                boolean forward = random.nextBoolean();
                Integer maxDepth = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : null;

                Walk walk = graph.walk(roots, forward, maxDepth);

                assertThat(depths(walk)).as("trial %d %s from %s, depth %s over %s", trial,
                        forward ? "forward" : "reverse", roots, maxDepth, edges)
                        .isEqualTo(reference.reach(roots, forward, maxDepth));
            }
        }
    }

    @Test
    void a_lot_is_walked_again_only_when_one_more_input_poured_into_it_comes_through() {
        // a silo with 3 pours and 200 draws: reverse from all batches, the silo is expanded at most 1 + 3 times
        LotGraph graph = new LotGraph();
        for (int pour = 0; pour < 3; pour++) {
            graph.add(1 + pour, 10, 1000L * pour, 1000L * pour);
        }
        List<Long> batches = new ArrayList<>();
        for (int draw = 0; draw < 200; draw++) {
            graph.add(10, 100 + draw, 15L * draw, T);
            batches.add(100L + draw);
        }
        int[] expansions = new int[1];
        TimedWalk.Adjacency counting = new TimedWalk.Adjacency() {
            @Override
            public void edges(long[] lots, int count, boolean forward, TimedWalk.EdgeVisitor visitor) {
                for (int i = 0; i < count; i++) {
                    if (lots[i] == 10) {
                        expansions[0]++;
                    }
                }
                graph.edges(lots, count, forward, visitor);
            }

            @Override
            public long[] pouredIn(long lot) {
                return graph.pouredIn(lot);
            }
        };

        Walk walk = TimedWalk.walk(counting, batches, false, null);

        assertThat(walk.lots()).contains(1, 2, 3, 10);
        assertThat(expansions[0]).isLessThanOrEqualTo(1 + 3);
    }

    /** A random DAG (edges from lower to higher ids) with random draw times, some inputs poured in, some not. */
    static List<PathsInTime.Edge> randomGraph(Random random, int size) {
        List<PathsInTime.Edge> edges = new ArrayList<>();
        int count = random.nextInt(size * 2 + 1);
        for (int i = 0; i < count; i++) {
            int parent = 1 + random.nextInt(size - 1);
            int child = parent + 1 + random.nextInt(size - parent);
            long drawn = random.nextInt(20);
            long entered = random.nextInt(3) == 0 ? T : drawn + random.nextInt(3) - (random.nextInt(6) == 0 ? 2 : 0);
            edges.add(new PathsInTime.Edge(parent, child, random.nextInt(15) == 0 ? TimedWalk.EVERYTHING : drawn,
                    entered));
        }
        return edges;
    }

    private static Map<Long, Integer> depths(Walk walk) {
        Map<Long, Integer> depths = new HashMap<>();
        for (int i = 0; i < walk.lots().length; i++) {
            depths.put(walk.lots()[i], walk.depths()[i]);
        }
        return depths;
    }
}

package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TraceOrderTest {

    @Test
    void lots_come_by_distance_from_the_roots_then_in_the_order_they_were_created() {
        long[] ids = {40, 7, 12, 3, 99};
        int[] depths = {1, 2, 1, 0, 1};

        assertThat(TraceAssembler.inOrder(ids, depths)).containsExactly(3, 2, 0, 4, 1);
    }

    @Test
    void packed_and_compared_orders_agree_on_random_traces() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(2000);
            long[] ids = random.longs(n, 1, Integer.MAX_VALUE).distinct().toArray();
            int[] depths = random.ints(ids.length, 0, 12).toArray();
            int[] deep = depths.clone();
            deep[0] = 5000;
            int[] packed = TraceAssembler.inOrder(ids, depths);
            int[] compared = TraceAssembler.inOrder(ids, deep);

            for (int i = 1; i < packed.length; i++) {
                int a = packed[i - 1];
                int b = packed[i];
                assertThat(depths[a] < depths[b] || depths[a] == depths[b] && ids[a] < ids[b]).isTrue();
            }
            for (int i = 1; i < compared.length; i++) {
                int a = compared[i - 1];
                int b = compared[i];
                assertThat(deep[a] < deep[b] || deep[a] == deep[b] && ids[a] < ids[b]).isTrue();
            }
        }
    }
}

package io.lotline.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys go in arrays H2 can hold: distinct, in their first order, at most 50,000 to an array, one array when none. */
class SqlArraysTest {

    @Test
    void a_long_list_goes_as_several_arrays_of_distinct_keys_in_order() {
        List<Integer> keys = new ArrayList<>();
        for (int n = 0; n < 120_000; n++) {
            keys.add(n);
        }
        keys.add(7);

        List<List<Integer>> chunks = SqlArrays.chunks(keys);

        assertThat(chunks).extracting(List::size).containsExactly(50_000, 50_000, 20_000);
        assertThat(chunks.get(0).get(7)).isEqualTo(7);
        assertThat(chunks.get(2).get(19_999)).isEqualTo(119_999);
    }

    @Test
    void no_keys_go_as_one_empty_array() {
        assertThat(SqlArrays.chunks(List.of())).containsExactly(List.of());
    }
}

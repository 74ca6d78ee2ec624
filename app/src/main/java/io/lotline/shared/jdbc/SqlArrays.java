package io.lotline.shared.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Long lists of keys go to the database as arrays ({@code unnest(cast(:codes as varchar array))}), never one
 * parameter per key: a PostgreSQL statement takes at most 65,535 parameters. An H2 array holds at most 65,536
 * elements, so a list longer than {@link #MAX_ELEMENTS} goes as several arrays. See ADR 73.
 */
public final class SqlArrays {
    /** The most elements one array carries, below H2's limit of 65,536. */
    public static final int MAX_ELEMENTS = 50_000;

    private SqlArrays() {
    }

    /** The distinct values, in their first order, in runs of at most {@link #MAX_ELEMENTS}; one run when empty. */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> distinct = List.copyOf(new LinkedHashSet<>(values));
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < distinct.size() || chunks.isEmpty(); start += MAX_ELEMENTS) {
            chunks.add(distinct.subList(start, Math.min(distinct.size(), start + MAX_ELEMENTS)));
        }
        return chunks;
    }
}

package io.lotline.genealogy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * A set of lots given to the database as runs of consecutive ids. The lots a trace reaches were mostly made around
 * the same time, so their ids lie close together: a run is read with one index range scan, where a list of ids costs
 * one index descent per lot and statement. Lots in the small gaps a run spans come back too and are skipped by
 * {@link #contains}.
 */
final class LotRanges {
    /** How far apart two lots may be and still be read in one run: a gap costs less than a descent. */
    static final int GAP = 8;

    private final long[] ids;
    private final Long[] from;
    private final Long[] to;
    private final BitSet dense;

    private LotRanges(long[] ids, Long[] from, Long[] to, BitSet dense) {
        this.ids = ids;
        this.from = from;
        this.to = to;
        this.dense = dense;
    }

    static LotRanges of(Collection<Long> lots) {
        long[] ids = lots.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        List<Long> from = new ArrayList<>();
        List<Long> to = new ArrayList<>();
        for (long id : ids) {
            if (!to.isEmpty() && id - to.get(to.size() - 1) <= GAP) {
                to.set(to.size() - 1, id);
            } else {
                from.add(id);
                to.add(id);
            }
        }
        BitSet dense = null;
        if (ids.length > 0 && ids[ids.length - 1] - ids[0] < 64L * ids.length + 4096) {
            dense = new BitSet();
            for (long id : ids) {
                dense.set((int) (id - ids[0]));
            }
        }
        return new LotRanges(ids, from.toArray(Long[]::new), to.toArray(Long[]::new), dense);
    }

    /** The first id of each run, in ascending order. */
    Long[] from() {
        return from;
    }

    /** The last id of each run, beside {@link #from()}. */
    Long[] to() {
        return to;
    }

    /** Whether the lot was asked for (a lot in a gap of a run was not). */
    boolean contains(long id) {
        if (dense == null) {
            return Arrays.binarySearch(ids, id) >= 0;
        }
        long offset = id - ids[0];
        return offset >= 0 && offset < Integer.MAX_VALUE && dense.get((int) offset);
    }
}

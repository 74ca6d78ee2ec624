package io.lotline.genealogy.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lot into which inputs were poured over time (a silo's running lot) is made of at each moment, the lot mixing
 * fully (ADR 16). Its entries are taken in business time, those of one moment in-flows first (ties counted in): an
 * entry that puts some of the lot somewhere adds its quantity, split over the input lots of its genealogy edges in
 * proportion to their quantities (or, without edges, or with edges in different units, to the lot's own part: a
 * receipt, a return, a count that found some); an entry that takes some away takes every part in proportion. A draw
 * at a moment is made of the parts there after that moment's in-flows. Quantities are exact decimals, proportions are
 * divided with 34 significant digits, shares are given to 6 significant digits, rounded half to even.
 */
final class Blend {
    private static final MathContext WORKING = MathContext.DECIMAL128;
    private static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_EVEN);

    /** One entry of the lot: its time in microseconds, id, and what it put in and took out in the lot's base unit. */
    record Flow(long at, long entryId, BigDecimal in, BigDecimal out) {
    }

    private final long[] times;
    private final List<Map<Long, BigDecimal>> shares;

    private Blend(long[] times, List<Map<Long, BigDecimal>> shares) {
        this.times = times;
        this.shares = shares;
    }

    /**
     * Follows the flows; {@code inputs} gives, per entry that put input lots in, each parent lot's quantity by its
     * edges (absent when the edges' units differ).
     */
    static Blend of(List<Flow> flows, Map<Long, Map<Long, BigDecimal>> inputs) {
        List<Flow> inTime = new ArrayList<>(flows);
        inTime.sort(Comparator.comparingLong(Flow::at).thenComparing(flow -> flow.in().signum() <= 0)
                .thenComparingLong(Flow::entryId));
        Map<Long, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal own = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        long[] times = new long[inTime.size()];
        List<Map<Long, BigDecimal>> shares = new ArrayList<>();
        int i = 0;
        while (i < inTime.size()) {
            long at = inTime.get(i).at();
            boolean poured = false;
            for (; i < inTime.size() && inTime.get(i).at() == at && inTime.get(i).in().signum() > 0; i++) {
                Flow flow = inTime.get(i);
                Map<Long, BigDecimal> from = inputs.get(flow.entryId());
                BigDecimal edges = from == null ? BigDecimal.ZERO
                        : from.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (edges.signum() > 0) {
                    for (Map.Entry<Long, BigDecimal> input : from.entrySet()) {
                        parts.merge(input.getKey(), flow.in().multiply(input.getValue()).divide(edges, WORKING),
                                BigDecimal::add);
                    }
                } else {
                    own = own.add(flow.in());
                }
                total = total.add(flow.in());
                poured = true;
            }
            if (poured) {
                times[shares.size()] = at;
                shares.add(shares(parts, total));
            }
            for (; i < inTime.size() && inTime.get(i).at() == at; i++) {
                BigDecimal out = inTime.get(i).out();
                if (out.compareTo(total) >= 0) {
                    parts.clear();
                    own = BigDecimal.ZERO;
                    total = BigDecimal.ZERO;
                } else if (out.signum() > 0) {
                    BigDecimal left = total.subtract(out);
                    BigDecimal before = total;
                    parts.replaceAll((lot, part) -> part.multiply(left).divide(before, WORKING));
                    own = own.multiply(left).divide(before, WORKING);
                    total = left;
                }
            }
        }
        return new Blend(Arrays.copyOf(times, shares.size()), List.copyOf(shares));
    }

    private static Map<Long, BigDecimal> shares(Map<Long, BigDecimal> parts, BigDecimal total) {
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        if (total.signum() > 0) {
            parts.forEach((lot, part) -> shares.put(lot, part.divide(total, SHOWN).stripTrailingZeros()));
        }
        return shares;
    }

    /** Each input lot's share of what was drawn at {@code at} (microseconds); empty before anything was poured in. */
    Map<Long, BigDecimal> sharesAt(long at) {
        int found = Arrays.binarySearch(times, at);
        int index = found >= 0 ? found : -found - 2;
        return index < 0 ? Map.of() : shares.get(index);
    }
}

package io.lotline.genealogy.internal;

import io.lotline.ledger.EntryType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the entries of one lot put somewhere ({@code in}) and took away ({@code out}), by kind of entry, in the lot's
 * base unit, as the database said when it was read: the books side of the lot's mass balance.
 */
record EntryTotals(Map<EntryType, BigDecimal> in, Map<EntryType, BigDecimal> out) {
    static final EntryTotals NONE = new EntryTotals(Map.of(), Map.of());

    EntryTotals {
        in = Map.copyOf(in);
        out = Map.copyOf(out);
    }
}

package io.lotline.genealogy;

import io.lotline.ledger.EntryType;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The books of one lot, in its item's base unit, as a mass balance reads them: how much its entries put somewhere
 * ({@code in}) and took away ({@code out}), by kind of entry, and what its balances hold now ({@code onHand}). A
 * transfer from one place to another puts and takes the same and is left out, as is an entry of nothing; a kind
 * appears in both maps once any of its entries moved stock. A lot that never moved stock has empty maps.
 */
public record LotFlows(String lotNumber, String sku, UnitOfMeasure unit, Map<EntryType, BigDecimal> in,
                       Map<EntryType, BigDecimal> out, BigDecimal onHand) {

    public LotFlows {
        in = Map.copyOf(in);
        out = Map.copyOf(out);
    }

    /** Whether any entry of the lot moved stock. */
    public boolean booked() {
        return !in.isEmpty();
    }
}

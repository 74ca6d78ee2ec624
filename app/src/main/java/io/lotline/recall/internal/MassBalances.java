package io.lotline.recall.internal;

import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.LotFlows;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.ledger.EntryType;
import io.lotline.recall.MassBalance;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mass balance of a set of lots from their books: what their entries put in and took away by kind (an entry that
 * put stock somewhere counts in, one that took it away counts out) and what they have on hand, as the genealogy keeps
 * them for the lots it traced. The gap is in − out − on hand, exact in base units; a lot with a gap lists its entries,
 * read from the ledger.
 */
@Component
class MassBalances {
    private final Genealogy genealogy;
    private final JdbcClient jdbc;

    MassBalances(Genealogy genealogy, JdbcClient jdbc) {
        this.genealogy = genealogy;
        this.jdbc = jdbc;
    }

    /** The balances of the lots that have moved stock, by lot number; lots never booked have none. */
    List<MassBalance> of(List<String> lotNumbers) {
        if (lotNumbers.isEmpty()) {
            return List.of();
        }
        return balances(genealogy.flows(lotNumbers).stream());
    }

    /**
     * The balances of the lots of a trace, as {@link #of(List)}. The books come from walking the trace's request
     * again; a lot linked in since the trace is left out, so the balances cover exactly the lots the trace shows.
     */
    List<MassBalance> of(TraceRequest request, Trace trace) {
        Set<String> shown = new HashSet<>(trace.lots().size() * 2);
        trace.lots().forEach(lot -> shown.add(lot.lotNumber()));
        return balances(genealogy.flows(request).stream().filter(lot -> shown.contains(lot.lotNumber())));
    }

    private List<MassBalance> balances(Stream<LotFlows> lots) {
        return lots.filter(LotFlows::booked).map(this::balance).sorted(Comparator.comparing(MassBalance::lotNumber))
                .toList();
    }

    private MassBalance balance(LotFlows lot) {
        BigDecimal totalIn = lot.in().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalOut = lot.out().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gap = totalIn.subtract(totalOut).subtract(lot.onHand());
        List<Long> explaining = gap.signum() == 0 ? List.of() : jdbc.sql("""
                        select e.id from ledger_entries e join lots l on l.id = e.lot_id
                         where l.lot_number = ? and e.base_quantity is not null order by e.seq""")
                .param(lot.lotNumber()).query(Long.class).list();
        return new MassBalance(lot.lotNumber(), lot.sku(), q(lot, lot.in(), EntryType.RECEIPT),
                q(lot, lot.in(), EntryType.OUTPUT), q(lot, lot.in(), EntryType.RETURN),
                q(lot, lot.out(), EntryType.ISSUE), q(lot, lot.out(), EntryType.SHIPMENT),
                q(lot, lot.out(), EntryType.SCRAP), q(lot, lot.in(), EntryType.COUNT_ADJUSTMENT),
                q(lot, lot.out(), EntryType.COUNT_ADJUSTMENT), q(lot, lot.in(), EntryType.CORRECTION),
                q(lot, lot.out(), EntryType.CORRECTION), new Quantity(lot.onHand(), lot.unit()),
                new Quantity(gap.abs(), lot.unit()), explaining);
    }

    private static Quantity q(LotFlows lot, Map<EntryType, BigDecimal> flows, EntryType type) {
        return new Quantity(flows.getOrDefault(type, BigDecimal.ZERO), lot.unit());
    }
}

package io.lotline.genealogy.internal;

import io.lotline.genealogy.Trace;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a trace shows of one lot, as the database said when it was read: the lot itself (with its item's base unit,
 * in which its stock is counted), the edges into it ({@code inputEdges[i]} comes from lot {@code inputParents[i]}),
 * the share of each input lot in all its inputs ({@code shares[i]} of lot {@code shareParents[i]}; none when the
 * inputs were counted in different units), its shipments and receipts that were not reversed, and its stock. The
 * parents and the edges' draw and entry times ({@link TimedWalk}) are kept beside the answer rows so that a trace
 * tests them against the lots it reached without unpacking the rows. {@code blend} is what the lot was made of over
 * time when inputs were poured into it, else {@code null}.
 */
record LotFacts(long id, String lotNumber, String sku, UnitOfMeasure unit, String description, String status,
                String origin, LocalDate productionDate, LocalDate expiryDate, String supplierLot, long[] inputParents,
                Trace.Edge[] inputEdges, long[] inputDrawn, long[] inputEntered, long[] shareParents,
                Trace.Share[] shares, Blend blend, List<Trace.Shipment> shipments, List<Trace.Receipt> receipts,
                List<Trace.Stock> stock) {

    /** The lot's stock summed over its places, in its base unit. */
    BigDecimal onHand() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Trace.Stock place : stock) {
            sum = sum.add(place.quantity().amount());
        }
        return sum;
    }

    Trace.Node node(int depth) {
        return new Trace.Node(lotNumber, sku, description, status, origin, productionDate, expiryDate, supplierLot,
                depth);
    }
}

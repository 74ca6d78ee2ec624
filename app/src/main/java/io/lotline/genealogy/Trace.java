package io.lotline.genealogy;

import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a trace: the lots reached as a graph (nodes and edges) and as lists of shipments, receipts and
 * stock. Times are business times ({@code occurredAt}) of the entries. {@code depth} is the number of steps from the
 * nearest root. A reverse trace also names the lots partners' captured events say Lotline's lots were made from,
 * back to their origins, and those partners' events ({@link PartnerOrigins}); a forward trace has none.
 */
public record Trace(Direction direction, List<String> roots, Integer maxDepth, List<Node> lots, List<Edge> edges,
                    List<Shipment> shipments, List<Receipt> receipts, List<Stock> stock, List<Share> inputShares,
                    int lotsReached, double elapsedMillis, List<PartnerLot> partnerLots,
                    List<PartnerEvent> partnerEvents) {

    public Trace {
        partnerLots = List.copyOf(partnerLots);
        partnerEvents = List.copyOf(partnerEvents);
    }

    /** A trace of Lotline's own books, before partners' lots are added. */
    public Trace(Direction direction, List<String> roots, Integer maxDepth, List<Node> lots, List<Edge> edges,
                 List<Shipment> shipments, List<Receipt> receipts, List<Stock> stock, List<Share> inputShares,
                 int lotsReached, double elapsedMillis) {
        this(direction, roots, maxDepth, lots, edges, shipments, receipts, stock, inputShares, lotsReached,
                elapsedMillis, List.of(), List.of());
    }

    /** This trace with the partners' lots and events beyond Lotline's own. */
    public Trace withPartners(PartnerOrigins.Found found) {
        return new Trace(direction, roots, maxDepth, lots, edges, shipments, receipts, stock, inputShares,
                lotsReached, elapsedMillis, found.lots(), found.events());
    }

    /**
     * A lot only partners' captured events know (GTIN and lot code): {@code depth} steps from the nearest root,
     * counted on from the Lotline lot {@code reachedFrom} it was found behind, and the lots ({@code gtin/lot}) it was
     * made from in turn.
     */
    public record PartnerLot(String gtin, String lot, int depth, String reachedFrom, List<String> madeFrom) {
        public PartnerLot {
            madeFrom = List.copyOf(madeFrom);
        }
    }

    /**
     * A captured event at a partner's place (none of Lotline's sites) naming lots of the trace, Lotline's as
     * partners' ({@code gtin/lot}): the catch, the landing, a trader's processing, a shipment to Lotline.
     */
    public record PartnerEvent(String eventID, String type, String bizStep, Instant eventTime, String bizLocation,
                               String readPoint, List<String> lots) {
        public PartnerEvent {
            lots = List.copyOf(lots);
        }
    }

    /** A lot reached. */
    public record Node(String lotNumber, String sku, String description, String status, String origin,
                       LocalDate productionDate, LocalDate expiryDate, String supplierLot, int depth) {
    }

    /**
     * So much of the parent went into the child, by this consumption entry, in this order, drawn from the parent at
     * {@code drawnAt}. {@code enteredAt} is when it was poured into a child that already existed (a silo's running
     * lot): what was drawn from the child before holds none of it; {@code null} when it is part of the whole child.
     */
    public record Edge(String parent, String child, Quantity quantity, String productionOrder, long issueEntryId,
                       long outputEntryId, Instant drawnAt, Instant enteredAt) {
    }

    /** A shipment of a reached lot to a customer. */
    public record Shipment(String lotNumber, String sku, String customer, String customerName, String contact,
                           String email, String phone, Instant occurredAt, Quantity quantity, String customerOrder,
                           String shipment, String deliveryNote, long entryId) {
    }

    /** A receipt of a reached lot from a supplier. */
    public record Receipt(String lotNumber, String sku, String supplier, String supplierName, String supplierLot,
                          String purchaseOrder, Instant occurredAt, Quantity quantity, List<String> certificates,
                          long entryId) {
    }

    /** Stock of a reached lot now. */
    public record Stock(String lotNumber, String sku, String location, String pallet, Quantity quantity) {
    }

    /**
     * The share of an input lot in an output lot. With {@code drawnAt} null, its share in all the inputs of the
     * output, where their quantities share a unit. With {@code drawnAt} set, the output is a lot into which inputs
     * were poured over time (a silo), and the share is the input's part of what was drawn from it at that time, the
     * lot mixing fully: each input adds its quantity, each draw takes every part in proportion (ADR 16). Shares are
     * computed with 34 significant digits and given to 6, rounded half to even.
     */
    public record Share(String output, String input, BigDecimal share, Instant drawnAt) {
    }
}

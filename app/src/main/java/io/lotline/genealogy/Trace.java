package io.lotline.genealogy;

import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a trace: the lots reached as a graph (nodes and edges) and as lists of shipments, receipts and
 * stock. Times are business times ({@code occurredAt}) of the entries. {@code depth} is the number of steps from the
 * nearest root.
 */
public record Trace(Direction direction, List<String> roots, Integer maxDepth, List<Node> lots, List<Edge> edges,
                    List<Shipment> shipments, List<Receipt> receipts, List<Stock> stock, List<Share> inputShares,
                    int lotsReached, double elapsedMillis) {

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

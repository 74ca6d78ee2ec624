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

    /** So much of the parent went into the child, by this consumption entry, in this order. */
    public record Edge(String parent, String child, Quantity quantity, String productionOrder, long issueEntryId,
                       long outputEntryId) {
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

    /** The share of an input lot in all the inputs of an output lot, where the quantities share a unit. */
    public record Share(String output, String input, BigDecimal share) {
    }
}

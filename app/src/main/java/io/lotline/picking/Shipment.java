package io.lotline.picking;

import io.lotline.shared.Quantity;
import java.util.List;

/**
 * The confirmed picks of an order, booked to the customer as shipment entries of one ledger command, under the
 * customer order and delivery note references that a forward trace shows, and the owner (consignee) it names, if any.
 */
public record Shipment(String order, String customer, String consignee, String deliveryNote, String commandId,
                       List<Shipped> lines) {
    public Shipment {
        lines = List.copyOf(lines);
    }

    /** One shipped pick and the ledger entry that booked it. */
    public record Shipped(long pick, int line, String sku, String lotNumber, String location, String pallet,
                          Quantity quantity, long entryId) {
    }
}

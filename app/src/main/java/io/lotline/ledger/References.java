package io.lotline.ledger;

import io.lotline.shared.Code;
import io.lotline.shared.InvalidInput;

/** The business documents an entry belongs to: purchase order, customer order, shipment, production order, delivery note. */
public record References(@Code String purchaseOrder, @Code String customerOrder, @Code String shipment,
                         @Code String productionOrder, @Code String deliveryNote) {
    public static final References NONE = new References(null, null, null, null, null);

    public References {
        purchaseOrder = check("purchaseOrder", purchaseOrder);
        customerOrder = check("customerOrder", customerOrder);
        shipment = check("shipment", shipment);
        productionOrder = check("productionOrder", productionOrder);
        deliveryNote = check("deliveryNote", deliveryNote);
    }

    private static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 80) {
            throw new InvalidInput(field, value, "reference-length", "A document reference has at most 80 characters");
        }
        return value.strip();
    }
}

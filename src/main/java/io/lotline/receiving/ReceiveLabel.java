package io.lotline.receiving;

import io.lotline.ledger.Place;
import io.lotline.lots.NewLot;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import java.util.List;
import java.util.Map;

/**
 * A delivery booked by scanning the supplier's GS1 label: the label names the item (01 or 02), the supplier's lot
 * (10), the production (11) and use-by or best-before (17, 15) dates, and often the net weight (310n) or count (30,
 * 37); the clerk adds where it goes, the quantity when the label does not say it, and the lot attributes the batch
 * policy asks for.
 */
public record ReceiveLabel(String supplier, String purchaseOrder, String label, Quantity quantity, Place destination,
                           List<String> certificates, Map<String, String> attributes) {
    public ReceiveLabel {
        if (label == null || label.isBlank()) {
            throw new InvalidInput("label", label, "required", "Scan the supplier's label");
        }
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        attributes = NewLot.attributes(attributes);
    }
}

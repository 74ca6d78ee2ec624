package io.lotline.receiving;

import io.lotline.ledger.Place;
import io.lotline.lots.NewLot;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Scanned;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * A delivery booked by scanning the supplier's GS1 label: the label names the item (01 or 02), the supplier's lot
 * (10), the production (11) and use-by or best-before (17, 15) dates, and often the net weight (310n) or count (30,
 * 37); the clerk adds where it goes, the quantity when the label does not say it, and the lot attributes the batch
 * policy asks for.
 */
public record ReceiveLabel(@Code String supplier, @Code String purchaseOrder, @Scanned String label, Quantity quantity,
                           @Valid Place destination, List<@Code String> certificates,
                           Map<@Code String, @FreeText String> attributes) {
    public ReceiveLabel {
        if (label == null || label.isBlank()) {
            throw new InvalidInput("label", label, "required", "Scan the supplier's label");
        }
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        attributes = NewLot.attributes(attributes);
    }
}

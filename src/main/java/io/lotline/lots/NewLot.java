package io.lotline.lots;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * A lot about to be created. Without a number, one is generated from the item's format; with one, it is checked
 * against that format. The supplier's lot number is kept as given.
 */
public record NewLot(long itemId, LotNumber number, LotOrigin origin, String supplierLot, Long supplierId,
                     String purchaseOrder, LocalDate productionDate, LocalDate expiryDate, LotStatus status,
                     List<String> certificates, NumberingContext context) {
    public NewLot {
        if (supplierLot != null && (supplierLot.isEmpty() || supplierLot.length() > LotNumber.MAX_LENGTH)) {
            throw new InvalidInput("supplierLot", supplierLot, "supplier-lot-length",
                    "A supplier lot has 1-" + LotNumber.MAX_LENGTH + " characters, kept exactly as printed");
        }
        if (productionDate != null && expiryDate != null && expiryDate.isBefore(productionDate)) {
            throw new InvalidInput("expiryDate", expiryDate, "expiry-not-before-production",
                    "The expiry date " + expiryDate + " is before the production date " + productionDate);
        }
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        for (int i = 0; i < certificates.size(); i++) {
            String reference = certificates.get(i);
            if (reference == null || reference.isBlank() || reference.length() > 200) {
                throw new InvalidInput("certificates[" + i + "]", reference, "certificate-reference",
                        "A certificate reference has 1-200 characters");
            }
        }
    }
}

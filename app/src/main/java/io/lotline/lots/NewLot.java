package io.lotline.lots;

import io.lotline.catalog.CaptureStage;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotNumber;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lot about to be created. Without a number, one is generated from the item's format; with one, it is checked
 * against that format. The supplier's lot number is kept as given. Its {@code attributes} are checked against the
 * item's batch policy as it stands now, requiring those the policy asks for at {@code stage}; a lot split off
 * another, or blended from lots born under one version, is checked against that version instead
 * ({@code inheritedPolicyId}) and has no stage.
 */
public record NewLot(long itemId, LotNumber number, LotOrigin origin, String supplierLot, Long supplierId,
                     String purchaseOrder, LocalDate productionDate, LocalDate expiryDate, LotStatus status,
                     List<String> certificates, NumberingContext context, Map<String, String> attributes,
                     CaptureStage stage, Long inheritedPolicyId) {
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
        attributes = attributes(attributes);
    }

    /** The attributes by name, in name order; a name without a value is refused. */
    public static Map<String, String> attributes(Map<String, String> given) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        Map<String, String> sorted = new TreeMap<>();
        given.forEach((name, value) -> {
            if (value == null) {
                throw new InvalidInput("attributes." + name, null, "attribute-length",
                        "Give the " + name + " a value, or leave it out");
            }
            sorted.put(name, value);
        });
        return Collections.unmodifiableMap(sorted);
    }
}

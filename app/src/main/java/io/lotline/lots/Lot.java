package io.lotline.lots;

import io.lotline.shared.LotNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A lot as the floor knows it today: its number, what it is, where it came from, its dates (as corrected), its
 * status, and the certificates that came with it. A recalled lot names the recall that holds it ({@code heldByRecall},
 * else {@code null}): only that recall's disposition frees it.
 */
public record Lot(long id, LotNumber number, long itemId, String sku, LotOrigin origin, String supplierLot,
                  Long supplierId, String purchaseOrder, LocalDate productionDate, LocalDate expiryDate,
                  LotStatus status, Instant createdAt, String createdBy, List<String> certificates,
                  String heldByRecall, Map<String, String> attributes, Long batchPolicyId,
                  Integer batchPolicyVersion) {
    public Lot {
        certificates = List.copyOf(certificates);
        attributes = NewLot.attributes(attributes);
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiryDate != null && expiryDate.isBefore(day);
    }
}

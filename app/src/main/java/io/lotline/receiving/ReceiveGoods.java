package io.lotline.receiving;

import io.lotline.ledger.Place;
import io.lotline.lots.NewLot;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.SupplierLot;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A delivery from a supplier, line by line, as the receiving clerk books it; for EU 931/2011 also the day the supplier
 * dispatched it ({@code dispatchedOn}) and, when the supplier delivers on someone else's behalf, the owner
 * ({@code consignor}, a registered supplier).
 */
public record ReceiveGoods(@Code String supplier, @Code String purchaseOrder, List<@Valid Line> lines,
                           LocalDate dispatchedOn, @Code String consignor) {
    public ReceiveGoods {
        if (supplier == null || supplier.isBlank()) {
            throw new InvalidInput("supplier", supplier, "required", "The supplier is required");
        }
        if (purchaseOrder != null && purchaseOrder.length() > 80) {
            throw new InvalidInput("purchaseOrder", purchaseOrder, "reference-length",
                    "A purchase order reference has at most 80 characters");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInput("lines", lines, "at-least-one-line", "A receipt has at least one line");
        }
        lines = List.copyOf(lines);
        consignor = consignor == null || consignor.isBlank() ? null : consignor.trim();
    }

    public ReceiveGoods(String supplier, String purchaseOrder, List<Line> lines) {
        this(supplier, purchaseOrder, lines, null, null);
    }

    /**
     * One received lot: item, quantity, the supplier's lot number, dates, where it is put, and the certificates that
     * came with it. {@code lotNumber} is the internal number when the clerk types one; otherwise it is generated.
     * Serial-tracked items name each unit's serial, one by one or as a range such as {@code SN0001-SN0012}.
     * {@code tlcSource} names who assigned the supplier's lot number when that is not the supplier.
     * {@code attributes} are the lot attributes its batch policy names (origin, catch area), by name.
     */
    public record Line(@Code String sku, Quantity quantity, @Code String lotNumber, @SupplierLot String supplierLot,
                       LocalDate productionDate, LocalDate expiryDate, @Valid Place destination,
                       List<@Code String> certificates, List<@Code String> serials, @Code String serialRange,
                       @FreeText String shelfLifeOverrideReason, @Valid TlcSource tlcSource,
                       Map<@Code String, @FreeText String> attributes) {
        public Line {
            if (sku == null || sku.isBlank()) {
                throw new InvalidInput("sku", sku, "required", "The item is required");
            }
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "The quantity is required");
            }
            quantity.requirePositive("quantity");
            if (destination == null || destination.location() == null || destination.location().isBlank()) {
                throw new InvalidInput("destination.location", null, "required", "Say where the goods are put");
            }
            if (productionDate != null && expiryDate != null && expiryDate.isBefore(productionDate)) {
                throw new InvalidInput("expiryDate", expiryDate, "expiry-not-before-production",
                        "The expiry date " + expiryDate + " is before the production date " + productionDate);
            }
            certificates = certificates == null ? List.of() : List.copyOf(certificates);
            serials = serials == null ? List.of() : List.copyOf(serials);
            if (!serials.isEmpty() && serialRange != null) {
                throw new InvalidInput("serialRange", serialRange, "serials-or-range",
                        "Give the serials one by one or as a range, not both");
            }
            if (tlcSource != null && (supplierLot == null || supplierLot.isBlank())) {
                throw new InvalidInput("tlcSource", tlcSource.party(), "tlc-source-needs-supplier-lot",
                        "A traceability lot code source is named for the code it assigned: give the supplierLot");
            }
            attributes = NewLot.attributes(attributes);
        }

        /** The same line carrying these lot attributes. */
        public Line withAttributes(Map<String, String> lotAttributes) {
            return new Line(sku, quantity, lotNumber, supplierLot, productionDate, expiryDate, destination,
                    certificates, serials, serialRange, shelfLifeOverrideReason, tlcSource, lotAttributes);
        }

        public Line(String sku, Quantity quantity, String lotNumber, String supplierLot, LocalDate productionDate,
                    LocalDate expiryDate, Place destination, List<String> certificates, List<String> serials,
                    String serialRange, String shelfLifeOverrideReason) {
            this(sku, quantity, lotNumber, supplierLot, productionDate, expiryDate, destination, certificates,
                    serials, serialRange, shelfLifeOverrideReason, null, null);
        }
    }
}

package io.lotline.picking;

import io.lotline.catalog.PickingStrategy;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Scanned;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/** What the order desk and the picker send. */
public final class OrderCommands {
    private OrderCommands() {
    }

    /** A customer order: its code, the customer, the day it ships, and what it asks for. */
    public record EnterCustomerOrder(@Code String code, @Code String customer, LocalDate shipDate,
                                     List<@Valid OrderLine> lines) {
        public EnterCustomerOrder {
            if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,59}")) {
                throw new InvalidInput("code", code, "code-format",
                        "An order code has 1-60 letters, digits, '.', '_', '/' or '-'");
            }
            if (customer == null || customer.isBlank()) {
                throw new InvalidInput("customer", customer, "required", "Say which customer the order is for");
            }
            if (shipDate == null) {
                throw new InvalidInput("shipDate", null, "required", "Say on which day the order ships");
            }
            if (lines == null || lines.isEmpty() || lines.size() > 500) {
                throw new InvalidInput("lines", lines == null ? null : lines.size(), "order-lines",
                        "An order has 1 to 500 lines");
            }
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line: the item and quantity, optionally the lot the customer asks for, and optionally a picking strategy
     * other than the item's, which a supervisor sets with the reason.
     */
    public record OrderLine(@Code String sku, Quantity quantity, @Code String lotNumber, PickingStrategy strategy,
                            @FreeText String strategyReason) {
        public OrderLine {
            if (sku == null || sku.isBlank()) {
                throw new InvalidInput("sku", sku, "required", "Say which item the line asks for");
            }
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "The quantity is required");
            }
            quantity.requirePositive("quantity");
            if (strategy != null && (strategyReason == null || strategyReason.isBlank())) {
                throw new InvalidInput("strategyReason", strategyReason, "required",
                        "A picking strategy set on an order line says why");
            }
            if (strategy == null && strategyReason != null) {
                throw new InvalidInput("strategyReason", strategyReason, "reason-with-strategy",
                        "A strategy reason goes with a strategy set on the line");
            }
            if (strategyReason != null && strategyReason.length() > 200) {
                throw new InvalidInput("strategyReason", strategyReason, "text-length", "At most 200 characters");
            }
        }
    }

    /**
     * What the operator scanned at a pick, and how much was picked (the whole pick when left out). With
     * {@code substitute}, a scan of other stock of equal rank takes its place.
     */
    public record ConfirmPick(@Scanned String scan, Quantity quantity, boolean substitute) {
        public ConfirmPick {
            if (scan == null || scan.isBlank()) {
                throw new InvalidInput("scan", scan, "required", "Scan the pallet or the lot label");
            }
            if (quantity != null) {
                quantity.requirePositive("quantity");
            }
        }
    }

    /** Cancelling an order before it ships gives its stock back; the reason is kept. */
    public record CancelOrder(@FreeText String reason) {
        public CancelOrder {
            if (reason == null || reason.isBlank() || reason.length() > 500) {
                throw new InvalidInput("reason", reason, "required",
                        "Say why the order is cancelled (1-500 characters)");
            }
        }
    }

    /**
     * Shipping the picked goods, under a delivery note number (the order code with "-DN" when left out); where the
     * customer receives them on another customer's behalf, {@code consignee} names that owner (EU 931/2011 art. 3).
     */
    public record ShipOrder(@Code String deliveryNote, @Code String consignee) {
        public ShipOrder {
            consignee = consignee == null || consignee.isBlank() ? null : consignee.trim();
            if (deliveryNote != null && (deliveryNote.isBlank() || deliveryNote.length() > 80)) {
                throw new InvalidInput("deliveryNote", deliveryNote, "reference-length",
                        "A delivery note number has 1-80 characters");
            }
        }

        public ShipOrder(String deliveryNote) {
            this(deliveryNote, null);
        }
    }
}

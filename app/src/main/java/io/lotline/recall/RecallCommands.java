package io.lotline.recall;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Secret;
import io.lotline.shared.SupplierLot;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a quality manager asks of a recall. */
public final class RecallCommands {
    private RecallCommands() {
    }

    /**
     * The suspect lots: internal lot numbers, and/or a supplier's lot number (every lot received under it), and/or
     * every lot carrying the batch-policy {@code attributes} given (name to value, as corrected; all must hold), received
     * or produced from {@code bornFrom} to {@code bornTo} (days in the business zone, both optional and inclusive).
     * Widening adds the siblings: lots made from the same inputs as the suspect lots, {@code widenLevels} steps up.
     */
    public record Scope(List<@Code String> lots, @SupplierLot String supplierLot, int widenLevels,
                        Map<@Code String, @FreeText String> attributes, LocalDate bornFrom, LocalDate bornTo) {
        public static final int MAX_ATTRIBUTES = 10;

        public Scope(List<String> lots, String supplierLot, int widenLevels) {
            this(lots, supplierLot, widenLevels, null, null, null);
        }

        public Scope {
            lots = lots == null ? List.of() : List.copyOf(lots);
            attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
            requirePeriod(attributes, bornFrom, bornTo);
            if (lots.isEmpty() && (supplierLot == null || supplierLot.isBlank()) && attributes.isEmpty()) {
                throw new InvalidInput("lots", lots, "suspect-lot",
                        "Name the suspect lots, a supplier lot number or the attributes they carry");
            }
            if (widenLevels < 0 || widenLevels > 5) {
                throw new InvalidInput("widenLevels", widenLevels, "widen-levels-range",
                        "Widen by 0 to 5 levels of shared inputs");
            }
            requireAttributes(attributes);
        }

        private static void requireAttributes(Map<String, String> attributes) {
            if (attributes.size() > MAX_ATTRIBUTES) {
                throw new InvalidInput("attributes", attributes.size(), "attribute-count",
                        "Name at most " + MAX_ATTRIBUTES + " attributes");
            }
            attributes.forEach((name, value) -> {
                if (value == null || value.isBlank()) {
                    throw new InvalidInput("attributes." + name, value, "required",
                            "Say the value of " + name + " the suspect lots carry");
                }
            });
        }

        private static void requirePeriod(Map<String, String> attributes, LocalDate from, LocalDate to) {
            if ((from != null || to != null) && attributes.isEmpty()) {
                throw new InvalidInput(from != null ? "bornFrom" : "bornTo", from != null ? from : to,
                        "period-with-attributes", "A period narrows a scope by attributes: name the attributes too");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidInput("bornTo", to, "period-order",
                        "The period ends on or after the day it starts (" + from + ")");
            }
        }
    }

    /** Open a live recall case. */
    public record OpenRecall(@FreeText String reason, @Valid Scope scope) {
        public OpenRecall {
            if (reason == null || reason.isBlank() || reason.length() > 500) {
                throw new InvalidInput("reason", reason, "required", "Say why (1-500 characters)");
            }
            if (scope == null) {
                throw new InvalidInput("scope", null, "required", "Name the suspect lots");
            }
        }
    }

    /** Run a mock recall: when the drill started (the call came in), the target time, the lots chosen. */
    public record RunMockRecall(@FreeText String purpose, @Valid Scope scope, Instant startedAt,
                                Integer targetMinutes) {
        public RunMockRecall {
            if (scope == null) {
                throw new InvalidInput("scope", null, "required", "Name the lots chosen for the drill");
            }
            if (targetMinutes != null && targetMinutes < 1) {
                throw new InvalidInput("targetMinutes", targetMinutes, "target-positive", "A target is at least a minute");
            }
        }
    }

    /** Stock coming back from a customer under the recall. */
    public record RecallReturn(@Code String customer, @Code String lotNumber, Quantity quantity, @Code String location,
                               @Code String pallet) {
        public RecallReturn {
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "A quantity is required");
            }
            quantity.requirePositive("quantity");
        }
    }

    /**
     * What becomes of a lot the recall holds, signed with the password re-entered: its stock destroyed (the lot stays
     * blocked), reworked by the production order named ({@code productionOrder}, whose outputs the recall holds in
     * turn), or the lot released once the recall is closed or the lot is out of the recall's scope.
     */
    public record Dispose(@Code String lotNumber, Disposition disposition, @FreeText String reason,
                          @Secret String password, @Code String productionOrder) {
        public Dispose(String lotNumber, Disposition disposition, String reason, String password) {
            this(lotNumber, disposition, reason, password, null);
        }

        public Dispose {
            if (lotNumber == null || lotNumber.isBlank()) {
                throw new InvalidInput("lotNumber", lotNumber, "required", "Name the lot the recall holds");
            }
            if (disposition == null) {
                throw new InvalidInput("disposition", null, "required", "Say what becomes of it: DESTROY, REWORK or RELEASE");
            }
            if (reason == null || reason.isBlank() || reason.length() > 300) {
                throw new InvalidInput("reason", reason, "required", "Say why (1-300 characters)");
            }
            if (password == null || password.isEmpty()) {
                throw new InvalidInput("password", "(hidden)", "signature-required",
                        "A recall's disposition is signed with your password");
            }
            if (disposition == Disposition.REWORK
                    && (productionOrder == null || productionOrder.isBlank() || productionOrder.length() > 80)) {
                throw new InvalidInput("productionOrder", productionOrder, "rework-names-order",
                        "A rework names the production order (1-80 characters) that may consume the lot");
            }
            if (disposition != Disposition.REWORK && productionOrder != null) {
                throw new InvalidInput("productionOrder", productionOrder, "rework-names-order",
                        "Only a REWORK disposition names a production order");
            }
        }
    }

    /**
     * Destroy: every unit of the lot on hand is scrapped. Rework: the named production order may consume the lot, and
     * what it makes is held by the recall. Release: the lot may be used and shipped again.
     */
    public enum Disposition { DESTROY, REWORK, RELEASE }

    /** A customer confirms the notice, optionally stating what they destroyed on site. */
    public record Acknowledge(@Code String customer, @FreeText String note) {
    }

    /** Closing a recall, signed by quality with the password re-entered. */
    public record CloseRecall(@Secret String password, @FreeText String summary) {
        public CloseRecall {
            if (password == null || password.isEmpty()) {
                throw new InvalidInput("password", "(hidden)", "required", "Closing a recall is signed with your password");
            }
            if (summary == null || summary.isBlank() || summary.length() > 2000) {
                throw new InvalidInput("summary", summary, "required", "Summarise the recall (1-2000 characters)");
            }
        }
    }
}

package io.lotline.production;

import io.lotline.ledger.Place;
import io.lotline.lots.NewLot;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the production planner and the line book. */
public final class ProductionCommands {
    private ProductionCommands() {
    }

    /**
     * A production order: what it makes, how much is planned, and the recipe (input items and planned amounts). A
     * batch order (the default) puts every input into every output. A {@code continuous} order makes its outputs
     * while it is still consuming inputs: each output holds only the inputs consumed by the business time it was
     * made (ties counted in).
     */
    public record OpenProductionOrder(@Code String code, @Code String outputSku, Quantity plannedQuantity,
                                      @Code String lineCode, @Code String shiftCode, List<@Valid RecipeLine> recipe,
                                      boolean continuous) {
        public OpenProductionOrder {
            if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,79}")) {
                throw new InvalidInput("code", code, "code-format",
                        "An order code has 1-80 letters, digits, '.', '_', '/' or '-'");
            }
            if (outputSku == null || outputSku.isBlank()) {
                throw new InvalidInput("outputSku", outputSku, "required", "Say which item the order makes");
            }
            if (plannedQuantity != null) {
                plannedQuantity.requirePositive("plannedQuantity");
            }
            recipe = recipe == null ? List.of() : List.copyOf(recipe);
        }

        /** A batch order. */
        public OpenProductionOrder(String code, String outputSku, Quantity plannedQuantity, String lineCode,
                                   String shiftCode, List<RecipeLine> recipe) {
            this(code, outputSku, plannedQuantity, lineCode, shiftCode, recipe, false);
        }
    }

    /** One input of a recipe: item and planned amount for the planned output. */
    public record RecipeLine(@Code String sku, Quantity quantity) {
        public RecipeLine {
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "A recipe line needs a quantity");
            }
            quantity.requirePositive("quantity");
        }
    }

    /** Lots taken from a place into the order (partial use allowed). */
    public record ConsumeInputs(List<@Valid Input> inputs) {
        public ConsumeInputs {
            if (inputs == null || inputs.isEmpty()) {
                throw new InvalidInput("inputs", inputs, "at-least-one-input", "Name at least one lot consumed");
            }
            inputs = List.copyOf(inputs);
        }
    }

    /** A quantity of a lot taken from a place. */
    public record Input(@Code String lotNumber, Quantity quantity, @Valid Place from, List<@Code String> serials) {
        public Input {
            if (lotNumber == null || lotNumber.isBlank()) {
                throw new InvalidInput("lotNumber", lotNumber, "required", "Name the lot");
            }
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "A quantity is required");
            }
            quantity.requirePositive("quantity");
            serials = serials == null ? List.of() : List.copyOf(serials);
        }
    }

    /** The lots an order yields: main output and by-products. */
    public record BookOutput(List<@Valid Output> outputs) {
        public BookOutput {
            if (outputs == null || outputs.isEmpty()) {
                throw new InvalidInput("outputs", outputs, "at-least-one-output", "Name at least one output");
            }
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * A lot made: its item (the order's output item when left out), quantity and place; a typed lot number, else one
     * is generated; dates, else derived (earliest input expiry where the item says so, else shelf life); the lot
     * attributes its batch policy names, by name.
     */
    public record Output(@Code String sku, Quantity quantity, @Valid Place to, @Code String lotNumber,
                         LocalDate productionDate, LocalDate expiryDate, List<@Code String> serials,
                         Map<@Code String, @FreeText String> attributes) {
        public Output {
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "A quantity is required");
            }
            quantity.requirePositive("quantity");
            if (to == null || to.location() == null) {
                throw new InvalidInput("to.location", null, "required", "Say where the output is put");
            }
            if (productionDate != null && expiryDate != null && expiryDate.isBefore(productionDate)) {
                throw new InvalidInput("expiryDate", expiryDate, "expiry-not-before-production",
                        "The expiry date is before the production date");
            }
            serials = serials == null ? List.of() : List.copyOf(serials);
            attributes = NewLot.attributes(attributes);
        }

        public Output(String sku, Quantity quantity, Place to, String lotNumber, LocalDate productionDate,
                      LocalDate expiryDate, List<String> serials) {
            this(sku, quantity, to, lotNumber, productionDate, expiryDate, serials, null);
        }
    }

    /** Split a quantity of a lot onto new lots: relabel (one part), repack, sub-lots. */
    public record SplitLot(@Code String lotNumber, @Valid Place from, List<@Valid Part> parts,
                           @FreeText String reason) {
        public SplitLot {
            if (lotNumber == null || lotNumber.isBlank()) {
                throw new InvalidInput("lotNumber", lotNumber, "required", "Name the lot to split");
            }
            if (from == null || from.location() == null) {
                throw new InvalidInput("from.location", null, "required", "Say where the lot is taken from");
            }
            if (parts == null || parts.isEmpty()) {
                throw new InvalidInput("parts", parts, "at-least-one-part", "A split yields at least one part");
            }
            parts = List.copyOf(parts);
        }
    }

    /** One new lot of a split. */
    public record Part(Quantity quantity, @Valid Place to, @Code String lotNumber) {
        public Part {
            if (quantity == null) {
                throw new InvalidInput("quantity", null, "required", "A quantity is required");
            }
            quantity.requirePositive("quantity");
            if (to == null || to.location() == null) {
                throw new InvalidInput("to.location", null, "required", "Say where the part is put");
            }
        }
    }

    /**
     * Blend several lots of one item into one: a new lot, or an existing lot such as the silo's running lot
     * ({@code intoLot}).
     */
    public record MergeLots(List<@Valid Input> inputs, @Code String intoLot, @Valid Place to, @FreeText String reason) {
        public MergeLots {
            if (inputs == null || inputs.size() < 1) {
                throw new InvalidInput("inputs", inputs, "at-least-one-input", "Name the lots to merge");
            }
            inputs = List.copyOf(inputs);
            if (to == null || to.location() == null) {
                throw new InvalidInput("to.location", null, "required", "Say where the merged lot lies");
            }
        }
    }

    /** How lots of an item are made. */
    public record ItemRules(boolean requiresInputs, boolean expiryFromInputs) {
    }
}

package io.lotline.imports.internal;

import static io.lotline.imports.internal.Column.optional;
import static io.lotline.imports.internal.Column.required;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.CaptureStage;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.imports.ImportStatus;
import io.lotline.imports.RowProblem;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.lots.NumberingContext;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import io.lotline.shared.Sscc;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The rows of an opening-stock file read as lots. A row is a quantity of one lot at one place; rows of the same item
 * with the same lot number, or else the same supplier lot, are one lot lying in several places, and must agree on its
 * dates, supplier and status. Writes nothing.
 */
@Component
class OpeningStock {
    static final List<Column> COLUMNS = List.of(required("sku", "FLOUR-550"), required("quantity", 40),
            optional("unit", "BAG"), required("location", "A-01-1"), optional("pallet", "LP-0001"),
            optional("supplierLot", "MH-26-4000"), optional("supplier", "MUEHLE"),
            optional("productionDate", LocalDate.of(2026, 11, 2)), optional("expiryDate", LocalDate.of(2027, 11, 2)),
            optional("status", "RELEASED"), optional("lotNumber", null));
    /** Columns named {@code attribute.<name>}, any number of them, give the lot's batch-policy attributes. */
    static final String ATTRIBUTE = "attribute.";
    /** The template shows one attribute column as an example. */
    static final List<Column> TEMPLATE = Stream.concat(COLUMNS.stream(),
            Stream.of(optional(ATTRIBUTE + "origin", "DE"))).toList();
    /** A recall's hold comes only from a recall; every other status a lot may have carries over. */
    private static final Set<LotStatus> OPENING = EnumSet.complementOf(EnumSet.of(LotStatus.RECALLED));
    private static final Set<String> NAMES = Set.copyOf(COLUMNS.stream().map(Column::name).toList());

    private final Catalog catalog;
    private final BatchPolicies policies;
    private final Lots lots;
    private final Clock clock;

    OpeningStock(Catalog catalog, BatchPolicies policies, Lots lots, Clock clock) {
        this.catalog = catalog;
        this.policies = policies;
        this.lots = lots;
        this.clock = clock;
    }

    List<StockLot> check(Table table, Header header, List<RowProblem> problems, Progress progress) {
        MasterDataLookups lookups = new MasterDataLookups(catalog);
        StockLots stock = new StockLots();
        LocalDate day = LocalDate.now(clock);
        Map<Long, Optional<BatchPolicy>> currentPolicies = new HashMap<>();
        int done = 0;
        for (Table.Row row : table.rows()) {
            RowCells cells = new RowCells(header, row, problems, field -> NAMES.contains(field) ? field : null);
            read(cells, header.prefixed(), lookups, day, id -> currentPolicies.computeIfAbsent(id, policies::current)).ifPresent(lot -> stock.add(lot, cells));
            if (++done % 5_000 == 0) {
                progress.at(ImportStatus.CHECKING, done);
            }
        }
        numbersLeft(stock.lots(), lookups, day, problems);
        return stock.lots();
    }

    /** Whether the items' lot number formats can number every lot the file brings without a number of its own. */
    private void numbersLeft(List<StockLot> stock, MasterDataLookups lookups, LocalDate day,
                             List<RowProblem> problems) {
        List<StockLot> toNumber = stock.stream().filter(lot -> lot.lotNumber() == null).toList();
        try {
            lots.checkNumbersLeft(toNumber.stream()
                    .map(lot -> lot.newLot(day, lookups.plantCode(lot.places().get(0).location()))).toList());
        } catch (Refused exhausted) {
            int index = Integer.parseInt(exhausted.field().replaceAll("\\D+", ""));
            StockLot lot = toNumber.get(index);
            problems.add(new RowProblem(lot.firstLine(), "lotNumber", null, exhausted.rule(),
                    "Item " + lot.item().sku() + ": " + exhausted.getMessage()));
        }
    }

    private Optional<StockLot> read(RowCells row, List<String> attributeColumns, MasterDataLookups lookups,
                                    LocalDate day, Function<Long, Optional<BatchPolicy>> policyOf) {
        Item item = lookups.item(row);
        Quantity quantity = quantity(row, item);
        Location location = lookups.location(row);
        String pallet = pallet(row);
        String supplierLot = row.verbatim("supplierLot");
        if (supplierLot != null && supplierLot.length() > LotNumber.MAX_LENGTH) {
            row.problem("supplierLot", supplierLot, "supplier-lot-length",
                    "A supplier lot has at most " + LotNumber.MAX_LENGTH + " characters");
        }
        Long supplier = lookups.supplier(row);
        LocalDate production = row.date("productionDate");
        LocalDate expiry = row.date("expiryDate");
        LotStatus status = row.oneOf("status", LotStatus.class);
        if (status != null && !OPENING.contains(status)) {
            row.problem("status", status.name(), "opening-status",
                    "Opening stock is " + OPENING + "; a lot is RECALLED only by a recall");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : attributeColumns) {
            String value = row.text(column);
            if (value != null) {
                attributes.put(column.substring(ATTRIBUTE.length()), value);
            }
        }
        if (item == null || !row.clean()) {
            return Optional.empty();
        }
        if (item.tracking().serials()) {
            row.problem("sku", item.sku(), "serials-not-imported", "Item " + item.sku()
                    + " is tracked by serial: receive its stock with the serial of every unit instead");
        }
        attributes(row, attributes, policyOf.apply(item.id()));
        expiry = expiry != null ? expiry : item.expiryFrom(production);
        if (expiry == null && item.shelfLifeDays() != null) {
            row.problem("expiryDate", null, "expiry-or-production-date", "Item " + item.sku() + " keeps "
                    + item.shelfLifeDays() + " days: give the expiry date or the production date");
        } else if (production != null && expiry != null && expiry.isBefore(production)) {
            row.problem("expiryDate", expiry.toString(), "expiry-not-before-production",
                    "The expiry date " + expiry + " is before the production date " + production);
        }
        String lotNumber = row.text("lotNumber");
        if (lotNumber != null && row.clean()) {
            NumberingContext context = new NumberingContext(day, item.lotCode(), lookups.plantCode(location), null,
                    null);
            row.checked("lotNumber", () -> {
                lots.checkNewNumber(item.id(), lotNumber, context);
                return lotNumber;
            });
        }
        if (!row.clean()) {
            return Optional.empty();
        }
        return Optional.of(StockLot.of(item, lotNumber, supplierLot, supplier, production, expiry,
                status == null ? LotStatus.valueOf(item.initialLotStatus().name()) : status, attributes,
                new StockLot.Place(row.line(), quantity, item.toBase(quantity, "unit"), location, pallet)));
    }

    /**
     * The row's attributes held against the item's current batch policy as a receipt's are: each name the policy
     * does not know, each attribute it requires at receipt that is missing, each value it refuses is a problem.
     */
    private static void attributes(RowCells row, Map<String, String> attributes, Optional<BatchPolicy> policy) {
        policy.map(p -> p.rejections(attributes, CaptureStage.RECEIPT))
                .orElseGet(() -> BatchPolicy.allUnknownIn(attributes, List.of()))
                .forEach(refused -> row.problem(ATTRIBUTE + refused.attribute(), refused.value(), refused.rule(),
                        refused.reason()));
    }

    /** The quantity in the row's unit (the item's base unit if none is given), greater than zero. */
    private static Quantity quantity(RowCells row, Item item) {
        BigDecimal amount = row.required("quantity") == null ? null : row.decimal("quantity");
        if (amount == null) {
            return null;
        }
        String unit = row.text("unit");
        UnitOfMeasure measure = unit != null ? row.checked("unit", () -> UnitOfMeasure.of(unit))
                : item != null ? item.baseUnit() : null;
        if (measure == null) {
            return null;
        }
        Quantity quantity = row.checked("quantity", () -> new Quantity(amount, measure).requirePositive("quantity"));
        if (quantity != null && item != null) {
            row.checked("unit", () -> item.toBase(quantity, "unit"));
        }
        return quantity;
    }

    private static String pallet(RowCells row) {
        String pallet = row.text("pallet");
        if (pallet == null) {
            return null;
        }
        return row.checked("pallet", () -> {
            if (pallet.length() > 40) {
                throw new InvalidInput("pallet", pallet, "container-code", "A pallet code has 1-40 characters");
            }
            return Sscc.looksLikeOne(pallet) ? new Sscc(pallet).value() : pallet;
        });
    }
}

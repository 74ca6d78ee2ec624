package io.lotline.imports.internal;

import static io.lotline.imports.internal.Column.optional;
import static io.lotline.imports.internal.Column.required;

import io.lotline.catalog.Address;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.NewCategory;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.catalog.UnitConversion;
import io.lotline.imports.ImportKind;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The master data a file may bring in, each with its columns and the registration a row stands for. */
final class MasterDataKinds {
    private static final List<Column> ADDRESS = List.of(optional("street", "Mühlenweg 4"),
            optional("postalCode", "29525"), optional("city", "Uelzen"), optional("region", "Niedersachsen"),
            optional("country", "DE"));

    private MasterDataKinds() {
    }

    static MasterDataKind of(ImportKind kind) {
        return switch (kind) {
            case CATEGORIES -> categories();
            case ITEMS -> items();
            case PARTIES -> parties();
            case SITES -> sites();
            case WAREHOUSES -> warehouses();
            case LOCATIONS -> locations();
            case OPENING_STOCK -> throw new IllegalArgumentException("Opening stock is no master data");
        };
    }

    static MasterDataKind categories() {
        return new MasterDataKind(ImportKind.CATEGORIES, List.of(required("code", "DAIRY"),
                required("name", "Dairy products"), optional("pickingStrategy", "FEFO")), (row, catalog) -> {
            PickingStrategy strategy = row.oneOf("pickingStrategy", PickingStrategy.class);
            NewCategory category = row.checked("code", () -> new NewCategory(row.text("code"), row.text("name"),
                    strategy));
            if (row.clean()) {
                catalog.registerCategory(category);
            }
        });
    }

    static MasterDataKind items() {
        return new MasterDataKind(ImportKind.ITEMS, List.of(required("sku", "FLOUR-550"),
                required("description", "Wheat flour type 550"), required("baseUnit", "KG"),
                optional("alternativeUnits", "BAG=25"), optional("gtin", "04012345000009"),
                optional("category", "DRY"), optional("tracking", "LOT"), optional("shelfLifeDays", 365),
                optional("expiryKind", "BEST_BEFORE"), optional("pickingStrategy", "FEFO"),
                optional("minRemainingShelfLifeAtReceiptDays", 90), optional("initialLotStatus", "QUARANTINE"),
                optional("lotNumberFormat", null), optional("lotCode", "FL")), (row, catalog) -> {
            UnitOfMeasure base = row.checked("baseUnit", () -> UnitOfMeasure.of(row.required("baseUnit")));
            List<UnitConversion> units = units(row);
            Gtin gtin = row.text("gtin") == null ? null : row.checked("gtin", () -> new Gtin(row.text("gtin")));
            TrackingPolicy tracking = row.oneOf("tracking", TrackingPolicy.class);
            Integer shelfLife = row.whole("shelfLifeDays");
            ExpiryKind expiryKind = row.oneOf("expiryKind", ExpiryKind.class);
            PickingStrategy strategy = row.oneOf("pickingStrategy", PickingStrategy.class);
            Integer minRemaining = row.whole("minRemainingShelfLifeAtReceiptDays");
            InitialLotStatus status = row.oneOf("initialLotStatus", InitialLotStatus.class);
            if (!row.clean()) {
                return;
            }
            NewItem item = row.checked("sku", () -> new NewItem(row.text("sku"), gtin, row.text("description"), base,
                    units, tracking, shelfLife, expiryKind, strategy, row.text("category"), minRemaining, status,
                    row.text("lotNumberFormat"), row.text("lotCode")));
            if (row.clean()) {
                catalog.registerItem(item);
            }
        });
    }

    /** Alternative units as {@code BAG=25; PAL=1000}: each unit and how many base units one of it holds. */
    private static List<UnitConversion> units(RowCells row) {
        String text = row.text("alternativeUnits");
        List<UnitConversion> units = new ArrayList<>();
        if (text == null) {
            return units;
        }
        for (String part : text.split("[;,]")) {
            String[] unitAndFactor = part.split("=");
            if (unitAndFactor.length != 2) {
                row.problem("alternativeUnits", text, "unit-list",
                        "Alternative units are written UNIT=base units per unit, separated by ';' (BAG=25; PAL=1000)");
                return units;
            }
            UnitConversion unit = row.checked("alternativeUnits", () -> new UnitConversion(
                    UnitOfMeasure.of(unitAndFactor[0]), new BigDecimal(unitAndFactor[1].strip())));
            if (unit != null) {
                units.add(unit);
            }
        }
        return units;
    }

    static MasterDataKind parties() {
        List<Column> columns = new ArrayList<>(List.of(required("code", "MUEHLE"), required("role", "SUPPLIER"),
                required("name", "Mühle Uelzen GmbH"), optional("gln", "4012345000016")));
        columns.addAll(ADDRESS);
        columns.addAll(List.of(optional("phone", "+49 581 123456"), optional("recallContactName", "Jana Berg"),
                optional("recallContactEmail", "recall@muehle.example"), optional("recallContactPhone", null)));
        return new MasterDataKind(ImportKind.PARTIES, columns, (row, catalog) -> {
            PartyRole role = row.oneOf("role", PartyRole.class);
            Gln gln = gln(row);
            Address address = address(row);
            RecallContact contact = row.checked("recallContactName", () -> new RecallContact(
                    row.text("recallContactName"), row.text("recallContactEmail"), row.text("recallContactPhone")));
            if (!row.clean()) {
                return;
            }
            NewParty party = row.checked("code", () -> new NewParty(row.text("code"), role, row.text("name"), gln,
                    address, row.text("phone"), contact));
            if (row.clean()) {
                catalog.registerParty(party);
            }
        });
    }

    static MasterDataKind sites() {
        List<Column> columns = new ArrayList<>(List.of(required("code", "UELZEN"), required("name", "Plant Uelzen"),
                optional("gln", "4012345000023"), optional("plantCode", "UE")));
        columns.addAll(ADDRESS);
        columns.add(optional("phone", "+49 581 654321"));
        return new MasterDataKind(ImportKind.SITES, columns, (row, catalog) -> {
            Gln gln = gln(row);
            Address address = address(row);
            if (!row.clean()) {
                return;
            }
            NewSite site = row.checked("code", () -> new NewSite(row.text("code"), row.text("name"), gln, address,
                    row.text("plantCode"), row.text("phone")));
            if (row.clean()) {
                catalog.registerSite(site);
            }
        });
    }

    static MasterDataKind warehouses() {
        return new MasterDataKind(ImportKind.WAREHOUSES, List.of(required("code", "WH-1"),
                required("name", "Main warehouse"), required("site", "UELZEN")), (row, catalog) -> {
            NewWarehouse warehouse = row.checked("code", () -> new NewWarehouse(row.text("code"), row.text("name"),
                    row.text("site")));
            if (row.clean()) {
                catalog.registerWarehouse(warehouse);
            }
        });
    }

    static MasterDataKind locations() {
        return new MasterDataKind(ImportKind.LOCATIONS, List.of(required("code", "A-01-1"),
                optional("name", "Aisle A, bay 1, level 1"), required("warehouse", "WH-1"), optional("parent", null),
                optional("pickable", true), optional("quarantine", false)), (row, catalog) -> {
            boolean pickable = row.yesNo("pickable", true);
            boolean quarantine = row.yesNo("quarantine", false);
            if (!row.clean()) {
                return;
            }
            NewLocation location = row.checked("code", () -> new NewLocation(row.text("code"), row.text("name"),
                    row.text("warehouse"), row.text("parent"), pickable, quarantine));
            if (row.clean()) {
                catalog.registerLocation(location);
            }
        });
    }

    private static Gln gln(RowCells row) {
        return row.text("gln") == null ? null : row.checked("gln", () -> new Gln(row.text("gln")));
    }

    private static Address address(RowCells row) {
        return row.checked("street", () -> new Address(row.text("street"), row.text("postalCode"), row.text("city"),
                row.text("region"), row.text("country")));
    }
}

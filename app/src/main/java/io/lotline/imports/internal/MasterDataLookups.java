package io.lotline.imports.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.PartyRole;
import io.lotline.shared.LotlineException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The master data one file names, looked up once per code for the length of one import: a file of 100,000 rows
 * names a few hundred items and places. An unknown code is remembered as the refusal it got, reported on every row.
 */
final class MasterDataLookups {
    private final Catalog catalog;
    private final Map<String, Object> items = new HashMap<>();
    private final Map<String, Object> locations = new HashMap<>();
    private final Map<String, Object> suppliers = new HashMap<>();
    private final Map<String, String> plantCodes = new HashMap<>();

    MasterDataLookups(Catalog catalog) {
        this.catalog = catalog;
    }

    Item item(RowCells row) {
        String sku = row.required("sku");
        return sku == null ? null : lookUp(row, "sku", sku, items, catalog::item);
    }

    Location location(RowCells row) {
        String code = row.required("location");
        return code == null ? null : lookUp(row, "location", code, locations, catalog::location);
    }

    Long supplier(RowCells row) {
        String code = row.text("supplier");
        return code == null ? null : lookUp(row, "supplier", code, suppliers,
                known -> catalog.party(known, PartyRole.SUPPLIER, "supplier").id());
    }

    /** The plant code of the site a location belongs to: it may stand in lot numbers. */
    String plantCode(Location location) {
        return plantCodes.computeIfAbsent(location.site(), site -> catalog.site(site).plantCode());
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookUp(RowCells row, String column, String code, Map<String, Object> known,
                                Function<String, T> find) {
        Object found = known.computeIfAbsent(code, key -> {
            try {
                return find.apply(key);
            } catch (LotlineException refused) {
                return refused;
            }
        });
        if (found instanceof LotlineException refused) {
            row.refused(refused, column);
            return null;
        }
        return (T) found;
    }
}

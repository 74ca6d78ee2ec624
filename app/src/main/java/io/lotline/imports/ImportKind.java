package io.lotline.imports;

import io.lotline.shared.InvalidInput;
import java.util.Arrays;

/** What a file brings in, named in the URL as {@code items}, {@code opening-stock} and so on. */
public enum ImportKind {
    CATEGORIES, ITEMS, PARTIES, SITES, WAREHOUSES, LOCATIONS, OPENING_STOCK;

    public String path() {
        return name().toLowerCase().replace('_', '-');
    }

    public static ImportKind ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path().equals(path)).findFirst()
                .orElseThrow(() -> new InvalidInput("kind", path, "import-kind",
                        "An import is one of " + Arrays.stream(values()).map(ImportKind::path).toList()));
    }
}

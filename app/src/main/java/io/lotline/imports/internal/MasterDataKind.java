package io.lotline.imports.internal;

import io.lotline.catalog.Catalog;
import io.lotline.imports.ImportKind;
import java.util.List;

/**
 * One kind of master data as rows of a file: its columns, and how a row is registered through the catalog. A row
 * whose cells do not read is not registered; the catalog's own refusals (a duplicate code, an unknown category)
 * name the row's column.
 */
record MasterDataKind(ImportKind kind, List<Column> columns, Registration registration) {
    MasterDataKind {
        columns = List.copyOf(columns);
    }

    /** Reads a row and registers what it describes; reads nothing further once a cell did not read. */
    interface Registration {
        void register(RowCells row, Catalog catalog);
    }

    /**
     * The column a refusal's field came from ({@code address.street} from street, {@code recallContact.name} from
     * recallContactName), or null when it names none.
     */
    String columnOf(String field) {
        if (field == null) {
            return null;
        }
        String joined = field.replaceAll("\\[\\d+]", "");
        StringBuilder camel = new StringBuilder();
        for (String part : joined.split("\\.")) {
            camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        String last = joined.substring(joined.lastIndexOf('.') + 1);
        for (String candidate : List.of(field, camel.toString(), last)) {
            if (columns.stream().anyMatch(column -> column.name().equals(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}

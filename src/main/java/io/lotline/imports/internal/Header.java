package io.lotline.imports.internal;

import io.lotline.imports.RowProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row held against the columns of a kind: every required column is there, no column is unknown or given
 * twice. Names match without regard to case; the order is free.
 */
final class Header {
    private final Map<String, Integer> index = new HashMap<>();

    private Header() {
    }

    static Header check(List<String> header, List<Column> columns, List<RowProblem> problems) {
        Header checked = new Header();
        Map<String, String> known = new HashMap<>();
        columns.forEach(column -> known.put(key(column.name()), column.name()));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null) {
                continue;
            }
            String column = known.get(key(name));
            if (column == null) {
                problems.add(new RowProblem(1, name, name, "known-column", "The column '" + name
                        + "' is not part of this import; its columns are " + columns.stream().map(Column::name)
                        .toList()));
            } else if (checked.index.putIfAbsent(column, i) != null) {
                problems.add(new RowProblem(1, column, name, "column-once", "The column '" + column
                        + "' is named twice"));
            }
        }
        for (Column column : columns) {
            if (column.required() && !checked.index.containsKey(column.name())) {
                problems.add(new RowProblem(1, column.name(), null, "required-column",
                        "The column '" + column.name() + "' is required"));
            }
        }
        return checked;
    }

    String value(Table.Row row, String column) {
        Integer at = index.get(column);
        return at == null ? null : row.cell(at);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

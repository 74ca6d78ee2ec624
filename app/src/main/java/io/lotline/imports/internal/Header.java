package io.lotline.imports.internal;

import io.lotline.imports.RowProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row held against the columns of a kind: every required column is there, no column is unknown or given
 * twice. Names match without regard to case; the order is free. A kind may also take any number of columns named by
 * a prefix ({@code attribute.origin}): the prefix matches without regard to case, the name after it as written.
 */
final class Header {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> prefixed = new ArrayList<>();

    private Header() {
    }

    static Header check(List<String> header, List<Column> columns, List<RowProblem> problems) {
        return check(header, columns, null, problems);
    }

    static Header check(List<String> header, List<Column> columns, String prefix, List<RowProblem> problems) {
        Header checked = new Header();
        Map<String, String> known = new HashMap<>();
        columns.forEach(column -> known.put(key(column.name()), column.name()));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null) {
                continue;
            }
            String column = known.get(key(name));
            if (column == null && prefix != null && key(name).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                column = prefix + name.strip().substring(prefix.length());
                if (column.length() == prefix.length()) {
                    problems.add(new RowProblem(1, name, name, "named-column", "A column '" + prefix
                            + "<name>' names what it holds after the '" + prefix + "'"));
                    continue;
                }
                if (checked.index.putIfAbsent(column, i) == null) {
                    checked.prefixed.add(column);
                } else {
                    problems.add(new RowProblem(1, column, name, "column-once", "The column '" + column
                            + "' is named twice"));
                }
            } else if (column == null) {
                problems.add(new RowProblem(1, name, name, "known-column", "The column '" + name
                        + "' is not part of this import; its columns are " + columns.stream().map(Column::name)
                        .toList() + (prefix == null ? "" : " and any " + prefix + "<name>")));
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

    /** The columns named by the prefix, in the order of the header. */
    List<String> prefixed() {
        return List.copyOf(prefixed);
    }

    String value(Table.Row row, String column) {
        Integer at = index.get(column);
        return at == null ? null : row.cell(at);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

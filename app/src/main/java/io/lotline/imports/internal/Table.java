package io.lotline.imports.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A file as read: its header row and the rows below it, blank rows left out; a blank cell is null. */
record Table(List<String> header, List<Row> rows) {
    Table {
        header = Collections.unmodifiableList(new ArrayList<>(header));
        rows = List.copyOf(rows);
    }

    /** One row: its line as a spreadsheet numbers it (the header is line 1) and its cells as text. */
    record Row(int line, List<String> cells) {
        Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}

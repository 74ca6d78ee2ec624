package io.lotline.epcis.internal;

import io.lotline.shared.jdbc.BulkRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What one capture holds back for its next round trips: the rows of its events, written in batches with
 * {@link BulkRows} (the events first, their ids taken back, then the rows that name them), and answers of the database
 * looked up for many events at once. Reads of captured rows write what is held first, so a capture always sees its
 * own events; answers about captured rows are kept for the events read ahead only, answers of the catalog for the
 * whole capture (it reads master data as it was when it began).
 */
final class CaptureBatch implements AutoCloseable {
    /** Beyond this many remembered answers of the catalog, the oldest are looked up again. */
    private static final int REMEMBERED = 10_000;

    private final BulkRows bulk;
    private final Runnable closing;
    private boolean atOnce;
    private Table eventTable;
    private final List<EventRow> eventRows = new ArrayList<>();
    private final List<Object[]> eventValues = new ArrayList<>();
    private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<Object, Object> ahead = new HashMap<>();
    private final Map<Object, Object> catalog = new LinkedHashMap<>();
    private CapturedEvent bodyOf;
    private JsonNode body;

    CaptureBatch(JdbcTemplate jdbc, boolean postgres, Runnable closing) {
        this.bulk = new BulkRows(jdbc, postgres);
        this.closing = closing;
    }

    /** This batch writes every row as it is added: there is no capture to write them at the end of. */
    CaptureBatch writingAtOnce() {
        atOnce = true;
        return this;
    }

    /** Holds an event's row of {@code table} with values for {@code columns}; its id is set when it is written. */
    EventRow event(String table, String columns, Object... values) {
        Table into = new Table(table, columns);
        if (eventTable != null && !eventTable.equals(into)) {
            flush();
        }
        eventTable = into;
        EventRow row = new EventRow();
        eventRows.add(row);
        eventValues.add(values);
        if (atOnce) {
            flush();
        }
        return row;
    }

    /** Holds a row of {@code table} with values for {@code columns} (comma-separated); an event is given as its row. */
    void add(String table, String columns, Object... values) {
        rows.computeIfAbsent(new Table(table, columns), key -> new ArrayList<>()).add(values);
        if (atOnce) {
            flush();
        }
    }

    /** Writes what is held: the events first, then the rows that name them. */
    void flush() {
        if (!eventRows.isEmpty()) {
            writeEvents();
        }
        rows.forEach((table, held) -> {
            held.forEach(CaptureBatch::resolve);
            bulk.write(table.name(), table.columns(), held);
        });
        rows.clear();
    }

    private void writeEvents() {
        long[] ids = bulk.writeWithIds(eventTable.name(), eventTable.columns(), eventValues);
        for (int i = 0; i < ids.length; i++) {
            eventRows.get(i).written(ids[i]);
        }
        eventRows.clear();
        eventValues.clear();
    }

    private static void resolve(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof EventRow row) {
                values[i] = row.id();
            }
        }
    }

    /** The answer to a question about captured rows for the events read ahead, looked up if it was not. */
    @SuppressWarnings("unchecked")
    <T> T ahead(Object question, Supplier<T> lookup) {
        if (ahead.containsKey(question)) {
            return (T) ahead.get(question);
        }
        T answer = lookup.get();
        ahead.put(question, answer);
        return answer;
    }

    /** Remembers answers looked up for the events read ahead, forgetting those of the events before them. */
    void lookedAhead(Map<?, ?> answers) {
        ahead.clear();
        ahead.putAll(answers);
    }

    /** Records what the capture changed in an answer about captured rows, as a key it has now captured. */
    void learned(Object question, Object answer) {
        ahead.put(question, answer);
    }

    /** The tree of the event being captured, read once however often it is asked for. */
    JsonNode body(CapturedEvent event, Function<String, JsonNode> read) {
        if (bodyOf != event) {
            body = event.body(read);
            bodyOf = event;
        }
        return body;
    }

    /** The catalog's answer to a question, looked up once per capture. */
    @SuppressWarnings("unchecked")
    <T> T catalog(Object question, Supplier<T> lookup) {
        if (catalog.containsKey(question)) {
            return (T) catalog.get(question);
        }
        T answer = lookup.get();
        if (catalog.size() >= REMEMBERED) {
            catalog.remove(catalog.keySet().iterator().next());
        }
        catalog.put(question, answer);
        return answer;
    }

    private record Table(String name, String columns) {
    }

    /** Drops what is held: a capture that ends without writing it has been refused, and rolls back. */
    @Override
    public void close() {
        eventRows.clear();
        eventValues.clear();
        rows.clear();
        closing.run();
    }
}

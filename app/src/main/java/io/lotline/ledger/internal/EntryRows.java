package io.lotline.ledger.internal;

import io.lotline.ledger.domain.ChainedEntry;
import io.lotline.shared.jdbc.BulkRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes chained entries in bulk ({@link BulkRows}: COPY on PostgreSQL, JDBC batches on H2). The ids the database
 * gives them are read back by chain position.
 */
@Repository
class EntryRows {
    private static final String COLUMNS = """
            seq, command_id, entry_type, lot_id, item_id, quantity, unit, base_quantity, from_location_id,
            from_container_id, to_location_id, to_container_id, party_id, purchase_order, customer_order,
            shipment_ref, production_order, delivery_note, reason_code, note, attribute, old_value, new_value,
            corrects_entry_id, serials, actor, occurred_at, recorded_at, prev_hash, hash""";
    private static final int CHUNK = 10_000;

    private final BulkRows writer;
    private final JdbcClient jdbc;

    EntryRows(JdbcTemplate template, JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.writer = new BulkRows(template, connection.getMetaData().getDatabaseProductName().toLowerCase()
                    .contains("postgres"));
        }
    }

    void insert(List<ChainedEntry> entries, List<String> hashes) {
        for (int from = 0; from < entries.size(); from += CHUNK) {
            int to = Math.min(entries.size(), from + CHUNK);
            List<Object[]> rows = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                rows.add(values(entries.get(i), hashes.get(i)));
            }
            writer.write("ledger_entries", COLUMNS, rows);
        }
    }

    /** The ids of the entries at chain positions {@code first} to {@code last}, in chain order. */
    long[] ids(long first, long last) {
        long[] ids = new long[Math.toIntExact(last - first + 1)];
        int[] next = {0};
        jdbc.sql("select id from ledger_entries where seq between ? and ? order by seq").params(first, last)
                .query(rs -> {
                    ids[next[0]++] = rs.getLong(1);
                });
        if (next[0] != ids.length) {
            throw new IllegalStateException("Expected " + ids.length + " entries at positions " + first + "-" + last
                    + ", found " + next[0]);
        }
        return ids;
    }

    private static Object[] values(ChainedEntry e, String hash) {
        return new Object[] {e.seq(), e.commandId(), e.type(), e.lotId(), e.itemId(), e.quantity(), e.unit(),
                e.baseQuantity(), e.fromLocationId(), e.fromContainerId(), e.toLocationId(), e.toContainerId(),
                e.partyId(), e.purchaseOrder(), e.customerOrder(), e.shipment(), e.productionOrder(),
                e.deliveryNote(), e.reasonCode(), e.note(), e.attribute(), e.oldValue(), e.newValue(),
                e.correctsEntryId(), e.serials(), e.actor(), utc(e.occurredAt()), utc(e.recordedAt()), e.prevHash(),
                hash};
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

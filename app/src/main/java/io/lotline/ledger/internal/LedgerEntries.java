package io.lotline.ledger.internal;

import io.lotline.ledger.AttributeChange;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Place;
import io.lotline.ledger.References;
import io.lotline.ledger.domain.ChainedEntry;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only table of entries, and the head of the audit chain. SQL for the views is in entries.sql. */
@Repository
class LedgerEntries {
    private static final String VIEW = SqlResource.load(LedgerEntries.class, "entries.sql");

    private final JdbcClient jdbc;

    LedgerEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ChainHead(long seq, String hash) {
    }

    /** Locks the head of the chain: entries are chained one transaction at a time, in commit order. */
    ChainHead lockHead() {
        return jdbc.sql("select seq, hash from ledger_chain where id = 1 for update")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * What a customer holds of a lot by the books, in the item's base unit: what was shipped to it, less what it
     * returned, each net of its reversals.
     */
    BigDecimal heldByCustomer(long lotId, long partyId) {
        return jdbc.sql("""
                        select coalesce(sum(case
                                   when e.entry_type = 'SHIPMENT' then e.base_quantity
                                   when e.entry_type = 'RETURN' then -e.base_quantity
                                   when o.entry_type = 'SHIPMENT' then -e.base_quantity
                                   when o.entry_type = 'RETURN' then e.base_quantity
                                   else 0 end), 0)
                          from ledger_entries e
                          left join ledger_entries o on o.id = e.corrects_entry_id
                         where e.lot_id = ? and e.party_id = ?
                           and e.entry_type in ('SHIPMENT', 'RETURN', 'CORRECTION')""")
                .params(lotId, partyId).query(BigDecimal.class).single();
    }

    ChainHead head() {
        return jdbc.sql("select seq, hash from ledger_chain where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /** The stored hash at each of the positions that holds an entry. */
    Map<Long, String> hashesAt(Collection<Long> seqs) {
        Map<Long, String> hashes = new HashMap<>();
        List<Long> all = List.copyOf(seqs);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select seq, hash from ledger_entries where seq in (:seqs)")
                    .param("seqs", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(rs -> {
                        hashes.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return hashes;
    }

    /** The highest position that holds an entry (0 for an empty ledger). */
    long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from ledger_entries").query(Long.class).single();
    }

    void moveHead(ChainHead head) {
        jdbc.sql("update ledger_chain set seq = ?, hash = ? where id = 1").params(head.seq(), head.hash()).update();
    }

    long insert(ChainedEntry e, String hash) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ledger_entries (seq, command_id, entry_type, lot_id, item_id, quantity, unit,
                            base_quantity, from_location_id, from_container_id, to_location_id, to_container_id,
                            party_id, purchase_order, customer_order, shipment_ref, production_order, delivery_note,
                            reason_code, note, attribute, old_value, new_value, corrects_entry_id, serials, actor,
                            occurred_at, recorded_at, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.seq(), e.commandId(), e.type(), e.lotId(), e.itemId(), e.quantity(), e.unit(),
                        e.baseQuantity(), e.fromLocationId(), e.fromContainerId(), e.toLocationId(),
                        e.toContainerId(), e.partyId(), e.purchaseOrder(), e.customerOrder(), e.shipment(),
                        e.productionOrder(), e.deliveryNote(), e.reasonCode(), e.note(), e.attribute(),
                        e.oldValue(), e.newValue(), e.correctsEntryId(), e.serials(), e.actor(),
                        utc(e.occurredAt()), utc(e.recordedAt()), e.prevHash(), hash)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<Entry> byCommand(String commandId) {
        return jdbc.sql(VIEW + " where e.command_id = ? order by e.seq").param(commandId).query(this::map).list();
    }

    List<Entry> byLot(long lotId) {
        return jdbc.sql(VIEW + " where e.lot_id = ? order by e.seq").param(lotId).query(this::map).list();
    }

    /** What an order consumed and made and still stands: an entry reversed since is left out with its reversal. */
    List<Entry> byProductionOrder(String productionOrder) {
        return jdbc.sql(VIEW + "\n" + """
                         where e.production_order = ?
                           and not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
                         order by e.seq""").param(productionOrder)
                .query(this::map).list();
    }

    Optional<Entry> byId(long id) {
        return jdbc.sql(VIEW + " where e.id = ?").param(id).query(this::map).optional();
    }

    /** The lot's latest status change, the one its status comes from. */
    Optional<Entry> latestStatusChange(long lotId) {
        return jdbc.sql(VIEW + " where e.lot_id = ? and e.entry_type = 'STATUS_CHANGE' order by e.seq desc"
                + " fetch first 1 rows only").param(lotId).query(this::map).optional();
    }

    boolean isReversed(long entryId) {
        return jdbc.sql("select count(*) from ledger_entries where corrects_entry_id = ?").param(entryId)
                .query(Long.class).single() > 0;
    }

    /** Feeds every stored entry, in chain order, with its stored hash, to the verifier. */
    void inChainOrder(Consumer<StoredEntry> verifier) {
        jdbc.sql("select * from ledger_entries order by seq").withFetchSize(1000)
                .query(rs -> {
                    verifier.accept(new StoredEntry(rs.getLong("id"), chained(rs), rs.getString("hash")));
                });
    }

    record StoredEntry(long id, ChainedEntry entry, String hash) {
    }

    private static ChainedEntry chained(ResultSet rs) throws SQLException {
        return new ChainedEntry(rs.getLong("seq"), rs.getString("command_id"), rs.getString("entry_type"),
                rs.getLong("lot_id"), rs.getLong("item_id"), rs.getBigDecimal("quantity"), rs.getString("unit"),
                rs.getBigDecimal("base_quantity"), rs.getObject("from_location_id", Long.class),
                rs.getObject("from_container_id", Long.class), rs.getObject("to_location_id", Long.class),
                rs.getObject("to_container_id", Long.class), rs.getObject("party_id", Long.class),
                rs.getString("purchase_order"), rs.getString("customer_order"), rs.getString("shipment_ref"),
                rs.getString("production_order"), rs.getString("delivery_note"), rs.getString("reason_code"),
                rs.getString("note"), rs.getString("attribute"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getObject("corrects_entry_id", Long.class), rs.getString("serials"),
                rs.getString("actor"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                rs.getString("prev_hash"));
    }

    private Entry map(ResultSet rs, int row) throws SQLException {
        BigDecimal quantity = rs.getBigDecimal("quantity");
        String serials = rs.getString("serials");
        return new Entry(rs.getLong("id"), rs.getLong("seq"), rs.getString("command_id"),
                EntryType.valueOf(rs.getString("entry_type")), rs.getString("lot_number"), rs.getString("sku"),
                quantity == null ? null : new Quantity(quantity, new UnitOfMeasure(rs.getString("unit"))),
                quantity == null ? null : new Quantity(rs.getBigDecimal("base_quantity"),
                        new UnitOfMeasure(rs.getString("base_unit"))),
                place(rs.getString("from_location"), rs.getString("from_pallet")),
                place(rs.getString("to_location"), rs.getString("to_pallet")), rs.getString("party_code"),
                new References(rs.getString("purchase_order"), rs.getString("customer_order"),
                        rs.getString("shipment_ref"), rs.getString("production_order"),
                        rs.getString("delivery_note")),
                rs.getString("reason_code"), rs.getString("note"),
                rs.getString("attribute") == null ? null : new AttributeChange(rs.getString("attribute"),
                        rs.getString("old_value"), rs.getString("new_value")),
                rs.getObject("corrects_entry_id", Long.class),
                serials == null ? List.of() : Arrays.asList(serials.split("\n")), rs.getString("actor"),
                instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("hash"));
    }

    private static Place place(String location, String pallet) {
        return location == null ? null : new Place(location, pallet);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package io.lotline.bench.internal;

import io.lotline.bench.internal.StockLayout.PlannedLot;
import io.lotline.catalog.PartyRole;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.BulkAppend;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.ledger.Posting;
import io.lotline.ledger.References;
import io.lotline.shared.Quantity;
import io.lotline.shared.jdbc.BulkRows;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stock the allocation scenarios take from, loaded the way the network is: a picking warehouse of the run
 * ({@code BR7-PK}) with pickable racks, a supplier and customers; the A1 item with 200 lots; the A2 items; and, while
 * the balance table holds fewer rows than asked, the lots of other items (see {@link StockLayout}). Lots are written
 * in bulk, released, and received and spread over their racks through the ledger's bulk path, so every balance row
 * is the sum of its entries. Every item is picked FEFO.
 */
@Component
class PickingStock {
    static final int RACKS = 40;
    static final int A2_ITEMS = 100;
    static final int A2_LOTS_PER_ITEM = 40;
    static final int CUSTOMERS = 20;
    private static final int CHUNK = 50_000;

    private final MasterData master;
    private final BulkAppend ledger;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BulkRows writer;
    private final CurrentActor actor;

    PickingStock(MasterData master, BulkAppend ledger, JdbcClient jdbc, JdbcTemplate template,
                 TransactionTemplate transaction, DatabaseFacts database, CurrentActor actor) {
        this.master = master;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.writer = new BulkRows(template, database.isPostgres());
        this.actor = actor;
    }

    /** The warehouse as loaded: its customers and items, and the balance rows of the whole table afterwards. */
    record Stock(String site, List<String> customers, String a1Item, List<String> a2Items, long lots,
                 long fillerLots, long balanceRows, double seconds) {
    }

    /**
     * Loads stock for {@code pickLines} A2 lines of at most {@code lineMaxKg} each (each A2 item holds at least twice
     * what its share of the lines could ask for), and enough other stock that the balance table holds
     * {@code balanceRows} rows.
     */
    Stock load(String prefix, int pickLines, int lineMaxKg, long balanceRows, long seed, int batchEntries, Instant now) {
        long started = System.nanoTime();
        String site = prefix + "-PK";
        long rowsBefore = jdbc.sql("select count(*) from stock_balances").query(Long.class).single();
        long a2Kg = Math.max(100, 2L * lineMaxKg * pickLines / A2_ITEMS / A2_LOTS_PER_ITEM + 1);
        StockLayout plain = new StockLayout(A2_ITEMS, A2_LOTS_PER_ITEM, a2Kg * 1000, 0, seed);
        long missing = balanceRows - rowsBefore - plain.balanceRows();
        long filler = missing <= 0 ? 0 : (missing + StockLayout.FILLER_PLACES - 1) / StockLayout.FILLER_PLACES;
        StockLayout layout = new StockLayout(A2_ITEMS, A2_LOTS_PER_ITEM, a2Kg * 1000, filler, seed);

        long[] racks = master.pickingWarehouse(site, RACKS);
        long supplier = master.party(site + "-SUP", PartyRole.SUPPLIER, "Supplier of the picking warehouse");
        List<String> customers = new ArrayList<>();
        for (int c = 1; c <= CUSTOMERS; c++) {
            String code = String.format("%s-CUS-%02d", site, c);
            master.party(code, PartyRole.CUSTOMER, "Picking customer " + c);
            customers.add(code);
        }
        List<String> skus = new ArrayList<>();
        long[] items = new long[layout.items()];
        for (int i = 0; i < items.length; i++) {
            String sku = i == 0 ? site + "-A1" : i <= A2_ITEMS ? String.format("%s-A2-%03d", site, i)
                    : String.format("%s-F-%04d", site, i - A2_ITEMS);
            items[i] = master.pickedItem(sku, i == 0 ? "A1" : i <= A2_ITEMS ? "A2" : "other");
            skus.add(sku);
        }
        long[] lotIds = lots(site, layout, items, supplier, now);
        book(layout, lotIds, items, racks, supplier, site, batchEntries, now);
        long rowsAfter = jdbc.sql("select count(*) from stock_balances").query(Long.class).single();
        return new Stock(site, List.copyOf(customers), skus.get(0), List.copyOf(skus.subList(1, 1 + A2_ITEMS)),
                layout.lots(), filler, rowsAfter, DatasetLoader.seconds(System.nanoTime() - started));
    }

    /** Writes the lots, released, and returns their ids by index. */
    private long[] lots(String site, StockLayout layout, long[] items, long supplier, Instant now) {
        String who = actor.current().username();
        inChunks(layout.lots(), "lots", "lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order, "
                + "production_date, expiry_date, created_at, created_by", index -> {
                    PlannedLot lot = layout.lot(index, now, RACKS);
                    return new Object[] {lotNumber(site, index), items[lot.item()], "RECEIPT", "SL-" + index,
                            supplier, site + "-PO", lot.produced(), lot.expiry(),
                            lot.receivedAt().atOffset(ZoneOffset.UTC), who};
                });
        long[] ids = new long[Math.toIntExact(layout.lots())];
        jdbc.sql("select id, lot_number from lots where lot_number like ?").param(site + "-L-%")
                .query(rs -> {
                    ids[RunCodes.index(rs.getString(2))] = rs.getLong(1);
                });
        inChunks(layout.lots(), "lot_states", "lot_id, status, production_date, expiry_date, supplier_lot",
                index -> {
                    PlannedLot lot = layout.lot(index, now, RACKS);
                    return new Object[] {ids[index], "RELEASED", lot.produced(), lot.expiry(), "SL-" + index};
                });
        return ids;
    }

    /** Receives every lot onto its rack and spreads the lots of other items over the next racks. */
    private void book(StockLayout layout, long[] lotIds, long[] items, long[] racks, long supplier, String site,
                      int batchEntries, Instant now) {
        List<List<Posting>> commands = new ArrayList<>();
        int entries = 0;
        for (int index = 0; index < layout.lots(); index++) {
            PlannedLot lot = layout.lot(index, now, RACKS);
            long lotId = lotIds[index];
            long itemId = items[lot.item()];
            PlaceIds rack = new PlaceIds(racks[lot.rack()], 0);
            commands.add(List.of(Posting.receipt(lotId, itemId, kg(lot.grams()), kg(lot.grams()), rack, supplier,
                    new References(site + "-PO", null, null, null, site + "-DN-" + index), lot.receivedAt())));
            for (int place = 1; place < lot.places(); place++) {
                Quantity part = kg(lot.grams() / lot.places());
                commands.add(List.of(Posting.transfer(lotId, itemId, part, part, rack,
                        new PlaceIds(racks[(lot.rack() + place) % RACKS], 0), lot.receivedAt().plusSeconds(place * 3600L))));
            }
            entries += lot.places();
            if (entries >= batchEntries || index == layout.lots() - 1) {
                List<List<Posting>> batch = List.copyOf(commands);
                transaction.executeWithoutResult(status -> ledger.append(batch));
                commands.clear();
                entries = 0;
            }
        }
    }

    static String lotNumber(String site, int index) {
        return site + "-L-" + String.format("%08d", index);
    }

    private static Quantity kg(long grams) {
        return new Quantity(Postings.amount(grams), MasterData.KG);
    }

    private void inChunks(long count, String table, String columns, IntFunction<Object[]> row) {
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (int index = 0; index < count; index++) {
            rows.add(row.apply(index));
            if (rows.size() == CHUNK || index == count - 1) {
                List<Object[]> chunk = List.copyOf(rows);
                transaction.executeWithoutResult(status -> writer.write(table, columns, chunk));
                rows.clear();
            }
        }
    }
}

package io.lotline.bench.internal;

import io.lotline.bench.internal.MasterData.Registered;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.shared.jdbc.BulkRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows a network needs before its entries: every lot with its state (released), a pallet for every pallet lot,
 * and a completed production order for every order and split. Written in bulk, a chunk per transaction; the ids the
 * database gives them are read back by code.
 */
final class LotRows {
    private static final int CHUNK = 50_000;
    private static final String LOT_COLUMNS = "lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order, "
            + "production_date, expiry_date, created_at, created_by";
    private static final String ORDER_COLUMNS = "code, kind, output_item_id, planned_quantity, line_code, site_code, "
            + "status, created_at, created_by, completed_at, actual_quantity, yield_percent";

    private final JdbcClient jdbc;
    private final BulkRows writer;
    private final TransactionTemplate transaction;
    private final Network net;
    private final RunCodes codes;
    private final String actor;

    LotRows(JdbcClient jdbc, BulkRows writer, TransactionTemplate transaction, Network net, RunCodes codes,
            String actor) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.transaction = transaction;
        this.net = net;
        this.codes = codes;
        this.actor = actor;
    }

    /** Writes the lots and their states; returns their ids by network index. */
    long[] lots(Registered master) {
        inChunks("lots", LOT_COLUMNS, lot -> lotRow(lot, master));
        long[] ids = readBack("select id, lot_number from lots where lot_number like ?", index -> codes.lotNumbers(index));
        inChunks("lot_states", "lot_id, status, production_date, expiry_date, supplier_lot",
                lot -> new Object[] {ids[lot], "RELEASED", produced(lot), expiry(lot), supplierLot(lot)});
        return ids;
    }

    /** Registers a pallet (licence plate) for every pallet lot; returns the container id by lot index, 0 for none. */
    long[] pallets() {
        inChunks("containers", "code, kind",
                lot -> net.kind(lot) == Kind.PALLET ? new Object[] {codes.document(lot, "PAL"), "LICENCE_PLATE"} : null);
        return readBack("select id, code from containers where code like ?", index -> codes.documents(index, "PAL"));
    }

    void productionOrders(Registered master) {
        inChunks("production_orders", ORDER_COLUMNS, lot -> {
            if (net.kind(lot) == Kind.MADE) {
                return new Object[] {codes.document(lot, "MO"), "PRODUCTION", master.items()[net.item[lot]],
                        Postings.amount(net.quantity[lot]), "L1", master.plants().get(net.shape[lot]).site(),
                        "COMPLETED", time(net.time[lot]), actor, time(net.time[lot] + 2 * ShapeBuilder.HOUR),
                        Postings.amount(net.quantity[lot]), new BigDecimal("100.000")};
            }
            if (net.kind(lot) == Kind.PALLET && net.parent(lot, 0) != (lot > 0 ? net.parent(lot - 1, 0) : -1)) {
                int finished = net.parent(lot, 0);
                return new Object[] {codes.document(finished, "SP"), "SPLIT", master.items()[net.item[finished]],
                        null, null, master.plants().get(net.shape[lot]).site(), "COMPLETED",
                        time(net.firstUse[finished]), actor, time(net.firstUse[finished]), null, null};
            }
            return null;
        });
    }

    private Object[] lotRow(int lot, Registered master) {
        boolean received = net.kind(lot) == Kind.RAW || net.kind(lot) == Kind.BULK;
        return new Object[] {codes.lotNumber(lot), master.items()[net.item[lot]], received ? "RECEIPT" : "PRODUCTION",
                supplierLot(lot), received ? master.supplierOf(net.item[lot], lot) : null,
                received ? codes.document(lot, "PO") : null, produced(lot), expiry(lot), time(net.time[lot]), actor};
    }

    /** A split part keeps its source's dates and supplier lot; a supplier made its lot a few days before sending it. */
    private LocalDate produced(int lot) {
        int source = net.kind(lot) == Kind.PALLET ? net.parent(lot, 0) : lot;
        long day = net.time[source] - (net.kind(source) == Kind.MADE ? 0 : 5 * ShapeBuilder.DAY);
        return LocalDate.ofEpochDay(Math.floorDiv(day, ShapeBuilder.DAY));
    }

    private LocalDate expiry(int lot) {
        return produced(lot).plusDays(net.itemOf(lot).shelfLifeDays());
    }

    private String supplierLot(int lot) {
        Kind kind = net.kind(lot);
        return kind == Kind.RAW || kind == Kind.BULK ? "SL-" + Long.toString(lot * 7919L + 104729, 36).toUpperCase()
                : null;
    }

    private static OffsetDateTime time(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC);
    }

    private void inChunks(String table, String columns, IntFunction<Object[]> row) {
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (int lot = 0; lot < net.size; lot++) {
            Object[] values = row.apply(lot);
            if (values != null) {
                rows.add(values);
            }
            if (rows.size() == CHUNK || lot == net.size - 1) {
                List<Object[]> chunk = List.copyOf(rows);
                transaction.executeWithoutResult(status -> writer.write(table, columns, chunk));
                rows.clear();
            }
        }
    }

    /** Ids by network index, read back shape by shape through the index at the end of each code. */
    private long[] readBack(String sql, IntFunction<String> pattern) {
        long[] ids = new long[net.size];
        for (int shape = 0; shape < net.shapes.size(); shape++) {
            jdbc.sql(sql).param(pattern.apply(shape)).query(rs -> {
                ids[RunCodes.index(rs.getString(2))] = rs.getLong(1);
            });
        }
        return ids;
    }
}

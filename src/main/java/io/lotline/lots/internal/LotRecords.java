package io.lotline.lots.internal;

import io.lotline.lots.Lot;
import io.lotline.lots.LotOrigin;
import io.lotline.lots.LotStatus;
import io.lotline.lots.NewLot;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Lots as confirmed, joined with their current state. */
@Repository
class LotRecords {
    private static final String SELECT = """
            select l.id, l.lot_number, l.item_id, i.sku, l.origin, s.supplier_lot, l.supplier_id, l.purchase_order,
                   s.production_date, s.expiry_date, s.status, s.held_by_recall, l.created_at, l.created_by
              from lots l join lot_states s on s.lot_id = l.id join items i on i.id = l.item_id
            """;

    private static final String INSERT_LOT = """
            insert into lots (lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order, production_date,
                              expiry_date, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_STATE = """
            insert into lot_states (lot_id, status, production_date, expiry_date, supplier_lot)
            values (?, ?, ?, ?, ?)""";
    private static final String INSERT_CERTIFICATE = "insert into lot_certificates (lot_id, reference) values (?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LotRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(NewLot lot, String number, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into lots (lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order,
                                          production_date, expiry_date, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, lot.itemId(), lot.origin().name(), lot.supplierLot(), lot.supplierId(),
                        lot.purchaseOrder(), lot.productionDate(), lot.expiryDate(), now.atOffset(ZoneOffset.UTC),
                        actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("""
                        insert into lot_states (lot_id, status, production_date, expiry_date, supplier_lot)
                        values (?, ?, ?, ?, ?)""")
                .params(id, lot.status().name(), lot.productionDate(), lot.expiryDate(), lot.supplierLot()).update();
        for (String certificate : lot.certificates().stream().distinct().toList()) {
            jdbc.sql("insert into lot_certificates (lot_id, reference) values (?, ?)").params(id, certificate).update();
        }
        return id;
    }

    /**
     * Stores many lots in three batched statements (lots, their states, their certificates) and answers their ids in
     * the order given.
     */
    List<Long> insertAll(List<NewLot> lots, List<String> numbers, Instant now, String actor) {
        if (lots.isEmpty()) {
            return List.of();
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(lots.size());
        for (int i = 0; i < lots.size(); i++) {
            NewLot lot = lots.get(i);
            rows.add(new Object[] {numbers.get(i), lot.itemId(), lot.origin().name(), lot.supplierLot(),
                    lot.supplierId(), lot.purchaseOrder(), lot.productionDate(), lot.expiryDate(), at, actor});
        }
        List<Long> ids = batch(INSERT_LOT, rows, true);
        List<Object[]> states = new ArrayList<>(lots.size());
        List<Object[]> certificates = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            NewLot lot = lots.get(i);
            states.add(new Object[] {ids.get(i), lot.status().name(), lot.productionDate(), lot.expiryDate(),
                    lot.supplierLot()});
            for (String certificate : lot.certificates().stream().distinct().toList()) {
                certificates.add(new Object[] {ids.get(i), certificate});
            }
        }
        batch(INSERT_STATE, states, false);
        batch(INSERT_CERTIFICATE, certificates, false);
        return ids;
    }

    private List<Long> batch(String sql, List<Object[]> rows, boolean keys) {
        if (rows.isEmpty()) {
            return List.of();
        }
        BatchPreparedStatementSetter values = new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                new ArgumentPreparedStatementSetter(rows.get(i)).setValues(statement);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
        if (!keys) {
            template.batchUpdate(sql, values);
            return List.of();
        }
        KeyHolder generated = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {"id"}), values, generated);
        return generated.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue())
                .toList();
    }

    /** Which of these numbers some lot already has. */
    List<String> takenAmong(List<String> numbers) {
        List<String> taken = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += 1_000) {
            taken.addAll(jdbc.sql("select lot_number from lots where lot_number in (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1_000)))
                    .query(String.class).list());
        }
        return taken;
    }

    boolean numberTaken(String number) {
        return jdbc.sql("select count(*) from lots where lot_number = ?").param(number).query(Long.class).single() > 0;
    }

    Optional<Lot> byNumber(String number) {
        return jdbc.sql(SELECT + " where l.lot_number = ?").param(number).query(this::map).optional();
    }

    Optional<Lot> byId(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::map).optional();
    }

    List<Lot> bySupplierLot(String supplierLot) {
        return jdbc.sql(SELECT + " where s.supplier_lot = ? order by l.id").param(supplierLot).query(this::map).list();
    }

    Page<Lot> page(Long itemId, LotStatus status, PageRequest page) {
        String where = " where (cast(:item as bigint) is null or l.item_id = :item)"
                + " and (cast(:status as varchar) is null or s.status = :status)";
        List<Lot> lots = jdbc.sql(SELECT + where + " order by l.id desc limit :limit offset :offset")
                .param("item", itemId).param("status", status == null ? null : status.name())
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        long total = jdbc.sql("select count(*) from lots l join lot_states s on s.lot_id = l.id " + where)
                .param("item", itemId).param("status", status == null ? null : status.name())
                .query(Long.class).single();
        return new Page<>(lots, page.page(), page.size(), total);
    }

    /** A lot that leaves RECALLED is no longer held by a recall. */
    void updateStatus(long lotId, LotStatus status) {
        jdbc.sql("""
                        update lot_states set status = ?,
                               held_by_recall = case when ? = 'RECALLED' then held_by_recall end
                         where lot_id = ?""")
                .params(status.name(), status.name(), lotId).update();
    }

    void holdForRecall(long lotId, String recallCode) {
        jdbc.sql("update lot_states set held_by_recall = ? where lot_id = ? and status = 'RECALLED'")
                .params(recallCode, lotId).update();
    }

    void updateAttribute(long lotId, String column, Object value) {
        jdbc.sql("update lot_states set " + column + " = ? where lot_id = ?").params(value, lotId).update();
    }

    private List<String> certificates(long lotId) {
        return jdbc.sql("select reference from lot_certificates where lot_id = ? order by reference")
                .param(lotId).query(String.class).list();
    }

    private Lot map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new Lot(id, new LotNumber(rs.getString("lot_number")), rs.getLong("item_id"), rs.getString("sku"),
                LotOrigin.valueOf(rs.getString("origin")), rs.getString("supplier_lot"),
                rs.getObject("supplier_id", Long.class), rs.getString("purchase_order"),
                rs.getObject("production_date", LocalDate.class), rs.getObject("expiry_date", LocalDate.class),
                LotStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                certificates(id), rs.getString("held_by_recall"));
    }
}

package io.lotline.lots.internal;

import io.lotline.lots.Lot;
import io.lotline.lots.LotOrigin;
import io.lotline.lots.LotStatus;
import io.lotline.lots.NewLot;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Lots as confirmed, joined with their current state. */
@Repository
class LotRecords {
    private static final String SELECT = """
            select l.id, l.lot_number, l.item_id, i.sku, l.origin, s.supplier_lot, l.supplier_id, l.purchase_order,
                   s.production_date, s.expiry_date, s.status, s.held_by_recall, l.created_at, l.created_by,
                   l.batch_policy_id, p.version as batch_policy_version
              from lots l join lot_states s on s.lot_id = l.id join items i on i.id = l.item_id
              left join batch_policies p on p.id = l.batch_policy_id
            """;

    private final JdbcClient jdbc;

    LotRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewLot lot, String number, Long policyId, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into lots (lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order,
                                          production_date, expiry_date, created_at, created_by, batch_policy_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, lot.itemId(), lot.origin().name(), lot.supplierLot(), lot.supplierId(),
                        lot.purchaseOrder(), lot.productionDate(), lot.expiryDate(), now.atOffset(ZoneOffset.UTC),
                        actor, policyId)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("""
                        insert into lot_states (lot_id, status, production_date, expiry_date, supplier_lot)
                        values (?, ?, ?, ?, ?)""")
                .params(id, lot.status().name(), lot.productionDate(), lot.expiryDate(), lot.supplierLot()).update();
        for (String certificate : lot.certificates().stream().distinct().toList()) {
            jdbc.sql("insert into lot_certificates (lot_id, reference) values (?, ?)").params(id, certificate).update();
        }
        lot.attributes().forEach((name, value) -> jdbc.sql("""
                        insert into lot_attributes (lot_id, name, confirmed_value, current_value)
                        values (?, ?, ?, ?)""").params(id, name, value, value).update());
        return id;
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

    /** A page of lots, each carrying every one of {@code attributes} with exactly that value (as corrected). */
    Page<Lot> page(Long itemId, LotStatus status, Map<String, String> attributes, PageRequest page) {
        StringBuilder where = new StringBuilder(" where (cast(:item as bigint) is null or l.item_id = :item)"
                + " and (cast(:status as varchar) is null or s.status = :status)");
        Map<String, Object> params = new HashMap<>();
        params.put("item", itemId);
        params.put("status", status == null ? null : status.name());
        int n = 0;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            where.append(" and exists (select 1 from lot_attributes a where a.lot_id = l.id and a.name = :name")
                    .append(n).append(" and a.current_value = :value").append(n).append(")");
            params.put("name" + n, attribute.getKey());
            params.put("value" + n++, attribute.getValue());
        }
        List<Lot> lots = jdbc.sql(SELECT + where + " order by l.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        long total = jdbc.sql("select count(*) from lots l join lot_states s on s.lot_id = l.id " + where)
                .params(params).query(Long.class).single();
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

    /** A corrected value replaces the current one; an attribute the lot did not carry yet is added. */
    void updateBatchAttribute(long lotId, String name, String value) {
        int updated = jdbc.sql("update lot_attributes set current_value = ? where lot_id = ? and name = ?")
                .params(value, lotId, name).update();
        if (updated == 0) {
            jdbc.sql("insert into lot_attributes (lot_id, name, current_value) values (?, ?, ?)")
                    .params(lotId, name, value).update();
        }
    }

    private Map<String, String> attributes(long lotId) {
        Map<String, String> attributes = new TreeMap<>();
        jdbc.sql("select name, current_value from lot_attributes where lot_id = ?").param(lotId)
                .query(rs -> {
                    attributes.put(rs.getString("name"), rs.getString("current_value"));
                });
        return attributes;
    }

    private List<String> certificates(long lotId) {
        return jdbc.sql("select reference from lot_certificates where lot_id = ? order by reference")
                .param(lotId).query(String.class).list();
    }

    /** Only a lot born under a batch policy carries attributes: the others are not asked for them. */
    private Lot map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Long policy = rs.getObject("batch_policy_id", Long.class);
        return new Lot(id, new LotNumber(rs.getString("lot_number")), rs.getLong("item_id"), rs.getString("sku"),
                LotOrigin.valueOf(rs.getString("origin")), rs.getString("supplier_lot"),
                rs.getObject("supplier_id", Long.class), rs.getString("purchase_order"),
                rs.getObject("production_date", LocalDate.class), rs.getObject("expiry_date", LocalDate.class),
                LotStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                certificates(id), rs.getString("held_by_recall"), policy == null ? Map.of() : attributes(id),
                policy, rs.getObject("batch_policy_version", Integer.class));
    }
}

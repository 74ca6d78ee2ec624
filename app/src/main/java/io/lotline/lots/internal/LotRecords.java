package io.lotline.lots.internal;

import io.lotline.lots.Lot;
import io.lotline.lots.LotOrigin;
import io.lotline.lots.LotStatus;
import io.lotline.lots.NewLot;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");
    private static final String SELECT = """
            select l.id, l.lot_number, l.item_id, i.sku, l.origin, s.supplier_lot, l.supplier_id, l.purchase_order,
                   s.production_date, s.expiry_date, s.status, s.held_by_recall, l.created_at, l.created_by,
                   l.batch_policy_id, p.version as batch_policy_version,
                   (select array_agg(c.reference order by c.reference) from lot_certificates c
                     where c.lot_id = l.id) as certificates
              from lots l join lot_states s on s.lot_id = l.id join items i on i.id = l.item_id
              left join batch_policies p on p.id = l.batch_policy_id
            """;

    private static final String INSERT_LOTS = """
            insert into lots (lot_number, item_id, origin, supplier_lot, supplier_id, purchase_order, production_date,
                              expiry_date, created_at, created_by, batch_policy_id)
            select v.n, v.i, v.o, v.sl, v.s, v.po, v.pd, v.ed, :at, :actor, v.bp
              from unnest(cast(:numbers as varchar array), cast(:items as bigint array),
                          cast(:origins as varchar array), cast(:supplierLots as varchar array),
                          cast(:suppliers as bigint array), cast(:orders as varchar array),
                          cast(:produced as date array), cast(:expiring as date array),
                          cast(:policies as bigint array))
                   as v (n, i, o, sl, s, po, pd, ed, bp)""";
    private static final String INSERT_STATES = """
            insert into lot_states (lot_id, status, production_date, expiry_date, supplier_lot)
            select v.id, v.st, v.pd, v.ed, v.sl
              from unnest(cast(:ids as bigint array), cast(:statuses as varchar array),
                          cast(:produced as date array), cast(:expiring as date array),
                          cast(:supplierLots as varchar array)) as v (id, st, pd, ed, sl)""";

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

    /**
     * Stores many lots with a few statements whatever their number (lots, their states, their ids, their
     * certificates, the batch policy versions they are born under), each taking the values as arrays, and answers
     * their ids in the order given; a lot that carries attributes has them stored row by row.
     */
    List<Long> insertAll(List<NewLot> lots, List<String> numbers, List<Long> policyIds, Instant now, String actor) {
        if (lots.isEmpty()) {
            return List.of();
        }
        int n = lots.size();
        String[] numberColumn = numbers.toArray(String[]::new);
        String[] supplierLots = new String[n];
        String[] produced = new String[n];
        String[] expiring = new String[n];
        for (int i = 0; i < n; i++) {
            NewLot lot = lots.get(i);
            supplierLots[i] = lot.supplierLot();
            produced[i] = lot.productionDate() == null ? null : lot.productionDate().toString();
            expiring[i] = lot.expiryDate() == null ? null : lot.expiryDate().toString();
        }
        jdbc.sql(INSERT_LOTS).param("numbers", numberColumn)
                .param("items", lots.stream().map(NewLot::itemId).toArray(Long[]::new))
                .param("origins", lots.stream().map(lot -> lot.origin().name()).toArray(String[]::new))
                .param("supplierLots", supplierLots)
                .param("suppliers", lots.stream().map(NewLot::supplierId).toArray(Long[]::new))
                .param("orders", lots.stream().map(NewLot::purchaseOrder).toArray(String[]::new))
                .param("produced", produced).param("expiring", expiring)
                .param("policies", policyIds.toArray(Long[]::new))
                .param("at", now.atOffset(ZoneOffset.UTC)).param("actor", actor).update();
        Map<String, Long> idOf = new HashMap<>();
        jdbc.sql("""
                        select l.lot_number, l.id from unnest(cast(:numbers as varchar array)) as v (n)
                          join lots l on l.lot_number = v.n""")
                .param("numbers", numberColumn).query(rs -> {
                    idOf.put(rs.getString(1), rs.getLong(2));
                });
        Long[] ids = numbers.stream().map(idOf::get).toArray(Long[]::new);
        jdbc.sql(INSERT_STATES).param("ids", ids)
                .param("statuses", lots.stream().map(lot -> lot.status().name()).toArray(String[]::new))
                .param("produced", produced).param("expiring", expiring).param("supplierLots", supplierLots)
                .update();
        for (int i = 0; i < n; i++) {
            for (String certificate : lots.get(i).certificates().stream().distinct().toList()) {
                jdbc.sql("insert into lot_certificates (lot_id, reference) values (?, ?)").params(ids[i], certificate)
                        .update();
            }
            long id = ids[i];
            lots.get(i).attributes().forEach((name, value) -> jdbc.sql("""
                            insert into lot_attributes (lot_id, name, confirmed_value, current_value)
                            values (?, ?, ?, ?)""").params(id, name, value, value).update());
        }
        return List.of(ids);
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

    /** Lots carrying every one of {@code attributes}, registered in {@code [bornFrom, bornBefore)}, oldest first. */
    List<Long> idsCarrying(Map<String, String> attributes, Instant bornFrom, Instant bornBefore) {
        StringBuilder sql = new StringBuilder("select l.id from lots l where l.created_at >= :from and l.created_at < :before");
        Map<String, Object> params = new HashMap<>();
        params.put("from", OffsetDateTime.ofInstant(bornFrom == null ? Instant.EPOCH : bornFrom, ZoneOffset.UTC));
        params.put("before", OffsetDateTime.ofInstant(bornBefore == null ? FAR_FUTURE : bornBefore, ZoneOffset.UTC));
        int n = 0;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            sql.append(" and exists (select 1 from lot_attributes a where a.lot_id = l.id and a.name = :name")
                    .append(n).append(" and a.current_value = :value").append(n).append(")");
            params.put("name" + n, attribute.getKey());
            params.put("value" + n++, attribute.getValue());
        }
        return jdbc.sql(sql + " order by l.id").params(params).query(Long.class).list();
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

    /** The lot's certificates, read with the lot as one array (null when it has none). */
    private static List<String> certificates(ResultSet rs) throws SQLException {
        Array references = rs.getArray("certificates");
        if (references == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) references.getArray()).map(String.class::cast).toList();
        } finally {
            references.free();
        }
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
                certificates(rs), rs.getString("held_by_recall"), policy == null ? Map.of() : attributes(id),
                policy, rs.getObject("batch_policy_version", Integer.class));
    }
}

package io.lotline.picking.internal;

import io.lotline.picking.PickList;
import io.lotline.picking.PickStatus;
import io.lotline.picking.domain.StockPosition;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.shared.jdbc.BulkRows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Picks: what to take of which lot from where for an order line, and what was taken. A reserved or picked pick holds
 * its stock in the ledger under its own id ({@link io.lotline.ledger.AvailableStock}) until it ships or is released.
 */
@Repository
class Picks {
    private static final String PICK_LIST = SqlResource.load(Picks.class, "pick-list.sql");
    private static final String INSERT = """
            insert into picks (order_id, line_no, item_id, lot_id, location_id, container_id, allocated, picked,
                               status, reason, substitutes_pick_id, allocated_at, allocated_by, scan, confirmed_at,
                               confirmed_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Picks(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A pick as stored. */
    record PickRow(long id, long orderId, int lineNo, long itemId, long lotId, long locationId, long containerId,
                   BigDecimal allocated, BigDecimal picked, PickStatus status) {

        BigDecimal covers() {
            return Picks.covers(status, allocated, picked);
        }

        /** Whether the pick holds stock in the ledger: reserved, or picked and not shipped yet. */
        boolean holds() {
            return status == PickStatus.RESERVED || status == PickStatus.PICKED;
        }

        /** Where the pick holds its stock. */
        PickableStock.Key at() {
            return new PickableStock.Key(lotId, locationId, containerId);
        }
    }

    /** What a pick covers of its line: allocated until picked, then what was picked; nothing once released. */
    static BigDecimal covers(PickStatus status, BigDecimal allocated, BigDecimal picked) {
        return switch (status) {
            case RESERVED -> allocated;
            case PICKED, SHIPPED -> picked;
            case RELEASED, SUBSTITUTED -> BigDecimal.ZERO;
        };
    }

    /** A pick about to be stored: from where, how much, why, in which state, replacing which pick. */
    record NewPick(long orderId, int lineNo, long itemId, long lotId, long locationId, long containerId,
                   BigDecimal allocated, BigDecimal picked, PickStatus status, String reason, Long substitutes,
                   String scan) {

        /** Stock an allocation holds for an order line until it is picked, and why this stock. */
        static NewPick reservation(long orderId, int lineNo, long itemId, StockPosition from, BigDecimal quantity,
                                   String reason) {
            return new NewPick(orderId, lineNo, itemId, from.lotId(), from.locationId(), from.containerId(), quantity,
                    null, PickStatus.RESERVED, reason, null, null);
        }

        /** Stock the picker took in place of the allocated pick {@code replaces}, picked at once as scanned. */
        static NewPick substitute(long orderId, int lineNo, long itemId, StockPosition taken, BigDecimal quantity,
                                  String reason, long replaces, String scan) {
            return new NewPick(orderId, lineNo, itemId, taken.lotId(), taken.locationId(), taken.containerId(),
                    quantity, quantity, PickStatus.PICKED, reason, replaces, scan);
        }
    }

    long insert(NewPick pick, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(pick, now, actor)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Stores the picks of one allocation in one round trip and returns their ids, in the order given. */
    List<Long> insertAll(List<NewPick> picks, Instant now, String actor) {
        if (picks.isEmpty()) {
            return List.of();
        }
        return BulkRows.insertReturningIds(batch, INSERT,
                picks.stream().map(pick -> values(pick, now, actor)).toList());
    }

    private static Object[] values(NewPick pick, Instant now, String actor) {
        boolean confirmed = pick.picked() != null;
        return new Object[] {pick.orderId(), pick.lineNo(), pick.itemId(), pick.lotId(), pick.locationId(),
                pick.containerId(), pick.allocated(), pick.picked(), pick.status().name(), pick.reason(), pick.substitutes(), now.atOffset(ZoneOffset.UTC), actor,
                pick.scan(), confirmed ? now.atOffset(ZoneOffset.UTC) : null, confirmed ? actor : null};
    }

    /** The pick of the order, as it is now, not locked. */
    Optional<PickRow> find(long orderId, long pickId) {
        return jdbc.sql("select * from picks where id = ? and order_id = ?").params(pickId, orderId)
                .query(Picks::row).optional();
    }

    /** The pick of the order, locked: a pick is confirmed once. */
    Optional<PickRow> lock(long orderId, long pickId) {
        return jdbc.sql("select * from picks where id = ? and order_id = ? for update").params(pickId, orderId)
                .query(Picks::row).optional();
    }

    List<PickRow> ofOrder(long orderId) {
        return jdbc.sql("select * from picks where order_id = ? order by id").param(orderId).query(Picks::row).list();
    }

    /** Confirmed: the picked quantity stays reserved until it ships. */
    void confirm(long pickId, BigDecimal picked, String scan, Instant now, String actor) {
        jdbc.sql("""
                        update picks set status = 'PICKED', picked = ?, scan = ?, confirmed_at = ?, confirmed_by = ?
                         where id = ?""")
                .params(picked, scan, now.atOffset(ZoneOffset.UTC), actor, pickId).update();
    }

    /** Replaced by a substitute: the pick holds nothing any more; the scan that replaced it is kept. */
    void substituted(long pickId, String scan, Instant now, String actor) {
        jdbc.sql("""
                        update picks set status = 'SUBSTITUTED', scan = ?, confirmed_at = ?, confirmed_by = ?
                         where id = ?""")
                .params(scan, now.atOffset(ZoneOffset.UTC), actor, pickId).update();
    }

    void shipped(long pickId, long entryId) {
        jdbc.sql("update picks set status = 'SHIPPED', shipment_entry_id = ? where id = ?")
                .params(entryId, pickId).update();
    }

    /** Releases the order's picks in the given states; the caller gave their stock back in the ledger. */
    void release(long orderId, List<PickStatus> states) {
        jdbc.sql("update picks set status = 'RELEASED' where order_id = :order and status in (:states)")
                .param("order", orderId).param("states", states.stream().map(Enum::name).toList()).update();
    }

    /** Releases every reserved and unshipped pick of a lot; returns how many picks were released. */
    int releaseLot(long lotId) {
        return jdbc.sql("update picks set status = 'RELEASED' where lot_id = ? and status in ('RESERVED', 'PICKED')")
                .param(lotId).update();
    }

    /**
     * The walking order of a pick list: by location code, then pallet (loose stock first), then lot, then the order
     * the picks were made in. Compared here rather than by the database, whose collation may order codes otherwise,
     * so that a pick list put together in memory walks as the one read back.
     */
    static final Comparator<PickList.Pick> WALKING_ORDER = Comparator.comparing(PickList.Pick::location)
            .thenComparing(pick -> pick.pallet() == null ? "" : pick.pallet())
            .thenComparing(PickList.Pick::lotNumber)
            .thenComparingLong(PickList.Pick::pick);

    /** The order's picks as the handheld shows them, in walking order. */
    List<PickList.Pick> walk(long orderId) {
        return jdbc.sql(PICK_LIST).param(orderId).query(Picks::pick).list().stream().sorted(WALKING_ORDER).toList();
    }

    private static PickList.Pick pick(ResultSet rs, int row) throws SQLException {
        UnitOfMeasure unit = new UnitOfMeasure(rs.getString("base_unit"));
        BigDecimal picked = rs.getBigDecimal("picked");
        return new PickList.Pick(rs.getLong("id"), rs.getInt("line_no"), rs.getString("sku"),
                rs.getString("location"), rs.getString("pallet"), rs.getString("lot_number"),
                rs.getObject("expiry_date", LocalDate.class), new Quantity(rs.getBigDecimal("allocated"), unit),
                picked == null ? null : new Quantity(picked, unit), PickStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getObject("substitutes_pick_id", Long.class), rs.getString("scan"),
                rs.getString("confirmed_by"), CustomerOrders.instant(rs, "confirmed_at"), null);
    }

    private static PickRow row(ResultSet rs, int row) throws SQLException {
        return new PickRow(rs.getLong("id"), rs.getLong("order_id"), rs.getInt("line_no"), rs.getLong("item_id"),
                rs.getLong("lot_id"), rs.getLong("location_id"), rs.getLong("container_id"),
                rs.getBigDecimal("allocated"), rs.getBigDecimal("picked"), PickStatus.valueOf(rs.getString("status")));
    }
}

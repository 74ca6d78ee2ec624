package io.lotline.picking.internal;

import io.lotline.catalog.PickingStrategy;
import io.lotline.picking.OrderStatus;
import io.lotline.picking.OrderSummary;
import io.lotline.picking.PickStatus;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Customer orders and their lines. */
@Repository
class CustomerOrders {
    private static final String TO_ALLOCATE = SqlResource.load(CustomerOrders.class, "order-to-allocate.sql");

    private final JdbcClient jdbc;

    CustomerOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as stored. */
    record OrderRow(long id, String code, long customerId, LocalDate shipDate, OrderStatus status, Instant createdAt,
                    String createdBy, Instant closedAt, String closedBy, String cancelReason, String deliveryNote) {
    }

    /** A line as stored: the quantity as entered and in base units, the requested lot, the strategy set on it. */
    record LineRow(int lineNo, long itemId, Quantity quantity, BigDecimal baseQuantity, Long requestedLotId,
                   PickingStrategy strategy, String strategyReason, String strategySetBy) {
    }

    /** A line as an allocation reads it: the customer's shelf-life minimum for its item, and what its picks cover. */
    record LineToAllocate(LineRow line, int minimumShelfLifeDays, BigDecimal covered) {
        private LineToAllocate and(LineToAllocate more) {
            return new LineToAllocate(line, minimumShelfLifeDays, covered.add(more.covered));
        }
    }

    /** An order's lines as an allocation reads them; {@code picked} when any pick was made for the order before. */
    record ToAllocate(List<LineToAllocate> lines, boolean picked) {
        List<LineRow> rows() {
            return lines.stream().map(LineToAllocate::line).toList();
        }
    }

    /**
     * The order's lines, each with its customer's shelf-life minimum and what its picks cover, read in one statement
     * that yields a row per pick (or one for a line without picks).
     */
    ToAllocate toAllocate(OrderRow order) {
        List<PickedLine> rows = jdbc.sql(TO_ALLOCATE).param("order", order.id()).param("customer", order.customerId())
                .query((rs, n) -> new PickedLine(new LineToAllocate(line(rs, n), rs.getInt("min_remaining_days"),
                        covers(rs)), rs.getObject("pick_id") != null))
                .list();
        Map<Integer, LineToAllocate> lines = new LinkedHashMap<>();
        rows.forEach(row -> lines.merge(row.line().line().lineNo(), row.line(), LineToAllocate::and));
        return new ToAllocate(List.copyOf(lines.values()), rows.stream().anyMatch(PickedLine::picked));
    }

    private record PickedLine(LineToAllocate line, boolean picked) {
    }

    private static BigDecimal covers(ResultSet rs) throws SQLException {
        String status = rs.getString("pick_status");
        return status == null ? BigDecimal.ZERO : Picks.covers(PickStatus.valueOf(status),
                rs.getBigDecimal("pick_allocated"), rs.getBigDecimal("pick_picked"));
    }

    long insert(String code, long customerId, LocalDate shipDate, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into customer_orders (code, customer_id, ship_date, status, created_at, created_by)
                        values (?, ?, ?, 'OPEN', ?, ?)""")
                .params(code, customerId, shipDate, now.atOffset(ZoneOffset.UTC), actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertLine(long orderId, int lineNo, long itemId, LineRow line) {
        jdbc.sql("""
                        insert into customer_order_lines (order_id, line_no, item_id, quantity, unit, base_quantity,
                                                          requested_lot_id, strategy_override, override_reason,
                                                          override_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, lineNo, itemId, line.quantity().amount(), line.quantity().unit().code(),
                        line.baseQuantity(), line.requestedLotId(),
                        line.strategy() == null ? null : line.strategy().name(), line.strategyReason(),
                        line.strategySetBy())
                .update();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from customer_orders where code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    /** The order, locked until the transaction ends: allocation, picks, cancellation and shipment take turns. */
    Optional<OrderRow> lock(String code) {
        return jdbc.sql("select * from customer_orders where code = ? for update").param(code)
                .query(CustomerOrders::order).optional();
    }

    Optional<OrderRow> find(String code) {
        return jdbc.sql("select * from customer_orders where code = ?").param(code).query(CustomerOrders::order)
                .optional();
    }

    List<LineRow> lines(long orderId) {
        return jdbc.sql("select * from customer_order_lines where order_id = ? order by line_no").param(orderId)
                .query(CustomerOrders::line).list();
    }

    Page<OrderSummary> page(OrderStatus status, PageRequest page) {
        String where = " where (cast(:status as varchar) is null or o.status = :status)";
        List<OrderSummary> rows = jdbc.sql("""
                        select o.code, p.code as customer, o.ship_date, o.status, o.created_at,
                               (select count(*) from customer_order_lines l where l.order_id = o.id) as lines
                          from customer_orders o join parties p on p.id = o.customer_id""" + where
                        + " order by o.ship_date, o.code limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new OrderSummary(rs.getString("code"), rs.getString("customer"),
                        rs.getObject("ship_date", LocalDate.class), OrderStatus.valueOf(rs.getString("status")),
                        rs.getInt("lines"), instant(rs, "created_at")))
                .list();
        long total = jdbc.sql("select count(*) from customer_orders o" + where)
                .param("status", status == null ? null : status.name()).query(Long.class).single();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    void cancel(long orderId, String reason, Instant now, String actor) {
        jdbc.sql("""
                        update customer_orders set status = 'CANCELLED', cancel_reason = ?, closed_at = ?,
                               closed_by = ? where id = ?""")
                .params(reason, now.atOffset(ZoneOffset.UTC), actor, orderId).update();
    }

    void shipped(long orderId, String deliveryNote, String commandId, Instant now, String actor) {
        jdbc.sql("""
                        update customer_orders set status = 'SHIPPED', delivery_note = ?, shipment_command_id = ?,
                               closed_at = ?, closed_by = ? where id = ?""")
                .params(deliveryNote, commandId, now.atOffset(ZoneOffset.UTC), actor, orderId).update();
    }

    private static OrderRow order(ResultSet rs, int row) throws SQLException {
        return new OrderRow(rs.getLong("id"), rs.getString("code"), rs.getLong("customer_id"),
                rs.getObject("ship_date", LocalDate.class), OrderStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "closed_at"),
                rs.getString("closed_by"), rs.getString("cancel_reason"), rs.getString("delivery_note"));
    }

    private static LineRow line(ResultSet rs, int row) throws SQLException {
        String strategy = rs.getString("strategy_override");
        return new LineRow(rs.getInt("line_no"), rs.getLong("item_id"),
                new Quantity(rs.getBigDecimal("quantity"), new UnitOfMeasure(rs.getString("unit"))),
                rs.getBigDecimal("base_quantity"), rs.getObject("requested_lot_id", Long.class),
                strategy == null ? null : PickingStrategy.valueOf(strategy), rs.getString("override_reason"),
                rs.getString("override_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}

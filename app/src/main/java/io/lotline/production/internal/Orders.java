package io.lotline.production.internal;

import io.lotline.production.ProductionCommands.ItemRules;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Production orders, their recipe lines, and the production rules of items. */
@Repository
class Orders {
    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order row as stored. */
    record OrderRow(long id, String code, String kind, long outputItemId, BigDecimal plannedQuantity, String lineCode,
                    String shiftCode, String status, Instant createdAt, String createdBy, Instant completedAt,
                    BigDecimal actualQuantity, BigDecimal yieldPercent, boolean continuous) {
    }

    /** A recipe line as stored. */
    record RecipeRow(long itemId, BigDecimal plannedQuantity) {
    }

    long insert(String code, String kind, long outputItemId, Quantity planned, String line, String shift,
                String status, Instant now, String actor, boolean continuous) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into production_orders (code, kind, output_item_id, planned_quantity, line_code,
                                                       shift_code, status, created_at, created_by, continuous)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, kind, outputItemId, planned == null ? null : planned.amount(), line, shift, status,
                        now.atOffset(ZoneOffset.UTC), actor, continuous)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertLine(long orderId, int lineNo, long itemId, BigDecimal planned) {
        jdbc.sql("insert into production_order_lines (order_id, line_no, item_id, planned_quantity) values (?, ?, ?, ?)")
                .params(orderId, lineNo, itemId, planned).update();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from production_orders where code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    /** The order, locked until the booking commits, so that nothing is booked on it after completion. */
    Optional<OrderRow> lock(String code) {
        return jdbc.sql("select * from production_orders where code = ? for update").param(code)
                .query(Orders::order).optional();
    }

    Optional<OrderRow> find(String code) {
        return jdbc.sql("select * from production_orders where code = ?").param(code).query(Orders::order).optional();
    }

    List<RecipeRow> recipe(long orderId) {
        return jdbc.sql("select item_id, planned_quantity from production_order_lines where order_id = ? order by line_no")
                .param(orderId).query((rs, n) -> new RecipeRow(rs.getLong(1), rs.getBigDecimal(2))).list();
    }

    void complete(long orderId, Instant now, BigDecimal actual, BigDecimal yieldPercent) {
        jdbc.sql("""
                        update production_orders set status = 'COMPLETED', completed_at = ?, actual_quantity = ?,
                               yield_percent = ? where id = ?""")
                .params(now.atOffset(ZoneOffset.UTC), actual, yieldPercent, orderId).update();
    }

    ItemRules rules(long itemId) {
        return jdbc.sql("select requires_inputs, expiry_from_inputs from item_production_rules where item_id = ?")
                .param(itemId).query((rs, n) -> new ItemRules(rs.getBoolean(1), rs.getBoolean(2))).optional()
                .orElse(new ItemRules(false, false));
    }

    void defineRules(long itemId, ItemRules rules) {
        jdbc.sql("""
                        insert into item_production_rules (item_id, requires_inputs, expiry_from_inputs)
                        values (?, ?, ?) on conflict do nothing""")
                .params(itemId, rules.requiresInputs(), rules.expiryFromInputs()).update();
        jdbc.sql("update item_production_rules set requires_inputs = ?, expiry_from_inputs = ? where item_id = ?")
                .params(rules.requiresInputs(), rules.expiryFromInputs(), itemId).update();
    }

    private static OrderRow order(ResultSet rs, int row) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new OrderRow(rs.getLong("id"), rs.getString("code"), rs.getString("kind"), rs.getLong("output_item_id"),
                rs.getBigDecimal("planned_quantity"), rs.getString("line_code"), rs.getString("shift_code"),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"), completed == null ? null : completed.toInstant(),
                rs.getBigDecimal("actual_quantity"), rs.getBigDecimal("yield_percent"), rs.getBoolean("continuous"));
    }
}

package io.lotline.expiry.internal;

import io.lotline.expiry.AlertRule;
import io.lotline.expiry.AlertRuleDefinition;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rules, with the SKU or category code they are for; their levels are kept by {@link RuleLevels}. */
@Repository
class Rules {
    private static final String SELECT = """
            select r.*, i.sku, c.code as category_code
              from expiry_alert_rules r
              left join items i on i.id = r.item_id
              left join categories c on c.id = r.category_id
            """;

    private final JdbcClient jdbc;
    private final RuleLevels levels;

    Rules(JdbcClient jdbc, RuleLevels levels) {
        this.jdbc = jdbc;
        this.levels = levels;
    }

    /** The target of a rule: the id of its item or of its category. */
    record Target(Long itemId, Long categoryId) {
    }

    long insert(AlertRuleDefinition rule, Target target, Instant at, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into expiry_alert_rules (item_id, category_id, critical, webhook_secret, created_at,
                                                        created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(target.itemId(), target.categoryId(), rule.critical(), rule.webhookSecret(), utc(at), actor,
                        utc(at), actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        levels.insert(id, rule.levels());
        return id;
    }

    void update(long id, AlertRuleDefinition rule, Target target, Instant at, String actor) {
        jdbc.sql("""
                        update expiry_alert_rules
                           set item_id = ?, category_id = ?, critical = ?, webhook_secret = ?, updated_at = ?,
                               updated_by = ?
                         where id = ?""")
                .params(target.itemId(), target.categoryId(), rule.critical(), rule.webhookSecret(), utc(at), actor,
                        id)
                .update();
        levels.delete(id);
        levels.insert(id, rule.levels());
    }

    Optional<AlertRule> byId(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).optional();
    }

    /** The rule already kept for the item or the category of {@code target}, if any. */
    Optional<Long> idFor(Target target) {
        return jdbc.sql("select id from expiry_alert_rules where item_id = ? or category_id = ?")
                .params(target.itemId(), target.categoryId()).query(Long.class).optional();
    }

    Optional<String> webhookSecret(long ruleId) {
        return jdbc.sql("select webhook_secret from expiry_alert_rules where id = ?").param(ruleId)
                .query(String.class).optional();
    }

    Page<AlertRule> page(PageRequest page) {
        return new Page<>(jdbc.sql(SELECT + " order by r.id limit ? offset ?").params(page.size(), page.offset())
                .query(this::map).list(), page.page(), page.size(),
                jdbc.sql("select count(*) from expiry_alert_rules").query(Long.class).single());
    }

    private AlertRule map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new AlertRule(id, rs.getString("sku"), rs.getString("category_code"), rs.getBoolean("critical"),
                levels.of(id), instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

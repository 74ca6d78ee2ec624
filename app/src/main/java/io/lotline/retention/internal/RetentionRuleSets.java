package io.lotline.retention.internal;

import io.lotline.retention.Law;
import io.lotline.retention.RetentionRule;
import io.lotline.retention.RetentionRules;
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

/**
 * Versions of the retention rules, only ever added. Two instances that add a version at the same moment take the
 * same number; the unique version refuses the second, which answers 409 and stores nothing.
 */
@Repository
class RetentionRuleSets {
    private final JdbcClient jdbc;

    RetentionRuleSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int insert(List<RetentionRule> rules, List<Long> categoryIds, String reason, Instant now, String actor) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from retention_rule_sets")
                .query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into retention_rule_sets (version, changed_at, changed_by, reason) values (?, ?, ?, ?)")
                .params(version, now.atOffset(ZoneOffset.UTC), actor, reason).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (int i = 0; i < rules.size(); i++) {
            RetentionRule rule = rules.get(i);
            jdbc.sql("""
                            insert into retention_rules (set_id, ordinal, code, category_id, law, months_after_record,
                                   months_after_expiry)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, rule.code(), categoryIds.get(i), rule.law() == null ? null : rule.law().name(),
                            rule.monthsAfterRecord(), rule.monthsAfterExpiry())
                    .update();
        }
        return version;
    }

    Optional<RetentionRules> latest() {
        return jdbc.sql("select * from retention_rule_sets order by version desc limit 1").query(this::map)
                .optional();
    }

    List<RetentionRules> all() {
        return jdbc.sql("select * from retention_rule_sets order by version desc").query(this::map).list();
    }

    private RetentionRules map(ResultSet rs, int row) throws SQLException {
        return new RetentionRules(rs.getInt("version"), rules(rs.getLong("id")),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
                rs.getString("reason"));
    }

    private List<RetentionRule> rules(long setId) {
        return jdbc.sql("""
                        select r.*, c.code as category_code
                          from retention_rules r left join categories c on c.id = r.category_id
                         where r.set_id = ? order by r.ordinal""")
                .param(setId).query((rs, n) -> {
                    String law = rs.getString("law");
                    return new RetentionRule(rs.getString("code"), rs.getString("category_code"),
                            law == null ? null : Law.valueOf(law), rs.getInt("months_after_record"),
                            rs.getObject("months_after_expiry", Integer.class));
                }).list();
    }
}

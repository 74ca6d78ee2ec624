package io.lotline.expiry.internal;

import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.Escalation;
import io.lotline.expiry.Recipients;
import io.lotline.identity.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The levels of a rule and their recipients, one row per role, address or webhook, marked NOTIFY for the level
 * and ESCALATE for its escalation. A rule's levels are replaced as a whole.
 */
@Repository
class RuleLevels {
    private final JdbcClient jdbc;

    RuleLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long ruleId, List<AlertLevel> levels) {
        for (AlertLevel level : levels) {
            jdbc.sql("""
                            insert into expiry_alert_levels (rule_id, days_before_expiry, escalate_after_hours)
                            values (?, ?, ?)""")
                    .params(ruleId, level.daysBeforeExpiry(),
                            level.escalates() ? level.escalation().afterHours() : null)
                    .update();
            insertRecipients(ruleId, level.daysBeforeExpiry(), "NOTIFY", level.recipients());
            if (level.escalates()) {
                insertRecipients(ruleId, level.daysBeforeExpiry(), "ESCALATE", level.escalation().recipients());
            }
        }
    }

    void delete(long ruleId) {
        jdbc.sql("delete from expiry_alert_recipients where rule_id = ?").param(ruleId).update();
        jdbc.sql("delete from expiry_alert_levels where rule_id = ?").param(ruleId).update();
    }

    /** The levels from the earliest warning (most days) to the most urgent. */
    List<AlertLevel> of(long ruleId) {
        record Row(int days, Integer hours) {
        }
        List<Row> rows = jdbc.sql("""
                        select days_before_expiry, escalate_after_hours from expiry_alert_levels
                         where rule_id = ? order by days_before_expiry desc""")
                .param(ruleId)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, Integer.class))).list();
        List<Recipient> recipients = jdbc.sql("""
                        select days_before_expiry, purpose, kind, address from expiry_alert_recipients
                         where rule_id = ? order by id""")
                .param(ruleId)
                .query((rs, n) -> new Recipient(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return rows.stream().map(row -> new AlertLevel(row.days(), recipients(recipients, row.days(), "NOTIFY"),
                row.hours() == null ? null
                        : new Escalation(row.hours(), recipients(recipients, row.days(), "ESCALATE")))).toList();
    }

    /** The most days before expiry of any level of any rule: how far ahead the sweep looks. */
    Integer furthestThreshold() {
        return jdbc.sql("select max(days_before_expiry) from expiry_alert_levels").query(Integer.class).optional()
                .orElse(null);
    }

    private void insertRecipients(long ruleId, int days, String purpose, Recipients recipients) {
        recipients.roles().forEach(role -> insertRecipient(ruleId, days, purpose, "ROLE", role.name()));
        recipients.emails().forEach(email -> insertRecipient(ruleId, days, purpose, "EMAIL", email));
        recipients.webhooks().forEach(url -> insertRecipient(ruleId, days, purpose, "WEBHOOK", url));
    }

    private void insertRecipient(long ruleId, int days, String purpose, String kind, String address) {
        jdbc.sql("""
                        insert into expiry_alert_recipients (rule_id, days_before_expiry, purpose, kind, address)
                        values (?, ?, ?, ?, ?)""")
                .params(ruleId, days, purpose, kind, address).update();
    }

    private static Recipients recipients(List<Recipient> all, int days, String purpose) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> emails = new ArrayList<>();
        List<String> webhooks = new ArrayList<>();
        all.stream().filter(r -> r.days() == days && r.purpose().equals(purpose)).forEach(r -> {
            switch (r.kind()) {
                case "ROLE" -> roles.add(Role.valueOf(r.address()));
                case "EMAIL" -> emails.add(r.address());
                default -> webhooks.add(r.address());
            }
        });
        return new Recipients(roles, emails, webhooks);
    }

    private record Recipient(int days, String purpose, String kind, String address) {
    }
}

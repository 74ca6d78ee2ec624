package io.lotline.expiry.domain;

import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.Recipients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When and to whom an ignored alert escalates. An alert nobody acknowledged within the level's hours escalates once:
 * to the escalation's own recipients, or else to those of the next, more urgent level, who would hear of the lot
 * soon anyway. A critical item cannot wait as long: its alerts escalate after half the hours.
 */
public final class EscalationPolicy {
    private EscalationPolicy() {
    }

    /** The moment an alert raised at {@code raisedAt} escalates; empty when its level never escalates. */
    public static Optional<Instant> dueAt(Instant raisedAt, AlertLevel level, boolean critical) {
        if (!level.escalates()) {
            return Optional.empty();
        }
        Duration wait = Duration.ofHours(level.escalation().afterHours());
        return Optional.of(raisedAt.plus(critical ? wait.dividedBy(2) : wait));
    }

    /**
     * Who hears of the escalation of an alert of the level with {@code daysBeforeExpiry} among {@code levels}
     * (ordered from the earliest warning to the most urgent): the escalation's named recipients, or the next level's.
     * Empty when the level is gone from the rule or has nobody to hand over to.
     */
    public static Recipients targets(List<AlertLevel> levels, int daysBeforeExpiry) {
        for (int i = 0; i < levels.size(); i++) {
            AlertLevel level = levels.get(i);
            if (level.daysBeforeExpiry() != daysBeforeExpiry) {
                continue;
            }
            if (level.escalates() && level.escalation().namesRecipients()) {
                return level.escalation().recipients();
            }
            return i + 1 < levels.size() ? levels.get(i + 1).recipients() : Recipients.NONE;
        }
        return Recipients.NONE;
    }
}

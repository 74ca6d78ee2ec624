package io.lotline.expiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored rule: for one item or one category, its levels and whether the goods are critical. The webhook secret
 * never leaves the module.
 */
public record AlertRule(long id, String item, String category, boolean critical, List<AlertLevel> levels,
                        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    public AlertRule {
        levels = List.copyOf(levels);
    }

    public Optional<AlertLevel> level(int daysBeforeExpiry) {
        return levels.stream().filter(level -> level.daysBeforeExpiry() == daysBeforeExpiry).findFirst();
    }

    public List<Integer> thresholds() {
        return levels.stream().map(AlertLevel::daysBeforeExpiry).toList();
    }
}

package io.lotline.ui.internal;

import io.lotline.recall.RecallReport;
import java.time.Duration;
import java.time.Instant;

/**
 * A recall as the workspace lists it: a drill with the time it took against its target, a live recall with the time
 * it has been open (until it is closed, when the report no longer says how long it ran).
 */
public record RecallLine(RecallReport recall, Duration elapsed) {

    static RecallLine of(RecallReport recall, Instant now) {
        if (recall.elapsedMillis() != null) {
            return new RecallLine(recall, Duration.ofMillis(recall.elapsedMillis()));
        }
        boolean running = "LIVE".equals(recall.kind()) && !"CLOSED".equals(recall.status());
        return new RecallLine(recall, running ? Duration.between(recall.startedAt(), now) : null);
    }

    public boolean mock() {
        return "MOCK".equals(recall.kind());
    }

    /** Whether the drill took longer than its target: the line an auditor reads first. */
    public boolean missedTarget() {
        return Boolean.FALSE.equals(recall.withinTarget());
    }

    public long hours() {
        return elapsed.toHours();
    }

    public int minutes() {
        return elapsed.toMinutesPart();
    }

    public int seconds() {
        return elapsed.toSecondsPart();
    }

    public boolean underAMinute() {
        return elapsed.toMinutes() == 0;
    }
}

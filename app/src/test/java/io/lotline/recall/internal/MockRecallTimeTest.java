package io.lotline.recall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.recall.RecallReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drill is timed from its start until its report, mass balance included, is assembled. */
class MockRecallTimeTest {
    private static final Instant STARTED = Instant.parse("2026-11-21T08:00:00Z");

    private final MovingClock clock = new MovingClock(STARTED);

    @Test
    void the_time_of_a_drill_includes_assembling_its_report() {
        RecallReport report = RecallService.timed(STARTED, 240, clock, () -> {
            clock.move(Duration.ofSeconds(5));
            RecallReport scoped = assembled();
            clock.move(Duration.ofMinutes(3));
            return scoped;
        });

        assertThat(report.completedAt()).isEqualTo(STARTED.plus(Duration.ofMinutes(3).plusSeconds(5)));
        assertThat(report.elapsedMillis()).isEqualTo(185_000L);
        assertThat(report.targetMinutes()).isEqualTo(240);
        assertThat(report.withinTarget()).isTrue();
    }

    @Test
    void a_drill_that_takes_longer_than_its_target_is_not_within_it() {
        RecallReport report = RecallService.timed(STARTED.minus(Duration.ofMinutes(10)), 10, clock, () -> {
            clock.move(Duration.ofMillis(1));
            return assembled();
        });

        assertThat(report.elapsedMillis()).isEqualTo(600_001L);
        assertThat(report.withinTarget()).isFalse();
    }

    private static RecallReport assembled() {
        return new RecallReport("MR-000001", "MOCK", "COMPLETED", "Yearly test", List.of("L1"), List.of(), List.of(),
                List.of(), List.of(), List.of(), true, STARTED, null, null, null, null, null, null, null, null);
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

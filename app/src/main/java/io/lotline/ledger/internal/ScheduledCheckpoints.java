package io.lotline.ledger.internal;

import io.lotline.ledger.Checkpoint;
import io.lotline.ledger.Checkpoints;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Signs the chain's head every {@code lotline.ledger.checkpoints.interval} (first one interval after the start;
 * {@code 0} switches it off). Instances on one database each do so; a head already signed keeps its one file.
 */
@Component
class ScheduledCheckpoints implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ScheduledCheckpoints.class);

    private final Checkpoints checkpoints;
    private final Duration interval;

    ScheduledCheckpoints(Checkpoints checkpoints, CheckpointProperties properties) {
        this.checkpoints = checkpoints;
        this.interval = properties.interval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!interval.isZero() && !interval.isNegative()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::checkpoint, interval, interval));
        }
    }

    void checkpoint() {
        try {
            Checkpoint written = checkpoints.write();
            log.info("Ledger checkpoint: entry {} with hash {} signed in {}", written.sequence(), written.hash(),
                    written.file());
        } catch (RuntimeException refused) {
            log.error("No ledger checkpoint written: {}", refused.getMessage());
        }
    }
}

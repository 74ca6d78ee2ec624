package io.lotline.outbound.internal;

import io.lotline.shared.RetrySchedule;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code lotline.outbound}: how often the relay looks for due messages, how many it claims at once
 * and for how long (a claim not settled within the lease, by an instance that died, is due again), and how webhooks
 * are tried: {@code maxAttempts} in all, the pause before the second {@code initialBackoff}, doubling after.
 */
@ConfigurationProperties("lotline.outbound")
record OutboundProperties(@DefaultValue("1s") Duration relayInterval, @DefaultValue("50") int batch,
                          @DefaultValue("2m") Duration lease, @DefaultValue("8") int maxAttempts,
                          @DefaultValue("2s") Duration initialBackoff, @DefaultValue("10s") Duration timeout) {

    RetrySchedule schedule() {
        return new RetrySchedule(maxAttempts, initialBackoff);
    }
}

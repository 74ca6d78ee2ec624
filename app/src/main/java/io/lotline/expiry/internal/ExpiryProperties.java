package io.lotline.expiry.internal;

import io.lotline.shared.RetrySchedule;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of expiry alerting under {@code lotline.expiry}: the sender of alert e-mails (the SMTP server itself
 * is Spring's {@code spring.mail.*}) and how webhooks are tried. The sweep's schedule is
 * {@code lotline.expiry.sweep.cron}, read where the sweep is scheduled.
 */
@ConfigurationProperties("lotline.expiry")
record ExpiryProperties(@DefaultValue Mail mail, @DefaultValue Webhook webhook) {

    /** {@code from}: the sender address of alert e-mails. */
    record Mail(@DefaultValue("lotline@localhost") String from) {
    }

    /**
     * {@code maxAttempts} tries at most, pausing {@code initialBackoff} before the second and doubling after; each
     * attempt waits {@code timeout} for an answer.
     */
    record Webhook(@DefaultValue("5") int maxAttempts, @DefaultValue("2s") Duration initialBackoff,
                   @DefaultValue("10s") Duration timeout) {

        RetrySchedule schedule() {
            return new RetrySchedule(maxAttempts, initialBackoff);
        }
    }
}

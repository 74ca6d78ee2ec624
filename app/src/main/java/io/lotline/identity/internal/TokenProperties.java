package io.lotline.identity.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long API tokens live, under {@code lotline.tokens}: {@code defaultLifetime} when a request names no expiry,
 * {@code maxLifetime} at the longest.
 */
@Validated
@ConfigurationProperties("lotline.tokens")
record TokenProperties(@DefaultValue("90d") @NotNull Duration defaultLifetime,
                       @DefaultValue("730d") @NotNull Duration maxLifetime) {

    /** A token lives a while, and by default no longer than it may. */
    @AssertTrue(message = "default-lifetime must be positive and at most max-lifetime")
    boolean isDefaultWithinMax() {
        return defaultLifetime == null || maxLifetime == null || !defaultLifetime.isNegative()
                && !defaultLifetime.isZero() && defaultLifetime.compareTo(maxLifetime) <= 0;
    }

    TokenPolicy policy() {
        return new TokenPolicy(defaultLifetime, maxLifetime);
    }
}

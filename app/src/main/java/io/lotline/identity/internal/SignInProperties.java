package io.lotline.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are throttled, under {@code lotline.sign-in}: the waits after the free failures (the last
 * repeating), how long a lock lasts, and per user name ({@code account}) and per client address ({@code address})
 * how many failures cost nothing and how many lock.
 */
@Validated
@ConfigurationProperties("lotline.sign-in")
record SignInProperties(@DefaultValue({"1s", "2s", "4s", "8s", "16s", "30s"}) @NotEmpty List<Duration> delays,
                        @DefaultValue("15m") @NotNull Duration lockDuration,
                        @DefaultValue @Valid Account account, @DefaultValue @Valid Address address) {

    /** Per user name: {@code freeFailures} failures cost nothing; {@code lockAfter} failures lock. */
    record Account(@DefaultValue("2") @PositiveOrZero int freeFailures, @DefaultValue("10") @Positive int lockAfter) {
    }

    /** Per client address: {@code freeFailures} failures cost nothing; {@code lockAfter} failures lock. */
    record Address(@DefaultValue("20") @PositiveOrZero int freeFailures,
                   @DefaultValue("100") @Positive int lockAfter) {
    }

    SignInThrottlePolicy accounts() {
        return new SignInThrottlePolicy(delays, account.freeFailures(), account.lockAfter(), lockDuration);
    }

    SignInThrottlePolicy addresses() {
        return new SignInThrottlePolicy(delays, address.freeFailures(), address.lockAfter(), lockDuration);
    }
}

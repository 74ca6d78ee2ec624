package io.lotline.identity.signin;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because of the failures before it from the same account name
 * or client address: it may be tried again after {@link #retryAfter()}.
 */
public final class SignInThrottled extends AuthenticationException {
    private final Duration retryAfter;

    public SignInThrottled(String reason, Duration retryAfter) {
        super(reason);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as an HTTP {@code Retry-After} header gives them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

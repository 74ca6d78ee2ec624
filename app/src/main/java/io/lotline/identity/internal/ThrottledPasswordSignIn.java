package io.lotline.identity.internal;

import io.lotline.identity.SignIn;
import io.lotline.identity.signin.SignInDetails;
import io.lotline.shared.TextRule;
import io.lotline.identity.signin.SignInThrottled;
import io.lotline.identity.internal.SignInThrottlePolicy.Wait;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every sign-in with a password (HTTP Basic and the form): refused unchecked while earlier failures of the account
 * name or the client address make it wait, otherwise checked (an unknown name against a dummy hash, so that it takes
 * as long as a known one), counted and written to the audit log.
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider {
    /** Fits the audit log's columns and, with its prefix, a throttle's subject. */
    private static final int MAX_SHOWN = 100;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottles throttles;
    private final SignInLog log;
    private final Clock clock;
    private final SignInThrottlePolicy accounts;
    private final SignInThrottlePolicy addresses;

    ThrottledPasswordSignIn(UsersService users, PasswordEncoder encoder, SignInThrottles throttles, SignInLog log,
                            Clock clock, SignInProperties settings) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttles = throttles;
        this.log = log;
        this.clock = clock;
        this.accounts = settings.accounts();
        this.addresses = settings.addresses();
    }

    static String account(String username) {
        return "account:" + username;
    }

    static String address(String address) {
        return "address:" + address;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        // any text may arrive as a name: kept escaped and cut, one counter for all names that long
        String username = shown(attempt.getName() == null ? "" : attempt.getName());
        String address = shown(attempt.getDetails() instanceof SignInDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown");
        SignIn.Channel channel = attempt.getDetails() instanceof SignInDetails details
                ? details.channel() : SignIn.Channel.BASIC;
        Instant now = clock.instant();
        Optional<Wait> wait = throttles.of(List.of(account(username), address(address))).stream()
                .flatMap(state -> SignInThrottlePolicy.refusal(state, now).stream())
                .max(Comparator.comparing(Wait::remaining));
        if (wait.isPresent()) {
            log.write(now, username, address, channel, SignIn.Outcome.THROTTLED);
            throw new SignInThrottled(wait.get().reason(), wait.get().remaining());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttles.forget(account(username));
            log.write(now, username, address, channel, SignIn.Outcome.SUCCEEDED);
            return signedIn;
        } catch (AuthenticationException failed) {
            throttles.fail(account(username), accounts, now);
            throttles.fail(address(address), addresses, now);
            log.write(now, username, address, channel, SignIn.Outcome.FAILED);
            throw failed;
        }
    }

    private static String shown(String text) {
        String escaped = TextRule.escaped(text);
        return escaped.length() <= MAX_SHOWN ? escaped : escaped.substring(0, MAX_SHOWN);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

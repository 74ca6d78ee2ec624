package io.lotline.identity.signin;

import io.lotline.identity.SignIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Where a sign-in came from: the client's address (after the proxy headers) and the door it came through. */
public final class SignInDetails extends WebAuthenticationDetails {
    private final SignIn.Channel channel;

    private SignInDetails(HttpServletRequest request, SignIn.Channel channel) {
        super(request);
        this.channel = channel;
    }

    /** What each door hands to the sign-in check. */
    public static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source(SignIn.Channel channel) {
        return request -> new SignInDetails(request, channel);
    }

    public SignIn.Channel channel() {
        return channel;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInDetails details && super.equals(details) && channel == details.channel;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + channel.hashCode();
    }
}

package io.lotline.identity;

import java.time.Instant;

/**
 * One sign-in with a password as the audit log keeps it: when, the user name as it was typed (also one that names
 * nobody), the client's address, the door it came through and how it was answered.
 */
public record SignIn(long id, Instant at, String username, String address, Channel channel, Outcome outcome) {

    /** HTTP Basic on the API, or the sign-in form of the pages. */
    public enum Channel { BASIC, FORM }

    /** Signed in; wrong name or password; or refused unchecked because of earlier failures. */
    public enum Outcome { SUCCEEDED, FAILED, THROTTLED }
}

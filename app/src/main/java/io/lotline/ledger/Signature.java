package io.lotline.ledger;

import io.lotline.shared.InvalidInput;
import java.time.Instant;

/**
 * An electronic signature in the manner of 21 CFR Part 11 (§11.50): who signed (user name and printed name), when,
 * and what the signature means. It is written into the status entry it authorises, so it is hash-chained with it and
 * cannot be detached from the lot. The signer's identity was re-checked (password) by the caller.
 */
public record Signature(String username, String printedName, Meaning meaning, String comment, Instant signedAt,
                        String overrideReason) {

    /** What the signer declares. */
    public enum Meaning { APPROVED, REJECTED }

    public Signature {
        if (username == null || printedName == null || meaning == null || signedAt == null) {
            throw new IllegalArgumentException("A signature names the signer, the meaning and the time");
        }
        if (comment != null && comment.length() > 200) {
            throw new InvalidInput("comment", comment, "text-length", "A signature comment has at most 200 characters");
        }
        if (overrideReason != null && overrideReason.length() > 150) {
            throw new InvalidInput("overrideReason", overrideReason, "text-length",
                    "An override reason has at most 150 characters");
        }
    }

    /** The manifestation printed with the record (§11.50): name, date and time, meaning. */
    public String manifestation() {
        return "Signed by " + printedName + " (" + username + ") at " + signedAt + ", meaning " + meaning
                + (comment == null || comment.isBlank() ? "" : ": " + comment)
                + (overrideReason == null ? "" : ". Override: " + overrideReason);
    }
}

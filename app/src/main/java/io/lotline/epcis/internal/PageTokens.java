package io.lotline.epcis.internal;

import io.lotline.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The opaque {@code nextPageToken} of the query interface: the position ({@link EventPosition}) of the last event a
 * page showed, captured or told from the ledger; the next page starts after it.
 */
final class PageTokens {
    private static final String PREFIX = "after:";

    private PageTokens() {
    }

    static String after(EventPosition last) {
        String text = PREFIX + last.recordTime().toInstant() + ";" + last.source() + ";" + last.row();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static EventPosition position(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = text.startsWith(PREFIX) ? text.substring(PREFIX.length()).split(";") : new String[0];
            if (parts.length == 3) {
                long row = Long.parseLong(parts[2]);
                if (row >= 0) {
                    return new EventPosition(Instant.parse(parts[0]).atOffset(ZoneOffset.UTC),
                            EventPosition.Source.valueOf(parts[1]), row);
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            // refused below
        }
        throw new InvalidInput("nextPageToken", token, "page-token",
                "The page token is not one this server gave; start again without it");
    }
}

package io.lotline.epcis.internal;

import io.lotline.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code nextPageToken} of the query interface: the last captured row a page showed. Rows are only ever
 * appended, so a page continues where the last one ended even while partners capture more.
 */
final class PageTokens {
    private static final String PREFIX = "after:";

    private PageTokens() {
    }

    static String after(long row) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + row).getBytes(StandardCharsets.UTF_8));
    }

    static long row(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long row = Long.parseLong(text.substring(PREFIX.length()));
                if (row >= 0) {
                    return row;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // refused below
        }
        throw new InvalidInput("nextPageToken", token, "page-token",
                "The page token is not one this server gave; start again without it");
    }
}

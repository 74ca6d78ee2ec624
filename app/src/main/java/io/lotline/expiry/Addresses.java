package io.lotline.expiry;

import io.lotline.shared.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of the places an alert is sent to: an e-mail address, or the http(s) URL of a webhook. */
final class Addresses {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private Addresses() {
    }

    static String email(String field, String address) {
        if (address == null || address.isBlank()) {
            throw new InvalidInput(field, address, "required", "An e-mail address is required");
        }
        String trimmed = address.trim();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInput(field, address, "email-format", "An e-mail address looks like name@example.com");
        }
        return trimmed;
    }

    static String webhook(String field, String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput(field, url, "required", "A webhook URL is required");
        }
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException notAUri) {
            throw new InvalidInput(field, url, "webhook-url-http", "A webhook is an http:// or https:// URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || trimmed.length() > 2000) {
            throw new InvalidInput(field, url, "webhook-url-http",
                    "A webhook is an http:// or https:// URL with a host, at most 2000 characters");
        }
        return trimmed;
    }
}

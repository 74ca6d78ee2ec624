package io.lotline.outbound;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A subscription asked for: who (a name), where (an http or https webhook), the secret the receiver checks the
 * signature with (16-200 characters, never answered back), and which events; empty lists and a missing item or lot
 * mean every one. Business steps are the CBV's bare names that Lotline's bookings carry. The payload is Lotline's own
 * JSON unless the subscriber asks for EPCIS documents.
 */
public record NewSubscription(@FreeText String name, @Code String webhookUrl, @Code String webhookSecret,
                              List<OutboundEventType> eventTypes, List<@Code String> bizSteps, @Code String sku,
                              @Code String lotNumber, PayloadFormat format) {
    public static final Set<String> BIZ_STEPS = Set.of("receiving", "storing", "commissioning", "shipping",
            "destroying", "cycle_counting", "holding", "inspecting", "other");

    public NewSubscription {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", name, "subscription-name", "A subscription has a name of 1-100 characters");
        }
        requireWebhook(webhookUrl);
        if (webhookSecret == null || webhookSecret.length() < 16 || webhookSecret.length() > 200) {
            throw new InvalidInput("webhookSecret", webhookSecret == null ? null : "(" + webhookSecret.length()
                    + " characters)", "webhook-secret-length", "A webhook secret has 16 to 200 characters");
        }
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        bizSteps = bizSteps == null ? List.of() : List.copyOf(bizSteps);
        for (int i = 0; i < bizSteps.size(); i++) {
            if (!BIZ_STEPS.contains(bizSteps.get(i))) {
                throw new InvalidInput("bizSteps[" + i + "]", bizSteps.get(i), "cbv-biz-step",
                        "Lotline's events carry the business steps " + BIZ_STEPS.stream().sorted().toList());
            }
        }
        sku = blankAsNull(sku);
        lotNumber = blankAsNull(lotNumber);
        format = format == null ? PayloadFormat.LOTLINE_JSON : format;
    }

    private static void requireWebhook(String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url);
        } catch (IllegalArgumentException malformed) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || url.length() > 2000
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new InvalidInput("webhookUrl", url, "webhook-url",
                    "A webhook is an absolute http or https URL of at most 2000 characters");
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

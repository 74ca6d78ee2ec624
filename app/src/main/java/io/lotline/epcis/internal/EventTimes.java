package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.InvalidEpcisDocument;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * When an event happened. The JSON Schema's date-time (RFC 3339) lets it be written in lower case ({@code t},
 * {@code z}), which Java's own parser does not take as it stands. Times in the form partners write nearly always
 * ({@code 2025-03-04T09:00:00.123Z}, {@code ...+01:00}) are read field by field, as every event's time is read twice
 * (its place in the query and its event hash); any other form goes to Java's ISO parser, which decides alike.
 */
final class EventTimes {
    private EventTimes() {
    }

    /** The event time of an event (in its JSON-LD form), or a refusal naming the event. */
    static OffsetDateTime of(int index, JsonNode event) {
        String time = event.path("eventTime").asString(null);
        return parse(time).orElseThrow(() ->
                new InvalidEpcisDocument("event-time", List.of(new EventError(index,
                        event.path("eventID").asString(null), "eventTime",
                        "The event time '" + time + "' is no date and time Lotline can place"))));
    }

    static Optional<OffsetDateTime> parse(String eventTime) {
        try {
            return Optional.of(iso(eventTime.strip().toUpperCase()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The time as {@link OffsetDateTime#parse} reads it, the common form without its general parser. */
    static OffsetDateTime iso(String text) {
        if (commonForm(text)) {
            try {
                return fields(text);
            } catch (DateTimeException notATime) {
                // a field out of range: the ISO parser names it
            }
        }
        return OffsetDateTime.parse(text);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss}, an optional fraction of one to nine digits, then {@code Z} or {@code ±HH:mm}. */
    private static boolean commonForm(String text) {
        int length = text.length();
        if (length < 20 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7)
                || text.charAt(7) != '-' || !digits(text, 8, 10) || text.charAt(10) != 'T' || !digits(text, 11, 13)
                || text.charAt(13) != ':' || !digits(text, 14, 16) || text.charAt(16) != ':' || !digits(text, 17, 19)) {
            return false;
        }
        int zone = fractionEnd(text);
        return zone - 19 != 1 && zone - 19 <= 10 && (zone == length - 1 && text.charAt(zone) == 'Z'
                || zone == length - 6 && (text.charAt(zone) == '+' || text.charAt(zone) == '-')
                && digits(text, zone + 1, zone + 3) && text.charAt(zone + 3) == ':' && digits(text, zone + 4, length));
    }

    private static int fractionEnd(String text) {
        if (text.charAt(19) != '.') {
            return 19;
        }
        int end = 20;
        while (end < text.length() && digits(text, end, end + 1)) {
            end++;
        }
        return end;
    }

    private static OffsetDateTime fields(String text) {
        int zone = fractionEnd(text);
        int nanos = 0;
        for (int i = 20; i < 29; i++) {
            nanos = nanos * 10 + (i < zone ? text.charAt(i) - '0' : 0);
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (text.charAt(zone) != 'Z') {
            int sign = text.charAt(zone) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * number(text, zone + 1, zone + 3),
                    sign * number(text, zone + 4, zone + 6));
        }
        return OffsetDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                number(text, 14, 16), number(text, 17, 19), nanos, offset);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}

package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.InvalidEpcisDocument;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * When an event happened. The JSON Schema's date-time (RFC 3339) lets it be written in lower case ({@code t},
 * {@code z}), which Java's own parser does not take as it stands.
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
            return Optional.of(OffsetDateTime.parse(eventTime.strip().toUpperCase()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}

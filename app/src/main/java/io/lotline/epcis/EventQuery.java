package io.lotline.epcis;

import io.lotline.shared.InvalidInput;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The common parameters of the EPCIS query interface. Each list matches any of its values; an empty list matches
 * every event. {@code epcs} (MATCH_epc) are instances observed (epcList, childEPCs); {@code anyEpcs}
 * (MATCH_anyEPC) instances in any role, parent, input or output too. Business steps and dispositions may be given as bare CBV names or in their URI forms.
 */
public record EventQuery(List<String> eventTypes, OffsetDateTime fromEventTime, OffsetDateTime untilEventTime,
                         List<String> bizSteps, List<String> dispositions, List<String> bizLocations,
                         List<String> readPoints, List<String> epcs, List<String> anyEpcs, List<String> epcClasses,
                         List<String> transformationIds, int perPage, String pageToken) {
    public static final int MAX_PER_PAGE = 500;
    public static final List<String> EVENT_TYPES = List.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");

    public EventQuery {
        eventTypes = List.copyOf(eventTypes);
        bizSteps = List.copyOf(bizSteps);
        dispositions = List.copyOf(dispositions);
        bizLocations = List.copyOf(bizLocations);
        readPoints = List.copyOf(readPoints);
        epcs = List.copyOf(epcs);
        anyEpcs = List.copyOf(anyEpcs);
        epcClasses = List.copyOf(epcClasses);
        transformationIds = List.copyOf(transformationIds);
        for (String type : eventTypes) {
            if (!EVENT_TYPES.contains(type)) {
                throw new InvalidInput("eventType", type, "epcis-event-type", "An event type is one of " + EVENT_TYPES);
            }
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidInput("perPage", perPage, "page-size-range",
                    "A page holds 1 to " + MAX_PER_PAGE + " events");
        }
        if (fromEventTime != null && untilEventTime != null && !fromEventTime.isBefore(untilEventTime)) {
            throw new InvalidInput("LT_eventTime", untilEventTime, "time-range-in-order",
                    "LT_eventTime must be later than GE_eventTime " + fromEventTime);
        }
    }
}

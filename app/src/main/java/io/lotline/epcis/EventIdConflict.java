package io.lotline.epcis;

import io.lotline.shared.Conflict;

/**
 * An event arrives with the id of an event captured before, but says something else. Events are never rewritten:
 * a correction is a new event with an error declaration. Nothing of the document is stored.
 */
public class EventIdConflict extends Conflict {
    public EventIdConflict(int index, String eventId) {
        super("epcisBody.eventList[" + index + "].eventID", eventId, "event-id-unique",
                "Event " + index + " has the id " + eventId + " of an event captured before with other content;"
                        + " declare an error on that event and capture a corrective one instead."
                        + " Nothing of the document was stored");
        withDetail("index", index);
        withDetail("eventID", eventId);
    }
}

package io.lotline.epcis;

import io.lotline.shared.InvalidInput;
import java.util.List;

/** The document is not EPCIS 2.0: not well formed, or against the official schema. Nothing of it is stored. */
public class InvalidEpcisDocument extends InvalidInput {
    private final List<EventError> errors;

    public InvalidEpcisDocument(String rule, List<EventError> errors) {
        super(errors.get(0).path(), null, rule, summary(errors));
        this.errors = List.copyOf(errors);
        withDetail("errors", this.errors);
    }

    public List<EventError> errors() { return errors; }

    private static String summary(List<EventError> errors) {
        EventError first = errors.get(0);
        String where = first.index() == null ? "The document" : "Event " + first.index()
                + (first.eventID() == null ? "" : " (" + first.eventID() + ")");
        String more = errors.size() == 1 ? "" : "; " + (errors.size() - 1) + " more in 'errors'";
        return where + ": " + first.message() + more + ". Nothing of the document was stored";
    }
}

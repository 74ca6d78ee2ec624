package io.lotline.epcis.internal;

import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.EventError;
import io.lotline.epcis.InvalidEpcisDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Reads a captured document of either format into its events, refusing one that is not EPCIS 2.0. */
class EpcisDocuments {
    static final int MAX_IDENTIFIER = 1000;
    private final JsonDocuments json = new JsonDocuments();
    private final XmlDocuments xml = new XmlDocuments(json.mapper());

    List<CapturedEvent> read(byte[] document, DocumentFormat format) {
        List<CapturedEvent> events = format == DocumentFormat.XML ? xml.read(document) : json.read(document);
        List<EventError> tooLong = new ArrayList<>();
        events.forEach(event -> tooLong.addAll(tooLong(event)));
        if (!tooLong.isEmpty()) {
            throw new InvalidEpcisDocument("identifier-length", tooLong);
        }
        return events;
    }

    /** Identifiers longer than Lotline stores: valid URIs, but none a partner would send in earnest. */
    private static List<EventError> tooLong(CapturedEvent event) {
        List<EventError> errors = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventID", event.key());
        fields.put("bizStep", event.bizStep());
        fields.put("disposition", event.disposition());
        fields.put("readPoint.id", event.readPoint());
        fields.put("bizLocation.id", event.bizLocation());
        fields.put("transformationID", event.transformationId());
        event.identifiers().forEach(identifier -> fields.putIfAbsent(identifier.value(), identifier.value()));
        fields.forEach((field, value) -> {
            if (value != null && value.length() > MAX_IDENTIFIER) {
                errors.add(new EventError(event.index(), event.eventId(), field.equals(value) ? "identifier" : field,
                        "An identifier has at most " + MAX_IDENTIFIER + " characters; this one has "
                                + value.length()));
            }
        });
        return errors;
    }

    JsonMapper mapper() {
        return json.mapper();
    }
}

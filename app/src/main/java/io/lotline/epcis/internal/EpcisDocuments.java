package io.lotline.epcis.internal;

import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.EventError;
import io.lotline.shared.TextRule;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a captured document of either format event by event, refusing one that is not EPCIS 2.0. Events are
 * handed on as they are read and checked, a few hundred at a time ({@link ReadAhead}), while nothing wrong has been
 * found in the document; the refusal, with every problem found, comes when the reading ends. What was handed on
 * before is the receiver's to undo.
 */
class EpcisDocuments {
    static final int MAX_IDENTIFIER = 1000;
    private final JsonDocuments json = new JsonDocuments();
    private final XmlDocuments xml = new XmlDocuments(json.mapper());

    /** Hands each event to {@code sink} in document order; throws for a document that is not EPCIS 2.0. */
    void read(InputStream document, DocumentFormat format, Consumer<CapturedEvent> sink) {
        read(document, format, events -> { }, sink);
    }

    /**
     * Hands each event to {@code sink} in document order, each run of events read ahead to {@code ahead} first;
     * throws for a document that is not EPCIS 2.0.
     */
    void read(InputStream document, DocumentFormat format, Consumer<List<CapturedEvent>> ahead,
              Consumer<CapturedEvent> sink) {
        ReadAhead buffered = new ReadAhead(ahead, sink);
        Refusals refusals = new Refusals(buffered::handOn);
        Consumer<CapturedEvent> checked = event -> {
            List<EventError> tooLong = tooLong(event);
            refusals.add("identifier-length", tooLong);
            List<EventError> schemes = tooLong.isEmpty() ? EpcSchemes.unknown(event) : List.of();
            refusals.add("epc-scheme", schemes);
            if (tooLong.isEmpty() && schemes.isEmpty()) {
                List<EventError> hidden = new ArrayList<>();
                hiddenText(event.index(), event.eventId(), event.body(json.mapper()::readTree), "", hidden);
                refusals.add(TextRule.FREE_TEXT.rule(), hidden);
            }
            if (!refusals.any()) {
                buffered.add(event);
            }
        };
        try {
            if (format == DocumentFormat.XML) {
                xml.read(document, checked, refusals);
            } else {
                json.read(document, checked, refusals);
            }
        } catch (RuntimeException unread) {
            buffered.handOn();
            throw unread;
        }
        buffered.handOn();
        refusals.throwIfAny();
    }

    /** The events of a document held whole, as a list. */
    List<CapturedEvent> read(byte[] document, DocumentFormat format) {
        List<CapturedEvent> events = new ArrayList<>();
        read(new ByteArrayInputStream(document), format, events::add);
        return events;
    }

    /**
     * Text a partner sends is held to the rule the API holds free text to (no control, bidirectional-override or
     * zero-width characters), in names and values alike: it reaches lots, pages and exports.
     */
    private static void hiddenText(int index, String eventId, JsonNode node, String path, List<EventError> errors) {
        if (node.isString()) {
            TextRule.FREE_TEXT.refusal(node.asString()).ifPresent(reason ->
                    errors.add(new EventError(index, eventId, path, "The text " + TextRule.escaped(node.asString())
                            + " holds " + reason)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hiddenText(index, eventId, node.get(i), path + "/" + i, errors);
            }
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                String at = path + "/" + field.getKey();
                TextRule.FREE_TEXT.refusal(field.getKey()).ifPresent(reason -> errors.add(new EventError(index,
                        eventId, at, "The name " + TextRule.escaped(field.getKey()) + " holds " + reason)));
                hiddenText(index, eventId, field.getValue(), at, errors);
            });
        }
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

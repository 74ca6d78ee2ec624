package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.EventQuery;
import io.lotline.epcis.InvalidEpcisDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an EPCIS 2.0 JSON-LD document, query document or single event (as the REST binding's {@code /events}
 * takes it) into its events, after the schema has passed it.
 */
class JsonDocuments {
    private static final List<String> DOCUMENT_TYPES = List.of("EPCISDocument", "EPCISQueryDocument");

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final JsonSchemaCheck schema = new JsonSchemaCheck();

    List<CapturedEvent> read(byte[] document) {
        JsonNode root = parse(document);
        List<EventError> errors = schema.check(root);
        if (!errors.isEmpty()) {
            throw new InvalidEpcisDocument("epcis-json-schema", errors);
        }
        String type = root.path("type").asString("");
        if (EventQuery.EVENT_TYPES.contains(type)) {
            return List.of(event(0, root));
        }
        if (!DOCUMENT_TYPES.contains(type)) {
            throw new InvalidEpcisDocument("epcis-document-type", List.of(new EventError(null, null, "$.type",
                    "The type '" + type + "' is neither a document type " + DOCUMENT_TYPES + " nor an event type "
                            + EventQuery.EVENT_TYPES)));
        }
        JsonNode body = root.path("epcisBody");
        JsonNode list = body.has("eventList") ? body.path("eventList")
                : body.path("queryResults").path("resultsBody").path("eventList");
        List<CapturedEvent> events = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            events.add(event(index, withContext(list.path(index), root.path("@context"))));
        }
        return events;
    }

    JsonNode parse(byte[] document) {
        try {
            JsonNode root = json.readTree(document);
            if (root == null || !root.isObject()) {
                throw new InvalidEpcisDocument("well-formed-json", List.of(new EventError(null, null, "$",
                        "The document is not a JSON object")));
            }
            return root;
        } catch (JacksonException malformed) {
            throw new InvalidEpcisDocument("well-formed-json", List.of(new EventError(null, null, "$",
                    "The document is not well-formed JSON: " + malformed.getOriginalMessage())));
        }
    }

    JsonMapper mapper() {
        return json;
    }

    /**
     * The event carries the document's context with it, so that its extension prefixes keep their meaning when it
     * is answered in another document. The content hash is taken without it.
     */
    private JsonNode withContext(JsonNode event, JsonNode context) {
        if (event.has("@context") || context.isMissingNode()) {
            return event;
        }
        ObjectNode copy = json.createObjectNode();
        copy.set("@context", context);
        copy.setAll((ObjectNode) event);
        return copy;
    }

    private CapturedEvent event(int index, JsonNode event) {
        String compact = json.writeValueAsString(event);
        ObjectNode content = ((ObjectNode) event).deepCopy();
        content.remove("@context");
        return new CapturedEvent(index, text(event, "type"), text(event, "eventID"), ContentHash.of(canonical(content)),
                EventTimes.of(index, event),
                text(event, "eventTimeZoneOffset"), text(event, "action"), text(event, "bizStep"),
                text(event, "disposition"), text(event.path("readPoint"), "id"),
                text(event.path("bizLocation"), "id"), text(event, "transformationID"),
                CapturedEvent.Identifier.of(event), compact, compact);
    }

    /** The event with its members in name order, so that the same content always hashes the same. */
    private String canonical(ObjectNode event) {
        return json.writeValueAsString(sorted(event));
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = json.createObjectNode();
            node.propertyNames().stream().sorted().forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            var copy = json.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : null;
    }
}

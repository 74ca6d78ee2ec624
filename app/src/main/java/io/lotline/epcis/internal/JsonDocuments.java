package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.EventQuery;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an EPCIS 2.0 JSON-LD document, query document or single event (as the REST binding's {@code /events}
 * takes it) event by event: each event of the event list is held alone, checked against the schema and handed on
 * before the next is read; the rest of the document is checked when it has been read.
 */
class JsonDocuments {
    private static final List<String> DOCUMENT_TYPES = List.of("EPCISDocument", "EPCISQueryDocument");
    /** Where the event lists of the two document types are, and the objects on the way to them. */
    private static final Map<String, String> EVENT_LISTS = Map.of("/epcisBody/eventList", ".epcisBody.eventList",
            "/epcisBody/queryResults/resultsBody/eventList", ".epcisBody.queryResults.resultsBody.eventList");
    private static final List<String> ON_THE_WAY = List.of("/epcisBody", "/epcisBody/queryResults",
            "/epcisBody/queryResults/resultsBody");

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // members and events are read one at a time from one parser; what follows the document is checked here
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final JsonSchemaCheck schema = new JsonSchemaCheck();

    /** Hands each event that conforms to {@code sink}, in order, while nothing wrong has been found. */
    void read(InputStream document, Consumer<CapturedEvent> sink, Refusals refusals) {
        EventSizeLimit input = new EventSizeLimit(document);
        DocumentEvents events = new DocumentEvents(sink, refusals);
        try (JsonParser parser = json.createParser(input)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                refusals.add("well-formed-json", List.of(new EventError(null, null, "$",
                        "The document is not a JSON object")));
                return;
            }
            ObjectNode root = json.createObjectNode();
            readObject(parser, input, root, "", events);
            if (parser.nextToken() != null) {
                refusals.add("well-formed-json", List.of(new EventError(null, null, "$",
                        "The document has more after its JSON object")));
                return;
            }
            events.flush();
            finish(root, sink, refusals);
        } catch (JacksonIOException unreadable) {
            throw new UncheckedIOException(unreadable.getCause());
        } catch (JacksonException malformed) {
            refusals.add("well-formed-json", List.of(new EventError(null, null, "$",
                    "The document is not well-formed JSON: " + malformed.getOriginalMessage())));
        }
    }

    /** Reads an object's members into {@code into}, except the event lists, whose events go one by one. */
    private void readObject(JsonParser parser, EventSizeLimit input, ObjectNode into, String path,
                            DocumentEvents events) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String at = path + "/" + name;
            JsonToken value = parser.nextToken();
            if (EVENT_LISTS.containsKey(at) && value == JsonToken.START_ARRAY) {
                into.putArray(name);
                readEvents(parser, input, EVENT_LISTS.get(at), events);
            } else if (ON_THE_WAY.contains(at) && value == JsonToken.START_OBJECT) {
                readObject(parser, input, into.putObject(name), at, events);
            } else {
                input.hold(null);
                JsonNode member = json.readTree(parser);
                input.release();
                into.set(name, member);
                if (at.equals("/@context")) {
                    events.context(member);
                }
            }
        }
    }

    private void readEvents(JsonParser parser, EventSizeLimit input, String listPath, DocumentEvents events) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            input.hold(index);
            JsonNode event = json.readTree(parser);
            input.release();
            events.add(index, event, listPath);
            index++;
        }
    }

    /** The document without its events against the whole schema; a single event is handed on now. */
    private void finish(ObjectNode root, Consumer<CapturedEvent> sink, Refusals refusals) {
        refusals.add("epcis-json-schema", schema.check(root));
        if (refusals.any()) {
            return;
        }
        String type = root.path("type").asString("");
        if (EventQuery.EVENT_TYPES.contains(type)) {
            sink.accept(event(0, root));
        } else if (!DOCUMENT_TYPES.contains(type)) {
            refusals.add("epcis-document-type", List.of(new EventError(null, null, "$.type",
                    "The type '" + type + "' is neither a document type " + DOCUMENT_TYPES + " nor an event type "
                            + EventQuery.EVENT_TYPES)));
        }
    }

    JsonMapper mapper() {
        return json;
    }

    /**
     * The events of a document on their way: each checked against the schema and handed on with the document's
     * context. Events that come before the document's {@code @context} wait for it (JSON-LD writers put it first;
     * some of GS1's examples put it last, and then the events are held until it is read).
     */
    private final class DocumentEvents {
        private final Consumer<CapturedEvent> sink;
        private final Refusals refusals;
        private final List<CapturedEvent> waiting = new ArrayList<>();
        private JsonNode context;

        DocumentEvents(Consumer<CapturedEvent> sink, Refusals refusals) {
            this.sink = sink;
            this.refusals = refusals;
        }

        void context(JsonNode documentContext) {
            context = documentContext;
            List<CapturedEvent> ready = List.copyOf(waiting);
            waiting.clear();
            ready.forEach(event -> handOn(contextualised(event)));
        }

        void add(int index, JsonNode event, String listPath) {
            refusals.add("epcis-json-schema", schema.checkEvent(event, index, listPath));
            if (refusals.any()) {
                waiting.clear();
                return;
            }
            CapturedEvent read = event(index, context == null ? event : JsonDocuments.this.withContext(event, context));
            if (context == null) {
                waiting.add(read);
            } else {
                handOn(read);
            }
        }

        void flush() {
            waiting.forEach(this::handOn);
            waiting.clear();
        }

        private CapturedEvent contextualised(CapturedEvent event) {
            return event(event.index(), JsonDocuments.this.withContext(json.readTree(event.json()), context));
        }

        private void handOn(CapturedEvent event) {
            if (!refusals.any()) {
                sink.accept(event);
            }
        }
    }

    /**
     * The event carries the document's context with it, so that its extension prefixes keep their meaning when it
     * is answered in another document. The content hash is taken without it.
     */
    private JsonNode withContext(JsonNode event, JsonNode context) {
        if (event.has("@context") || context == null || context.isMissingNode()) {
            return event;
        }
        ObjectNode copy = json.createObjectNode();
        copy.set("@context", context);
        copy.setAll((ObjectNode) event);
        return copy;
    }

    private CapturedEvent event(int index, JsonNode event) {
        String compact = json.writeValueAsString(event);
        return new CapturedEvent(index, text(event, "type"), text(event, "eventID"), ContentHash.ofEvent(event, json),
                EventHash.of(event), EventTimes.of(index, event),
                text(event, "eventTimeZoneOffset"), text(event, "action"), text(event, "bizStep"),
                text(event, "disposition"), text(event.path("readPoint"), "id"),
                text(event.path("bizLocation"), "id"), text(event, "transformationID"),
                CapturedEvent.Identifier.of(event), compact, compact, event);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : null;
    }
}

package io.lotline.epcis.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.lotline.epcis.EventError;
import io.lotline.epcis.EventQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks JSON-LD against the official EPCIS 2.0 JSON Schema (draft-07, self-contained, kept as a resource), with
 * format assertions on: a bizStep or an extension key that is not a URI is refused, as the standard says. A document
 * is checked in parts, as it is read: each event of its event list against the schema's definition of a document's
 * event, and the rest (the event list left empty) against the whole schema. That definition sends an event of each
 * standard type to the type's own definition ({@code if type is ObjectEvent then ObjectEvent}); such an event is
 * checked against its type's definition at once, which is the same check without trying the other types first.
 */
class JsonSchemaCheck {
    private static final String ID = "https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json";
    private final Schema document;
    private final Schema event;
    private final Map<String, Schema> eventTypes;

    JsonSchemaCheck() {
        String text;
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(ID, text)));
        document = registry.getSchema(SchemaLocation.of(ID));
        event = registry.getSchema(SchemaLocation.of(ID + "#/definitions/EPCIS-Document-Event"));
        eventTypes = EventQuery.EVENT_TYPES.stream().collect(Collectors.toUnmodifiableMap(type -> type,
                type -> registry.getSchema(SchemaLocation.of(ID + "#/definitions/" + type))));
    }

    /** Every breach of the schema by a document or a single event; empty when it conforms. */
    List<EventError> check(JsonNode root) {
        return errors(document, root, null, "");
    }

    /** Every breach of the schema by the event at this index of the event list found at {@code listPath}. */
    List<EventError> checkEvent(JsonNode node, int index, String listPath) {
        Schema own = node.isObject() && node.path("type").isString()
                ? eventTypes.getOrDefault(node.path("type").asString(), event) : event;
        return errors(own, node, index, listPath + "[" + index + "]");
    }

    private static List<EventError> errors(Schema schema, JsonNode node, Integer index, String prefix) {
        Map<String, EventError> errors = new LinkedHashMap<>();
        String eventId = index != null && node.path("eventID").isString() ? node.path("eventID").asString() : null;
        for (Error error : schema.validate(node)) {
            String path = placed(prefix, error.getInstanceLocation());
            errors.putIfAbsent(path + error.getMessage(), new EventError(index, eventId, path, error.getMessage()));
            if (errors.size() == Refusals.MAX_ERRORS) {
                break;
            }
        }
        return List.copyOf(errors.values());
    }

    /** The error's place in the whole document: the event's own place is put before its place in the event. */
    private static String placed(String prefix, NodePath at) {
        String path = at.toString();
        return prefix.isEmpty() ? path : path.startsWith("$") ? "$" + prefix + path.substring(1) : prefix + path;
    }
}

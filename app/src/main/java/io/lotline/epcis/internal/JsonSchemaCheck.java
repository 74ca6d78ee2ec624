package io.lotline.epcis.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.lotline.epcis.EventError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON-LD document against the official EPCIS 2.0 JSON Schema (draft-07, self-contained, kept as a
 * resource), with format assertions on: a bizStep or an extension key that is not a URI is refused, as the standard
 * says.
 */
class JsonSchemaCheck {
    static final int MAX_ERRORS = 20;
    private final Schema schema;

    JsonSchemaCheck() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every breach of the schema, each placed in its event; empty when the document conforms. */
    List<EventError> check(JsonNode document) {
        Map<String, EventError> errors = new LinkedHashMap<>();
        for (Error error : schema.validate(document)) {
            NodePath at = error.getInstanceLocation();
            Integer index = eventIndex(at);
            String eventId = index == null ? null : eventId(document, at, index);
            String path = at.toString();
            errors.putIfAbsent(path + error.getMessage(), new EventError(index, eventId, path, error.getMessage()));
            if (errors.size() == MAX_ERRORS) {
                break;
            }
        }
        return List.copyOf(errors.values());
    }

    /** The index in the event list where the error is, if it is inside an event. */
    private static Integer eventIndex(NodePath at) {
        for (int i = 0; i + 1 < at.getNameCount(); i++) {
            if ("eventList".equals(at.getName(i)) && at.getElement(i + 1) instanceof Integer index) {
                return index;
            }
        }
        return null;
    }

    private static String eventId(JsonNode document, NodePath at, int index) {
        JsonNode node = document;
        for (int i = 0; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            node = element instanceof Integer position ? node.path(position) : node.path(String.valueOf(element));
            if ("eventList".equals(element)) {
                JsonNode id = node.path(index).path("eventID");
                return id.isString() ? id.asString() : null;
            }
        }
        return null;
    }
}

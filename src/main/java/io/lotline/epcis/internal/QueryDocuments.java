package io.lotline.epcis.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes found events as an EPCIS 2.0 query document (JSON-LD), each with the time Lotline recorded it. */
class QueryDocuments {
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private final JsonMapper json;
    private final Clock clock;

    QueryDocuments(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    String of(List<CapturedEvents.StoredEvent> events) {
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(CONTEXT);
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", RFC_3339.format(clock.instant().atOffset(ZoneOffset.UTC)));
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        ArrayNode list = results.putObject("resultsBody").putArray("eventList");
        for (CapturedEvents.StoredEvent event : events) {
            ObjectNode node = (ObjectNode) json.readTree(event.json());
            node.put("recordTime", RFC_3339.format(event.recordTime().withOffsetSameInstant(ZoneOffset.UTC)));
            list.add(node);
        }
        return json.writeValueAsString(document);
    }
}

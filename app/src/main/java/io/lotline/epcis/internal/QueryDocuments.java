package io.lotline.epcis.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes found events as an EPCIS 2.0 query document (JSON-LD), each with the time Lotline recorded it and, where lots
 * are born, their lot master data ({@link LotMasterData}).
 */
class QueryDocuments {
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private final JsonMapper json;
    private final Clock clock;
    private final Consumer<ObjectNode> masterData;

    QueryDocuments(JsonMapper json, Clock clock, Consumer<ObjectNode> masterData) {
        this.json = json;
        this.clock = clock;
        this.masterData = masterData;
    }

    String of(List<CapturedEvents.StoredEvent> events) {
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(CONTEXT).addObject().put(LotMasterData.PREFIX, LotMasterData.NAMESPACE);
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", RFC_3339.format(clock.instant().atOffset(ZoneOffset.UTC)));
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        ArrayNode list = results.putObject("resultsBody").putArray("eventList");
        for (CapturedEvents.StoredEvent event : events) {
            ObjectNode node = (ObjectNode) json.readTree(event.json());
            node.put("recordTime", RFC_3339.format(event.at().recordTime().withOffsetSameInstant(ZoneOffset.UTC)));
            masterData.accept(node);
            list.add(node);
        }
        return json.writeValueAsString(document);
    }
}

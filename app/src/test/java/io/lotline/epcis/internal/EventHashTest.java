package io.lotline.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventHashTest {
    private static final Path VALID = Path.of("../shared/vectors/epcis/valid");
    /**
     * The examples whose ids no form of the algorithm reproduces: they carry sensor data, a persistent disposition,
     * certification and error declarations, fields the generator that computed the examples' ids wrote otherwise.
     */
    private static final List<String> IDS_OF_ANOTHER_GENERATOR = List.of("56ba4f35", "dae7b481", "74f1dc48",
            "cd834b5a", "3785a2a5", "45a99ca9", "0bf4271d");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_example_event_hashes_to_its_event_id_in_the_urn_form_its_id_was_computed_in() throws IOException {
        Map<String, String> computed = new TreeMap<>();
        Map<String, String> given = new TreeMap<>();
        for (ObjectNode event : exampleEvents()) {
            String id = event.path("eventID").asString();
            String name = id.substring(EventHash.PREFIX.length(), EventHash.PREFIX.length() + 8);
            if (!IDS_OF_ANOTHER_GENERATOR.contains(name)) {
                computed.put(name + "@" + computed.size(), EventHash.of(event, EventHash.Form.URN));
                given.put(name + "@" + given.size(), id);
            }
        }
        assertThat(computed).hasSize(10).isEqualTo(given);
    }

    @Test
    void the_examples_of_another_generator_are_the_ones_named_and_no_more() throws IOException {
        List<String> differing = new ArrayList<>();
        for (ObjectNode event : exampleEvents()) {
            String id = event.path("eventID").asString();
            if (!EventHash.of(event, EventHash.Form.URN).equals(id)) {
                differing.add(id.substring(EventHash.PREFIX.length(), EventHash.PREFIX.length() + 8));
            }
        }
        assertThat(differing).containsExactlyInAnyOrderElementsOf(IDS_OF_ANOTHER_GENERATOR);
    }

    @Test
    void the_same_event_written_with_urns_or_digital_links_in_any_order_and_offset_has_one_hash() {
        JsonNode urns = json.readTree("""
                {"type": "ObjectEvent", "eventTime": "2025-03-04T09:02:00.5+01:00", "eventTimeZoneOffset": "+01:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.2018", "urn:epc:id:sgtin:0614141.107346.2017"],
                 "action": "OBSERVE", "bizStep": "urn:epcglobal:cbv:bizstep:receiving", "disposition": "in_progress",
                 "bizLocation": {"id": "urn:epc:id:sgln:0614141.07346.0"},
                 "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.998877", "quantity": 200.50,
                                   "uom": "KGM"}]}""");
        JsonNode links = json.readTree("""
                {"quantityList": [{"uom": "KGM", "quantity": 200.5,
                                   "epcClass": "https://example.com/01/04012345123456/10/998877"}],
                 "bizLocation": {"id": "https://id.gs1.org/414/0614141073467"},
                 "eventID": "urn:uuid:00000000-0000-4000-8000-000000000001", "recordTime": "2025-03-05T00:00:00Z",
                 "type": "ObjectEvent", "eventTime": "2025-03-04T08:02:00.500Z", "eventTimeZoneOffset": "+01:00",
                 "epcList": ["https://id.gs1.org/01/10614141073464/21/2017",
                             "https://id.gs1.org/01/10614141073464/21/2018"],
                 "action": "OBSERVE", "bizStep": "receiving", "disposition": "https://ref.gs1.org/cbv/Disp-in_progress"}
                """);

        assertThat(EventHash.of(links)).isEqualTo(EventHash.of(urns)).startsWith("ni:///sha-256;")
                .endsWith("?ver=CBV2.0");
        assertThat(EventHash.preHash(urns, EventHash.Form.WEB)).isEqualTo("eventType=ObjectEvent"
                + "eventTime=2025-03-04T08:02:00.500ZeventTimeZoneOffset=+01:00"
                + "epcListepc=https://id.gs1.org/01/10614141073464/21/2017"
                + "epc=https://id.gs1.org/01/10614141073464/21/2018"
                + "quantityListquantityElementepcClass=https://id.gs1.org/01/04012345123456/10/998877"
                + "quantity=200.5uom=KGMaction=OBSERVEbizStep=https://ns.gs1.org/voc/Bizstep-receiving"
                + "disposition=https://ns.gs1.org/voc/Disp-in_progress"
                + "bizLocationid=https://id.gs1.org/414/0614141073467");
    }

    @Test
    void another_quantity_or_lot_is_another_hash() {
        String event = """
                {"type": "ObjectEvent", "eventTime": "2025-03-04T09:02:00+01:00", "eventTimeZoneOffset": "+01:00",
                 "action": "OBSERVE", "quantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.012345.%s",
                 "quantity": %s}]}""";

        String hash = EventHash.of(json.readTree(event.formatted("A1", "5")));

        assertThat(EventHash.of(json.readTree(event.formatted("A1", "6")))).isNotEqualTo(hash);
        assertThat(EventHash.of(json.readTree(event.formatted("A2", "5")))).isNotEqualTo(hash);
    }

    @Test
    void an_extension_is_hashed_by_its_namespace_not_its_prefix() {
        String event = """
                {"@context": [{"%s": "https://ns.example.com/epcis/"}], "type": "ObjectEvent",
                 "eventTime": "2025-03-04T09:02:00Z", "eventTimeZoneOffset": "+00:00", "action": "OBSERVE",
                 "%s:note": "kept cold"}""";

        assertThat(EventHash.of(json.readTree(event.formatted("ex", "ex"))))
                .isEqualTo(EventHash.of(json.readTree(event.formatted("other", "other"))));
    }

    @Test
    void a_number_too_long_to_write_out_and_a_urn_without_its_digits_are_hashed_as_written() {
        JsonNode event = json.readTree("""
                {"@context": {"ex": "https://ns.example.com/epcis/"}, "type": "ObjectEvent",
                 "eventTime": "2025-03-04T09:02:00Z", "eventTimeZoneOffset": "+00:00", "action": "OBSERVE",
                 "epcList": ["urn:epc:id:sgtin:0614141..2017"], "ex:reading": "1e999999999"}""");

        assertThat(EventHash.preHash(event, EventHash.Form.WEB)).endsWith("epcListepc=urn:epc:id:sgtin:0614141..2017"
                + "action=OBSERVE{https://ns.example.com/epcis/}reading=1e999999999");
    }

    @Test
    void a_check_digit_is_the_gs1_one() {
        assertThat(EventHash.DigitalLinks.checked("1061414107346")).isEqualTo("10614141073464");
        assertThat(EventHash.DigitalLinks.checked("061414107346")).isEqualTo("0614141073467");
    }

    /** Every example event (or event on its own) that carries an event hash as its id, with its document's context. */
    private List<ObjectNode> exampleEvents() throws IOException {
        List<ObjectNode> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(VALID)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.json(ld)?")).sorted().toList()) {
                JsonNode document = json.readTree(file.toFile());
                JsonNode body = document.path("epcisBody");
                List<JsonNode> lists = List.of(body.path("eventList"),
                        body.path("queryResults").path("resultsBody").path("eventList"),
                        json.createArrayNode().add(document));
                for (JsonNode list : lists) {
                    for (JsonNode event : list) {
                        if (event.path("eventID").asString("").startsWith(EventHash.PREFIX)) {
                            ObjectNode copy = ((ObjectNode) event).deepCopy();
                            copy.set("@context", document.path("@context"));
                            events.add(copy);
                        }
                    }
                }
            }
        }
        return events;
    }
}

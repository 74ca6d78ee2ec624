package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A partner's system sends EPCIS documents: once, twice, with a mistake, or with an id it already used. */
class EpcisCaptureIT extends IntegrationTest {

    @Test
    void a_document_sent_twice_is_captured_once() {
        String id = newId();
        String document = document(receiving(id, "LOT-" + id.substring(9, 17), "38.5"));

        MvcTestResult first = post("application/ld+json", document);
        MvcTestResult second = post("application/json", document);

        assertThat(first).hasStatusOk();
        assertThat((Integer) read(first, "$.captured")).isEqualTo(1);
        assertThat((Integer) read(second, "$.captured")).isZero();
        assertThat((Integer) read(second, "$.alreadyCaptured")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from epcis_events where event_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void an_event_id_captured_before_with_other_content_is_refused_and_nothing_of_the_document_is_stored() {
        String id = newId();
        String other = newId();
        post("application/ld+json", document(receiving(id, "LOT-A", "38.5")));
        long before = count("epcis_events");

        MvcTestResult result = post("application/ld+json",
                document(receiving(other, "LOT-B", "1") + "," + receiving(id, "LOT-A", "40")));

        assertThat(result).hasStatus(409).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.field")).isEqualTo("epcisBody.eventList[1].eventID");
        assertThat((String) read(result, "$.value")).isEqualTo(id);
        assertThat((String) read(result, "$.rule")).isEqualTo("event-id-unique");
        assertThat((Integer) read(result, "$.index")).isEqualTo(1);
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    @Test
    void one_bad_event_refuses_the_whole_document_naming_its_index_and_event_id() {
        String good = newId();
        String bad = newId();
        long before = count("epcis_events");

        MvcTestResult result = post("application/ld+json", document(receiving(good, "LOT-C", "2") + ","
                + receiving(bad, "LOT-D", "2").replace("\"receiving\"", "\"unloading goods\"")));

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((Integer) read(result, "$.errors[0].index")).isEqualTo(1);
        assertThat((String) read(result, "$.errors[0].eventID")).isEqualTo(bad);
        assertThat((String) read(result, "$.errors[0].path")).contains("bizStep");
        assertThat((String) read(result, "$.detail")).startsWith("Event 1 (" + bad + ")");
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    @Test
    void text_with_a_bidirectional_override_anywhere_in_an_event_refuses_the_document_as_the_api_would() {
        String id = newId();
        long before = count("epcis_events");

        String note = "\"https://ns.example.com/epcis/note\": \"crate \u202Eexe.txt\", ";
        MvcTestResult result = post("application/ld+json", document(receiving(id, "LOT-E", "2")
                .replace("\"action\"", note + "\"action\"")));

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.rule")).isEqualTo("free-text-characters");
        assertThat((Integer) read(result, "$.errors[0].index")).isZero();
        assertThat((String) read(result, "$.errors[0].path")).isEqualTo("/https://ns.example.com/epcis/note");
        assertThat((String) read(result, "$.errors[0].message")).contains("\\u202E");
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    @Test
    void an_event_without_an_id_is_recognised_by_its_event_hash_however_it_is_written_again() {
        String lot = "LOT-" + UUID.randomUUID().toString().substring(0, 8);
        String document = document(receiving(null, lot, "5"));
        String rewritten = document.replace("urn:epc:id:sgln:9521234.00001.0", "https://id.gs1.org/414/9521234000013")
                .replace("2025-03-04T09:02:00+01:00", "2025-03-04T08:02:00.000Z")
                .replace("\"quantity\": 5", "\"quantity\": 5.0");

        MvcTestResult first = post("application/ld+json", document);
        MvcTestResult again = post("application/ld+json", rewritten);

        List<String> ids = read(first, "$.eventIds");
        assertThat(ids.get(0)).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
        assertThat((Integer) read(first, "$.captured")).isEqualTo(1);
        assertThat((Integer) read(again, "$.alreadyCaptured")).isEqualTo(1);
        assertThat((List<String>) read(again, "$.eventIds")).isEqualTo(ids);
        assertThat(jdbc.sql("select count(*) from epcis_events where event_hash = ?").param(ids.get(0))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_event_sent_without_an_id_and_again_with_its_event_hash_as_id_is_captured_once() {
        String lot = "LOT-" + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult first = post("application/ld+json", document(receiving(null, lot, "3")));
        String hash = read(first, "$.eventIds[0]");

        MvcTestResult again = post("application/ld+json", document(receiving(hash, lot, "3")));

        assertThat(again).hasStatusOk();
        assertThat((Integer) read(again, "$.alreadyCaptured")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from epcis_events where event_hash = ?").param(hash)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_event_whose_own_event_hash_id_is_not_its_content_is_kept_with_the_hash_lotline_computed() {
        String lot = "LOT-" + UUID.randomUUID().toString().substring(0, 8);
        String claimed = "ni:///sha-256;" + "0".repeat(56) + lot.substring(4) + "?ver=CBV2.0";

        MvcTestResult result = post("application/ld+json", document(receiving(claimed, lot, "7")));
        String computed = read(post("application/ld+json", document(receiving(null, lot, "7"))), "$.eventIds[0]");

        assertThat(result).hasStatusOk();
        assertThat((Integer) read(result, "$.captured")).isEqualTo(1);
        assertThat((List<String>) read(result, "$.eventIds")).containsExactly(claimed);
        assertThat(jdbc.sql("select event_hash from epcis_events where event_id = ?").param(claimed)
                .query(String.class).single()).isEqualTo(computed).isNotEqualTo(claimed);
    }

    @Test
    void an_xml_document_is_captured_with_its_fields_in_their_bare_cbv_names() {
        String id = newId();
        String xml = """
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
                    creationDate="2025-03-04T10:15:00Z">
                  <EPCISBody><EventList><ObjectEvent>
                    <eventTime>2025-03-04T09:02:00+01:00</eventTime>
                    <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
                    <eventID>%s</eventID>
                    <epcList/>
                    <action>OBSERVE</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:receiving</bizStep>
                    <disposition>urn:epcglobal:cbv:disp:in_progress</disposition>
                    <bizLocation><id>urn:epc:id:sgln:9521234.00001.0</id></bizLocation>
                    <quantityList><quantityElement>
                      <epcClass>urn:epc:class:lgtin:9521234.054321.X-1</epcClass>
                      <quantity>38.5</quantity><uom>KGM</uom>
                    </quantityElement></quantityList>
                  </ObjectEvent></EventList></EPCISBody>
                </epcis:EPCISDocument>""".formatted(id);

        MvcTestResult result = post("application/xml", xml);

        assertThat(result).hasStatusOk();
        assertThat(jdbc.sql("select biz_step || ' ' || disposition || ' ' || format from epcis_events"
                + " where event_id = ?").param(id).query(String.class).single())
                .isEqualTo("receiving in_progress XML");
        assertThat(jdbc.sql("select original from epcis_events where event_id = ?").param(id).query(String.class)
                .single()).contains("<eventID>" + id + "</eventID>", "<quantity>38.5</quantity>");
    }

    @Test
    void events_sent_as_json_ld_are_kept_once_as_json_ld_in_the_order_of_their_document() {
        List<String> ids = java.util.stream.IntStream.range(0, 3).mapToObj(i -> newId()).toList();
        String events = String.join(",", ids.stream().map(id -> receiving(id, "LOT-O" + id.substring(9, 17), "2"))
                .toList());

        MvcTestResult result = post("application/ld+json", document(events));

        assertThat(result).hasStatusOk();
        assertThat(jdbc.sql("select event_id from epcis_events where event_id in (:ids) order by id")
                .param("ids", ids).query(String.class).list()).containsExactlyElementsOf(ids);
        assertThat(jdbc.sql("""
                        select count(*) from epcis_events
                         where event_id in (:ids) and original is null and format = 'JSON'
                           and event_json like concat('%"', event_id, '"%')""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void an_xml_document_against_the_schema_names_the_event_and_the_line() {
        String xml = """
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
                    creationDate="2025-03-04T10:15:00Z">
                  <EPCISBody><EventList><ObjectEvent>
                    <eventTime>2025-03-04T09:02:00+01:00</eventTime>
                    <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
                    <eventID>urn:uuid:00000000-0000-4000-8000-000000000001</eventID>
                    <epcList/>
                    <action>LOOK</action>
                  </ObjectEvent></EventList></EPCISBody>
                </epcis:EPCISDocument>""";

        MvcTestResult result = post("text/xml", xml);

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((Integer) read(result, "$.errors[0].index")).isZero();
        assertThat((String) read(result, "$.errors[0].eventID"))
                .isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000001");
        assertThat((String) read(result, "$.errors[0].path")).startsWith("line 8");
        assertThat((String) read(result, "$.errors[0].message")).contains("LOOK");
    }

    @Test
    void an_event_time_written_in_lower_case_is_read_as_the_same_moment() {
        String id = newId();
        String document = document(receiving(id, "LOT-H", "1")
                .replace("2025-03-04T09:02:00+01:00", "2025-03-04t08:02:00z"));

        assertThat(post("application/ld+json", document)).hasStatusOk();
        assertThat(jdbc.sql("select event_time from epcis_events where event_id = ?").param(id)
                .query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(java.time.Instant.parse("2025-03-04T08:02:00Z"));
    }

    @Test
    void an_xml_event_time_without_offset_is_refused_by_the_schema() {
        String xml = """
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
                    creationDate="2025-03-04T10:15:00Z">
                  <EPCISBody><EventList><ObjectEvent>
                    <eventTime>2025-03-04T09:02:00</eventTime>
                    <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
                    <epcList><epc>urn:epc:id:sgtin:9521234.054321.400</epc></epcList>
                    <action>OBSERVE</action>
                  </ObjectEvent></EventList></EPCISBody>
                </epcis:EPCISDocument>""";

        MvcTestResult result = post("application/xml", xml);

        assertThat(result).hasStatus(400);
        assertThat((String) read(result, "$.errors[0].message")).contains("2025-03-04T09:02:00");
    }

    @Test
    void an_event_id_longer_than_lotline_stores_is_refused_naming_the_event() {
        String id = "urn:uuid:" + "a".repeat(1000);

        MvcTestResult result = post("application/ld+json", document(receiving(id, "LOT-G", "1")));

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.rule")).isEqualTo("identifier-length");
        assertThat((String) read(result, "$.errors[0].path")).isEqualTo("eventID");
        assertThat((Integer) read(result, "$.errors[0].index")).isZero();
    }

    @Test
    void an_identifier_of_an_epc_scheme_the_tag_data_standard_does_not_define_refuses_the_document() {
        String id = newId();
        long before = count("epcis_events");

        MvcTestResult result = post("application/ld+json", document(receiving(newId(), "LOT-S", "1") + ","
                + """
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2025-03-04T09:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "inspecting",
                 "epcList": ["urn:epc:id:sgtn:0614141.107346.2017"]}""".formatted(id)));

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.rule")).isEqualTo("epc-scheme");
        assertThat((Integer) read(result, "$.errors[0].index")).isEqualTo(1);
        assertThat((String) read(result, "$.errors[0].eventID")).isEqualTo(id);
        assertThat((String) read(result, "$.detail")).contains("'sgtn'");
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_or_a_type_that_is_neither_json_nor_xml_is_refused() {
        assertThat(post("application/json", "{not json")).hasStatus(400)
                .hasContentType("application/problem+json");
        assertThat(post("application/json", "{\"type\": \"Invoice\"}")).hasStatus(400);
        assertThat(post("text/plain", "hello")).hasStatus(415).hasContentType("application/problem+json");
    }

    @Test
    void a_single_event_is_captured_through_the_events_resource() {
        String id = newId();
        String event = receiving(id, "LOT-E", "3").replaceFirst("\\{", "{\"@context\": [\""
                + "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"], ");

        MvcTestResult result = mvc.post().uri("/api/v1/epcis/events").with(httpBasic("supervisor", PASSWORD))
                .contentType("application/ld+json").content(event).exchange();

        assertThat(result).hasStatus(201);
        assertThat((List<String>) read(result, "$.eventIds")).containsExactly(id);
    }

    @Test
    void captured_events_cannot_be_changed_or_deleted_in_the_database() {
        String id = newId();
        post("application/ld+json", document(receiving(id, "LOT-F", "1")));

        assertThatThrownBy(() -> jdbc.sql("update epcis_events set biz_step = 'shipping' where event_id = ?")
                .param(id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from epcis_events where event_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void an_event_repeated_hundreds_of_events_later_in_one_document_is_captured_once_with_its_own_rows() {
        List<String> ids = java.util.stream.IntStream.range(0, 600).mapToObj(i -> newId()).toList();
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            events.append(i == 0 ? "" : ",").append(shipping(ids.get(i), "LOT-R" + i));
            if (i == 1 || i == 560) {
                events.append(",").append(shipping(ids.get(0), "LOT-R0"));
            }
        }

        MvcTestResult result = post("application/ld+json", document(events.toString()));

        assertThat(result).hasStatusOk();
        assertThat((Integer) read(result, "$.captured")).isEqualTo(600);
        assertThat((Integer) read(result, "$.alreadyCaptured")).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from epcis_events e
                          join epcis_event_identifiers i on i.event_row = e.id and i.kind = 'CLASS'
                          join epcis_event_lots l on l.event_row = e.id
                         where e.event_id in (:ids)
                           and i.identifier = concat('urn:epc:class:lgtin:9521234.054321.', l.lot)
                           and e.event_json like concat('%"', i.identifier, '"%')""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(600);
    }

    @Test
    void an_id_reused_with_other_content_after_hundreds_of_events_refuses_the_document_naming_it() {
        List<String> ids = java.util.stream.IntStream.range(0, 600).mapToObj(i -> newId()).toList();
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            events.append(i == 0 ? "" : ",").append(shipping(i == 550 ? ids.get(3) : ids.get(i), "LOT-S" + i));
        }
        long before = count("epcis_events");

        MvcTestResult result = post("application/ld+json", document(events.toString()));

        assertThat(result).hasStatus(409).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.value")).isEqualTo(ids.get(3));
        assertThat((Integer) read(result, "$.index")).isEqualTo(550);
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    private static String shipping(String id, String lot) {
        return receiving(id, lot, "5").replace("\"receiving\"", "\"shipping\"");
    }

    private MvcTestResult post(String type, String body) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD)).contentType(type)
                .content(body).exchange();
    }

    static String newId() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    static String document(String events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T10:15:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(events);
    }

    static String receiving(String id, String lot, String quantity) {
        return """
                {"type": "ObjectEvent", %s"eventTime": "2025-03-04T09:02:00+01:00", "eventTimeZoneOffset": "+01:00",
                 "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress", "epcList": [],
                 "bizLocation": {"id": "urn:epc:id:sgln:9521234.00001.0"},
                 "quantityList": [{"epcClass": "urn:epc:class:lgtin:9521234.054321.%s", "quantity": %s,
                                   "uom": "KGM"}]}""".formatted(id == null ? "" : "\"eventID\": \"" + id + "\", ",
                lot, quantity);
    }
}

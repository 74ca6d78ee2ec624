package io.lotline.epcis;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.lotline.support.IntegrationTest;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality asks what happened at one receiving dock: a delivery of flour, a shipment of a case, and a batch of bread
 * baked from the flour, sent by the partner's systems as EPCIS, and one more reported in XML.
 */
class EpcisQueryIT extends IntegrationTest {
    private String dock;
    private String flour;
    private String bread;
    private String batch;
    private String caseEpc;
    private String pallet;

    @BeforeEach
    void eventsAtOneDock() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        dock = "urn:epc:id:sgln:9521234.00001.D" + run;
        flour = "urn:epc:class:lgtin:9521234.054321.F" + run;
        bread = "urn:epc:class:lgtin:9521234.054322.B" + run;
        batch = "urn:uuid:" + UUID.randomUUID();
        caseEpc = "urn:epc:id:sgtin:9521234.054321.C" + run;
        pallet = "urn:epc:id:sscc:9521234." + String.format("%010d", Math.abs(run.hashCode()) % 1_000_000_000L);
        capture("application/ld+json", """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [
                   {"type": "ObjectEvent", "eventTime": "2025-03-04T09:00:00Z", "eventTimeZoneOffset": "+00:00",
                    "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress",
                    "bizLocation": {"id": "%1$s"}, "epcList": [],
                    "quantityList": [{"epcClass": "%2$s", "quantity": 500, "uom": "KGM"}]},
                   {"type": "ObjectEvent", "eventTime": "2025-03-04T10:00:00Z", "eventTimeZoneOffset": "+00:00",
                    "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
                    "readPoint": {"id": "%1$s"}, "bizLocation": {"id": "%1$s"}, "epcList": ["%5$s"]},
                   {"type": "TransformationEvent", "eventTime": "2025-03-04T11:00:00Z",
                    "eventTimeZoneOffset": "+00:00", "bizStep": "commissioning", "disposition": "active",
                    "bizLocation": {"id": "%1$s"}, "transformationID": "%4$s",
                    "inputQuantityList": [{"epcClass": "%2$s", "quantity": 38.5, "uom": "KGM"}],
                    "outputQuantityList": [{"epcClass": "%3$s", "quantity": 120, "uom": "H87"}]},
                   {"type": "AggregationEvent", "eventTime": "2025-03-04T10:30:00Z", "eventTimeZoneOffset": "+00:00",
                    "action": "ADD", "bizStep": "packing", "parentID": "%6$s", "childEPCs": ["%5$s"]}
                 ]}}""".formatted(dock, flour, bread, batch, caseEpc, pallet));
        capture("application/xml", """
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
                    creationDate="2025-03-04T12:00:00Z">
                  <EPCISBody><EventList><ObjectEvent>
                    <eventTime>2025-03-04T12:00:00Z</eventTime>
                    <eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
                    <epcList/>
                    <action>OBSERVE</action>
                    <bizStep>urn:epcglobal:cbv:bizstep:storing</bizStep>
                    <disposition>urn:epcglobal:cbv:disp:in_progress</disposition>
                    <bizLocation><id>%s</id></bizLocation>
                    <bizTransactionList>
                      <bizTransaction type="urn:epcglobal:cbv:btt:po">urn:epcglobal:cbv:bt:9521234000105:PO-1</bizTransaction>
                    </bizTransactionList>
                    <quantityList><quantityElement>
                      <epcClass>%s</epcClass><quantity>120</quantity><uom>H87</uom>
                    </quantityElement></quantityList>
                  </ObjectEvent></EventList></EPCISBody>
                </epcis:EPCISDocument>""".formatted(dock, bread));
    }

    @Test
    void each_parameter_of_the_query_interface_narrows_the_events_at_the_dock() {
        String at = "EQ_bizLocation=" + dock;

        assertThat(bizSteps(query(at))).containsExactly("receiving", "shipping", "commissioning", "storing");
        assertThat(bizSteps(query(at + "&eventType=ObjectEvent"))).containsExactly("receiving", "shipping",
                "storing");
        assertThat(bizSteps(query(at + "&EQ_bizStep=urn:epcglobal:cbv:bizstep:shipping"))).containsExactly(
                "shipping");
        assertThat(bizSteps(query(at + "&EQ_disposition=in_progress"))).containsExactly("receiving", "storing");
        assertThat(bizSteps(query(at + "&GE_eventTime=2025-03-04T10:00:00Z&LT_eventTime=2025-03-04T11:00:00Z")))
                .containsExactly("shipping");
        assertThat(bizSteps(query("EQ_readPoint=" + dock))).containsExactly("shipping");
        assertThat(bizSteps(query(at + "&MATCH_epc=" + caseEpc))).containsExactly("shipping");
        assertThat(bizSteps(query(at + "&MATCH_epc=urn:epc:idpat:sgtin:9521234.054321.*"))).containsExactly(
                "shipping");
        assertThat(bizSteps(query("MATCH_anyEPCClass=" + flour))).containsExactly("receiving", "commissioning");
        assertThat(bizSteps(query("MATCH_anyEPCClass=" + bread))).containsExactly("commissioning", "storing");
        assertThat(bizSteps(query("EQ_transformationID=" + batch))).containsExactly("commissioning");
        assertThat(bizSteps(query(at + "&EQ_bizStep=receiving|storing"))).containsExactly("receiving", "storing");
        assertThat(bizSteps(query("MATCH_epc=" + caseEpc))).containsExactly("shipping", "packing");
        assertThat(bizSteps(query("MATCH_epc=" + pallet))).isEmpty();
        assertThat(bizSteps(query("MATCH_anyEPC=" + pallet))).containsExactly("packing");
    }

    @Test
    void the_answer_is_an_epcis_query_document_valid_against_the_official_schema() throws Exception {
        MvcTestResult result = query("EQ_bizLocation=" + dock);

        assertThat(result).hasStatusOk().hasContentType("application/ld+json");
        assertThat((String) read(result, "$.type")).isEqualTo("EPCISQueryDocument");
        assertThat((List<String>) read(result, "$.epcisBody.queryResults.resultsBody.eventList[*].recordTime"))
                .hasSize(4);
        assertThat((String) read(result,
                "$.epcisBody.queryResults.resultsBody.eventList[3].bizTransactionList[0].type")).isEqualTo("po");
        try (InputStream schema = getClass().getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(schema);
            assertThat(validator.validate(JsonMapper.builder().build().readTree(body(result)))).isEmpty();
        }
    }

    @Test
    void pages_follow_one_another_through_the_next_link_until_the_last() {
        MvcTestResult first = query("EQ_bizLocation=" + dock + "&perPage=3");
        String next = first.getResponse().getHeader("Link");

        assertThat(bizSteps(first)).containsExactly("receiving", "shipping", "commissioning");
        assertThat(next).contains("nextPageToken=").endsWith("; rel=\"next\"");
        MvcTestResult second = get(next.substring(next.indexOf("/api/"), next.indexOf('>')));
        assertThat(bizSteps(second)).containsExactly("storing");
        assertThat(second.getResponse().getHeader("Link")).isNull();
    }

    @Test
    void a_query_with_a_bad_parameter_is_refused_naming_it() {
        assertThat((String) read(query("nextPageToken=forged"), "$.field")).isEqualTo("nextPageToken");
        assertThat((String) read(query("GE_eventTime=yesterday"), "$.field")).isEqualTo("GE_eventTime");
        assertThat((String) read(query("perPage=0"), "$.field")).isEqualTo("perPage");
        assertThat((String) read(query("eventType=Shipment"), "$.field")).isEqualTo("eventType");
        assertThat((String) read(query("EQ_bizstep=shipping"), "$.field")).isEqualTo("EQ_bizstep");
        assertThat((String) read(query("EQ_bizstep=shipping"), "$.rule")).isEqualTo("epcis-query-parameter");
        assertThat(query("perPage=0")).hasStatus(400).hasContentType("application/problem+json");
    }

    private static List<String> bizSteps(MvcTestResult result) {
        return read(result, "$.epcisBody.queryResults.resultsBody.eventList[*].bizStep");
    }

    private MvcTestResult query(String parameters) {
        return get("/api/v1/epcis/events?" + parameters);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(httpBasic("quality", PASSWORD)).exchange();
    }

    private void capture(String type, String document) {
        assertThat(mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD)).contentType(type)
                .content(document).exchange()).hasStatusOk();
    }
}

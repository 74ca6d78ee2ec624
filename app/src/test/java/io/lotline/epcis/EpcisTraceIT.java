package io.lotline.epcis;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner asks for the history of a bread lot in their own language: forward from the flour, the bake that turned it
 * into bread and the bread shipped to a shop; back from the bread, the bake and the flour received from the mill.
 */
class EpcisTraceIT extends IntegrationTest {
    private Floor.Site site;
    private Item flour;
    private String flourLot;
    private String breadLot;
    private String order;

    @BeforeEach
    void flourBakedIntoBreadAndShipped() {
        site = floor.aSite();
        flour = floor.anItem().withGtin().register();
        Item bread = floor.anItem().keptIn("EA").shelfLife(3).register();
        flourLot = floor.receive(site, flour, "500", site.rack(), null);
        order = "BAKE-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s", "plannedQuantity": {"amount": 400, "unit": "EA"}}"""
                .formatted(order, bread.sku()))).hasStatus(201);
        assertThat(as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 120.5, "unit": "KG"},
                             "from": {"location": "%s"}}]}""".formatted(flourLot, site.rack()))).hasStatus(201);
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 400, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made).hasStatus(201);
        breadLot = read(made, "$.lots[0].lotNumber");
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 150, "unit": "EA"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"customerOrder": "SO-7", "deliveryNote": "DN-7"}}"""
                .formatted(breadLot, site.rack(), site.customer()))).hasStatus(201);
    }

    @Test
    void the_forward_trace_is_one_epcis_document_valid_against_the_official_schema() throws Exception {
        MvcTestResult trace = as("compliance").get("/api/v1/epcis/trace?direction=FORWARD&lot=" + flourLot);

        assertThat(trace).hasStatusOk().hasContentType("application/ld+json");
        assertThat((String) read(trace, "$.type")).isEqualTo("EPCISDocument");
        assertThat((List<String>) read(trace, "$.epcisBody.eventList[*].type"))
                .containsExactly("TransformationEvent", "ObjectEvent");
        assertThat((List<String>) read(trace, "$.epcisBody.eventList[*].bizStep"))
                .containsExactly("commissioning", "shipping");
        assertThat((List<String>) read(trace, "$.epcisBody.eventList[*].disposition"))
                .containsExactly("active", "in_transit");
        String flourClass = "https://id.gs1.org/01/" + flour.gtin().value() + "/10/" + flourLot;
        assertThat((String) read(trace, "$.epcisBody.eventList[0].inputQuantityList[0].epcClass"))
                .isEqualTo(flourClass);
        assertThat((Double) read(trace, "$.epcisBody.eventList[0].inputQuantityList[0].quantity")).isEqualTo(120.5);
        assertThat((String) read(trace, "$.epcisBody.eventList[0].outputQuantityList[0].epcClass"))
                .endsWith(":" + breadLot);
        assertThat((String) read(trace, "$.epcisBody.eventList[0].transformationID")).endsWith(order);
        assertThat((String) read(trace, "$.epcisBody.eventList[1].quantityList[0].uom")).isEqualTo("H87");
        assertThat((String) read(trace, "$.epcisBody.eventList[1].bizTransactionList[1].bizTransaction"))
                .isEqualTo("urn:lotline:desadv:DN-7");
        try (InputStream schema = getClass().getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(schema);
            assertThat(validator.validate(JsonMapper.builder().build().readTree(body(trace)))).isEmpty();
        }
    }

    @Test
    void the_reverse_trace_of_the_bread_reaches_the_receipt_and_keeps_its_event_ids() {
        MvcTestResult first = as("quality").get("/api/v1/epcis/trace?direction=REVERSE&lot=" + breadLot);
        MvcTestResult again = as("quality").get("/api/v1/epcis/trace?direction=reverse&lot=" + breadLot);

        assertThat((List<String>) read(first, "$.epcisBody.eventList[*].bizStep"))
                .containsExactly("receiving", "commissioning");
        assertThat((List<String>) read(first, "$.epcisBody.eventList[*].disposition"))
                .containsExactly("in_progress", "active");
        assertThat((String) read(first, "$.epcisBody.eventList[0].quantityList[0].epcClass"))
                .isEqualTo("https://id.gs1.org/01/" + flour.gtin().value() + "/10/" + flourLot);
        assertThat((String) read(first, "$.epcisBody.eventList[0].quantityList[0].uom")).isEqualTo("KGM");
        assertThat((List<String>) read(again, "$.epcisBody.eventList[*].eventID"))
                .isEqualTo(read(first, "$.epcisBody.eventList[*].eventID"));
    }

    @Test
    void a_trace_in_no_direction_or_of_an_unknown_lot_is_refused_naming_the_field() {
        MvcTestResult sideways = as("quality").get("/api/v1/epcis/trace?direction=SIDEWAYS&lot=" + flourLot);

        assertThat(sideways).hasStatus(400).hasContentType("application/problem+json");
        assertThat((String) read(sideways, "$.field")).isEqualTo("direction");
        assertThat(as("quality").get("/api/v1/epcis/trace?direction=FORWARD&lot=NO-SUCH-LOT")).hasStatus(404);
        assertThat(as("operator").get("/api/v1/epcis/trace?direction=FORWARD&lot=" + flourLot)).hasStatus(403);
    }
}

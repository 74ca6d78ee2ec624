package io.lotline.recall;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A recall scoped by what lots carry: every lot of catch area FAO 87 from one vessel, received in a period, becomes a
 * suspect; lots of another catch area or outside the period do not. The scope is reviewed before it is confirmed.
 */
class RecallByAttributeIT extends IntegrationTest {
    @Autowired
    Clock clock;

    private Floor.Site site;
    private String sku;
    private String vessel;
    private String today;

    @BeforeEach
    void fishWithCatchAreaAndVessel() {
        String category = "SEA-" + Floor.next();
        vessel = "Santa Maria " + Floor.next();
        today = LocalDate.now(clock).toString();
        assertThat(as("supervisor").post("/api/v1/categories", """
                {"code": "%s", "name": "Seafood"}""".formatted(category))).hasStatus(201);
        assertThat(as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "FSMA 204 harvest data", "attributes": [
                  {"name": "catchArea", "type": "TEXT", "pattern": "FAO [0-9]{2}", "requiredAt": ["RECEIPT"]},
                  {"name": "vessel", "type": "TEXT"}]}""")).hasStatus(200);
        sku = category + "-HAKE";
        assertThat(as("supervisor").post("/api/v1/items", """
                {"sku": "%s", "description": "Hake", "baseUnit": "KG", "category": "%s",
                 "initialLotStatus": "RELEASED"}""".formatted(sku, category))).hasStatus(201);
        site = floor.aSite();
    }

    private String receive(String catchArea) {
        MvcTestResult received = as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "lines": [{"sku": "%s", "quantity": {"amount": 40, "unit": "KG"},
                 "destination": {"location": "%s"}, "attributes": {"catchArea": "%s", "vessel": "%s"}}]}"""
                .formatted(site.supplier(), sku, site.rack(), catchArea, vessel));
        assertThat(received).hasStatus(201);
        return read(received, "$.lots[0].lotNumber");
    }

    private String scope(String extra) {
        return """
                {"reason": "Histamine above limit", "scope": {"attributes": {"catchArea": "FAO 87", "vessel": "%s"}%s}}"""
                .formatted(vessel, extra);
    }

    @Test
    void a_live_recall_of_every_lot_of_a_catch_area_received_in_a_period_is_reviewed_then_confirmed()
            throws Exception {
        String first = receive("FAO 87");
        String second = receive("FAO 87");
        String otherArea = receive("FAO 27");

        MvcTestResult opened = as("quality").post("/api/v1/recalls", scope(
                ", \"bornFrom\": \"%s\", \"bornTo\": \"%s\"".formatted(today, today)));

        assertThat(opened).hasStatus(201);
        assertThat((String) read(opened, "$.status")).isEqualTo("OPEN");
        assertThat((List<String>) read(opened, "$.suspectLots")).containsExactlyInAnyOrder(first, second);
        assertThat((String) read(opened, "$.scopedBy.attributes.catchArea")).isEqualTo("FAO 87");
        assertThat((String) read(opened, "$.scopedBy.bornFrom")).isEqualTo(today);
        assertThat((String) read(as("operator").get("/api/v1/lots/" + first), "$.lot.status")).isEqualTo("RELEASED");

        String code = read(opened, "$.code");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/confirmation", "")).hasStatus(201);

        assertThat((String) read(as("operator").get("/api/v1/lots/" + first), "$.lot.status")).isEqualTo("RECALLED");
        assertThat((String) read(as("operator").get("/api/v1/lots/" + second), "$.lot.status"))
                .isEqualTo("RECALLED");
        assertThat((String) read(as("operator").get("/api/v1/lots/" + otherArea), "$.lot.status"))
                .isEqualTo("RELEASED");
        assertThat((String) read(as("compliance").get("/api/v1/recalls/" + code), "$.scopedBy.attributes.vessel"))
                .isEqualTo(vessel);
        try (PDDocument report = Loader.loadPDF(as("compliance").get("/api/v1/recalls/" + code + "/report.pdf")
                .getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(report).replaceAll("\\s+", " "))
                    .contains("Suspects chosen by: catchArea = FAO 87, vessel = " + vessel)
                    .contains("received or produced " + today + " – " + today);
        }
    }

    @Test
    void a_drill_by_attributes_without_a_period_takes_every_lot_carrying_them() {
        String lot = receive("FAO 87");
        receive("FAO 27");

        MvcTestResult drill = as("compliance").post("/api/v1/mock-recalls", """
                {"purpose": "Yearly drill", "scope": {"attributes": {"catchArea": "FAO 87", "vessel": "%s"}}}"""
                .formatted(vessel));

        assertThat(drill).hasStatus(201);
        assertThat((List<String>) read(drill, "$.suspectLots")).containsExactly(lot);
        assertThat((String) read(drill, "$.scopedBy.bornFrom")).isNull();
    }

    @Test
    void an_unknown_attribute_a_bad_period_or_a_period_no_lot_was_born_in_is_refused_and_opens_nothing() {
        receive("FAO 87");
        long recallsBefore = count("recalls");
        String yesterday = LocalDate.parse(today).minusDays(1).toString();

        MvcTestResult unknown = as("quality").post("/api/v1/recalls", """
                {"reason": "x", "scope": {"attributes": {"fishingGear": "trawl"}}}""");
        MvcTestResult inverted = as("quality").post("/api/v1/recalls", scope(
                ", \"bornFrom\": \"%s\", \"bornTo\": \"%s\"".formatted(today, yesterday)));
        MvcTestResult notADay = as("quality").post("/api/v1/recalls", scope(", \"bornFrom\": \"May\""));
        MvcTestResult periodAlone = as("quality").post("/api/v1/recalls", """
                {"reason": "x", "scope": {"bornFrom": "%s"}}""".formatted(today));
        MvcTestResult noLotThen = as("quality").post("/api/v1/recalls", scope(
                ", \"bornFrom\": \"%s\", \"bornTo\": \"%s\"".formatted(yesterday, yesterday)));

        assertThat(unknown).hasStatus(400).hasContentType("application/problem+json");
        assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("scope.attributes.fishingGear");
        assertThat(unknown).bodyJson().extractingPath("$.rule").isEqualTo("attribute-in-policy");
        assertThat(inverted).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("scope.bornTo");
        assertThat(inverted).bodyJson().extractingPath("$.rule").isEqualTo("period-order");
        assertThat(inverted).bodyJson().extractingPath("$.value").isEqualTo(yesterday);
        assertThat(notADay).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("scope.bornFrom");
        assertThat(periodAlone).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("period-with-attributes");
        assertThat(noLotThen).hasStatus(404).bodyJson().extractingPath("$.field").isEqualTo("scope.attributes");
        assertThat(count("recalls")).isEqualTo(recallsBefore);
    }

    @Test
    void the_new_recall_page_starts_a_drill_by_attributes_and_names_a_line_it_cannot_read() {
        String lot = receive("FAO 87");

        MvcTestResult started = page("/recalls/mock", "attributes", "catchArea=FAO 87\nvessel = " + vessel,
                "bornFrom", today, "bornTo", today, "reason", "Drill by catch area");
        assertThat(started).hasStatus(HttpStatus.FOUND);
        String code = started.getResponse().getRedirectedUrl().substring("/recalls/".length());
        assertThat((List<String>) read(as("quality").get("/api/v1/recalls/" + code), "$.suspectLots"))
                .containsExactly(lot);
        assertThat(Api.body(mvc.get().uri("/recalls/" + code).with(user("quality").roles("QUALITY")).exchange()))
                .contains("id=\"scoped-by\"").contains("catchArea = FAO 87");

        MvcTestResult unreadable = page("/recalls/mock", "attributes", "catchArea FAO 87", "reason", "Drill");
        assertThat(unreadable).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(unreadable)).contains("id=\"attributes-error\"").contains("name=value");
    }

    private MvcTestResult page(String path, String... params) {
        var request = mvc.post().uri(path).with(user("quality").roles("QUALITY")).with(csrf())
                .param("idempotencyKey", "k-" + UUID.randomUUID());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}

package io.lotline.quality;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Specifications, results, certificates, signed decisions and non-conformances, through the API. */
class QualityIT extends IntegrationTest {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Floor.Site site;
    private Item flour;
    private String lot;

    @BeforeEach
    void aQuarantinedFlourLotWithASpecification() {
        site = floor.aSite();
        flour = floor.anItem().quarantinedOnReceipt().register();
        assertThat(as("quality").put("/api/v1/items/" + flour.sku() + "/specification", """
                {"parameters": [
                  {"parameter": "moisture", "kind": "NUMERIC", "minimum": 0, "maximum": 14.5, "unit": "%",
                   "required": true},
                  {"parameter": "colour", "kind": "TEXT", "expectedText": "white", "required": true},
                  {"parameter": "foreign bodies", "kind": "PASS_FAIL", "required": true},
                  {"parameter": "ash", "kind": "NUMERIC", "maximum": 0.6, "required": false}]}""")).hasStatus(200);
        lot = floor.receive(site, flour, "1000", site.quarantine(), null);
    }

    private MvcTestResult decide(String user, String password, String meaning, String override) {
        return as(user).post("/api/v1/lots/" + lot + "/decision", """
                {"password": "%s", "meaning": "%s", "comment": "Lab results reviewed", "overrideReason": %s}"""
                .formatted(password, meaning, override == null ? "null" : "\"" + override + "\""));
    }

    private MvcTestResult results(String body) {
        return as("quality").post("/api/v1/lots/" + lot + "/results", body);
    }

    @Test
    void release_needs_the_quality_role_and_the_signers_own_password() {
        results("""
                {"source": "INSPECTION", "results": [{"parameter": "moisture", "numericValue": 13.1},
                  {"parameter": "colour", "textValue": "White"}, {"parameter": "foreign bodies", "passed": true}]}""");

        assertThat(decide("operator", PASSWORD, "APPROVED", null)).hasStatus(403);
        assertThat(decide("quality", "wrong-password-1", "APPROVED", null)).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("signature-password");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("QUARANTINE");

        MvcTestResult signed = decide("quality", PASSWORD, "APPROVED", null);

        assertThat(signed).hasStatus(201);
        assertThat((String) read(signed, "$.printedName")).isEqualTo("Test quality");
        assertThat((String) read(signed, "$.meaning")).isEqualTo("APPROVED");
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lot);
        assertThat((String) read(dossier, "$.lot.status")).isEqualTo("RELEASED");
        assertThat((String) read(dossier, "$.history[1].note"))
                .startsWith("Signed by Test quality (quality) at ").contains("meaning APPROVED");
        assertThat((List<String>) read(as("operator").get("/api/v1/lots/" + lot + "/quality"),
                "$.signatures[*].printedName")).containsExactly("Test quality");
    }

    @Test
    void release_is_refused_while_a_required_result_is_missing_or_out_of_limits_unless_overridden() {
        results("""
                {"source": "INSPECTION", "results": [{"parameter": "moisture", "numericValue": 15.2},
                  {"parameter": "colour", "textValue": "white"}]}""");

        MvcTestResult refused = decide("quality", PASSWORD, "APPROVED", null);
        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("specification-met");
        assertThat((List<String>) read(refused, "$.verdicts[*].reason")).containsExactly(
                "moisture 15.2 % is above the maximum 14.5 %", "foreign bodies has no result yet");

        MvcTestResult overridden = decide("quality", PASSWORD, "APPROVED", "Blended with dry lot per SOP-12");
        assertThat(overridden).hasStatus(201);
        assertThat((String) read(overridden, "$.overrideReason")).isEqualTo("Blended with dry lot per SOP-12");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.history[1].note"))
                .contains("Override: Blended with dry lot per SOP-12");
    }

    @Test
    void a_rejected_lot_is_never_shipped() {
        assertThat(decide("quality", PASSWORD, "REJECTED", null)).hasStatus(201);

        MvcTestResult ship = as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(lot, site.quarantine(), site.customer()));

        assertThat(ship).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("lot-released");
        assertThat(decide("quality", PASSWORD, "APPROVED", "x")).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("status-transition");
    }

    @Test
    void limits_with_the_minimum_above_the_maximum_are_refused() {
        MvcTestResult refused = as("quality").put("/api/v1/items/" + flour.sku() + "/specification", """
                {"parameters": [{"parameter": "moisture", "kind": "NUMERIC", "minimum": 15, "maximum": 14.5,
                                 "required": true}]}""");

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("minimum-not-above-maximum");
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("parameters[0].minimum");
    }

    @Test
    void a_certificate_is_stored_with_its_sha256_and_its_values_are_checked_like_an_inspection() throws Exception {
        MvcTestResult uploaded = upload(new MockMultipartFile("file", "coa-4711.pdf", "application/pdf", PDF));
        assertThat(uploaded).hasStatus(201);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat((String) read(uploaded, "$.sha256")).isEqualTo(sha);
        assertThat((String) read(uploaded, "$.mediaType")).isEqualTo("application/pdf");
        Integer id = read(uploaded, "$.id");
        MvcTestResult content = as("operator").get("/api/v1/documents/" + id + "/content");
        assertThat(content.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        MvcTestResult evaluation = results("""
                {"source": "COA", "documentId": %d, "results": [{"parameter": "moisture", "numericValue": 16},
                  {"parameter": "colour", "textValue": "white"}, {"parameter": "foreign bodies", "passed": true}]}"""
                .formatted(id));

        assertThat(evaluation).hasStatus(201);
        assertThat((Boolean) read(evaluation, "$.releasable")).isFalse();
        assertThat((List<String>) read(evaluation, "$.results[?(@.parameter == 'moisture')].source"))
                .containsExactly("COA");
        assertThat(results("""
                {"source": "COA", "results": [{"parameter": "moisture", "numericValue": 12}]}"""))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("documentId");
    }

    @Test
    void an_upload_that_is_empty_too_large_or_not_a_pdf_or_image_is_refused() {
        assertThat(upload(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("file-not-empty");
        assertThat(upload(new MockMultipartFile("file", "coa.pdf", "application/pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("pdf-png-or-jpeg");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(upload(new MockMultipartFile("file", "big.pdf", "application/pdf", big)))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("max-file-size");
        assertThat(count("lot_documents where lot_id = (select id from lots where lot_number = '" + lot + "')"))
                .isZero();
    }

    @Test
    void a_nonconformance_holds_its_lots_until_disposition_and_closure() {
        floor.receive(site, flour, "1", site.quarantine(), null);
        String ncr = read(as("quality").post("/api/v1/nonconformances", """
                {"title": "Insects found in sample", "description": "Batch sample 3", "lots": ["%s"]}"""
                .formatted(lot)), "$.code");
        assertThat(ncr).matches("NCR-\\d{6}");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("ON_HOLD");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.history[1].note"))
                .startsWith(ncr + ": Insects found in sample");

        assertThat(as("quality").post("/api/v1/nonconformances/" + ncr + "/closure", "{\"summary\": \"done\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("nonconformance-dispositioned");
        assertThat(as("quality").post("/api/v1/nonconformances/" + ncr + "/disposition",
                "{\"disposition\": \"REJECT\", \"comment\": \"Return to mill\"}")).hasStatus(200);
        MvcTestResult closed = as("quality").post("/api/v1/nonconformances/" + ncr + "/closure",
                "{\"summary\": \"Supplier corrective action received\"}");

        assertThat(closed).hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("CLOSED");
        assertThat((String) read(closed, "$.closedBy")).isEqualTo("quality");
        assertThat(as("operator").post("/api/v1/nonconformances", "{\"title\": \"x\", \"lots\": [\"" + lot + "\"]}"))
                .hasStatus(403);
    }

    private MvcTestResult upload(MockMultipartFile file) {
        return mvc.post().uri("/api/v1/lots/" + lot + "/documents").multipart().file(file).param("kind", "COA")
                .with(httpBasic("quality", PASSWORD)).exchange();
    }

}

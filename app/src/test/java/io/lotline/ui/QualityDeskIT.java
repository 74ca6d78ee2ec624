package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.identity.Role;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.ParameterKind;
import io.lotline.quality.Quality;
import io.lotline.quality.SpecParameter;
import io.lotline.quality.Verdict;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The quality desk without a browser: lots waiting for a decision with their results against the specification;
 * quality enters results, releases with the password re-entered, holds with a reason; refusals show the domain's
 * reason beside the field of that lot's form and change nothing; only quality may act, as through the API.
 */
class QualityDeskIT extends IntegrationTest {
    @Autowired
    Quality quality;

    @Autowired
    Lots lots;

    Floor.Site site;
    String lot;

    @BeforeEach
    void aLotInQuarantineWithAMoistureLimit() {
        site = floor.aSite();
        Item flour = floor.anItem().quarantinedOnReceipt().register();
        quality.defineSpecification(flour.sku(), List.of(
                new SpecParameter("moisture", ParameterKind.NUMERIC, null, new BigDecimal("14.5"), "%", null, true),
                new SpecParameter("foreign bodies", ParameterKind.PASS_FAIL, null, null, null, null, true)));
        lot = floor.receive(site, flour, "500", site.quarantine(), null);
    }

    @Test
    void quality_enters_results_and_releases_a_waiting_lot_and_a_wrong_password_is_refused_beside_the_field() {
        assertThat(Api.body(get("quality", "/quality"))).contains("id=\"lot-" + lot + "\"").contains("no result yet")
                .contains("id=\"decision-" + lot + "\"");

        assertThat(post("/quality/lots/" + lot + "/results", "parameter", "moisture", "value", "13,2",
                "parameter", "foreign bodies", "value", "PASS")).hasRedirectedUrl("/quality?done=results&lot=" + lot);
        assertThat(quality.evaluation(lot).verdicts()).extracting(Verdict::outcome)
                .containsOnly(Verdict.Outcome.PASS);
        assertThat(quality.evaluation(lot).releasable()).isTrue();

        MvcTestResult wrong = post("/quality/lots/" + lot + "/decision", "meaning", "APPROVED", "password", "wrong",
                "comment", "Within specification");
        assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(wrong)).contains("id=\"password-" + lot + "-error\"")
                .contains("The password does not match").contains("value=\"Within specification\"");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.QUARANTINE);

        assertThat(post("/quality/lots/" + lot + "/decision", "meaning", "APPROVED", "password", PASSWORD,
                "comment", "Within specification")).hasRedirectedUrl("/quality?done=released&lot=" + lot);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
        assertThat(quality.evaluation(lot).signatures()).singleElement()
                .satisfies(signature -> assertThat(signature.username()).isEqualTo("quality"));
    }

    @Test
    void a_release_against_a_failing_result_is_refused_beside_the_override_reason() {
        post("/quality/lots/" + lot + "/results", "parameter", "moisture", "value", "16", "parameter",
                "foreign bodies", "value", "PASS");
        assertThat(Api.body(get("quality", "/quality"))).contains("outside specification");

        MvcTestResult refused = post("/quality/lots/" + lot + "/decision", "meaning", "APPROVED", "password",
                PASSWORD);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).contains("id=\"overrideReason-" + lot + "-error\"");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.QUARANTINE);
    }

    @Test
    void a_result_that_is_not_a_number_or_no_result_at_all_is_refused_and_nothing_is_recorded() {
        MvcTestResult notANumber = post("/quality/lots/" + lot + "/results", "parameter", "moisture", "value", "dry");
        assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(notANumber)).contains("id=\"results-" + lot + "-error\"")
                .contains("Type moisture as a number");

        MvcTestResult nothing = post("/quality/lots/" + lot + "/results", "parameter", "moisture", "value", " ");
        assertThat(Api.body(nothing)).contains("id=\"results-" + lot + "-error\"")
                .contains("Record at least one result");
        assertThat(quality.evaluation(lot).results()).isEmpty();
    }

    @Test
    void quality_puts_a_waiting_lot_on_hold_with_a_reason_and_a_blank_reason_is_refused() {
        MvcTestResult blank = post("/quality/lots/" + lot + "/hold", "reason", " ");
        assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(blank)).contains("id=\"reason-" + lot + "-error\"");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.QUARANTINE);

        assertThat(post("/quality/lots/" + lot + "/hold", "reason", "Sample smells musty"))
                .hasRedirectedUrl("/quality?done=held&lot=" + lot);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.ON_HOLD);
        String desk = Api.body(get("quality", "/quality"));
        assertThat(desk.substring(desk.indexOf("id=\"on-hold\""))).contains("id=\"lot-" + lot + "\"");
    }

    @Test
    void everyone_reads_the_desk_and_only_quality_may_act_on_it() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            if (get(name, "/quality").getResponse().getStatus() != 200) {
                wrong.add(role + " GET /quality");
            }
            for (String action : List.of("decision", "hold", "results")) {
                int status = postAs(name, "/quality/lots/" + lot + "/" + action, "reason", "Suspect").getResponse()
                        .getStatus();
                if ((role == Role.QUALITY) == (status == 403)) {
                    wrong.add(role + " POST " + action + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Api.body(get("operator", "/quality"))).contains(lot).doesNotContain("id=\"decision-" + lot + "\"");
    }

    @Test
    void a_certificate_uploaded_on_the_desk_is_listed_with_its_lot_and_downloads_as_filed() {
        byte[] pdf = "%PDF-1.7 certificate of analysis".getBytes(StandardCharsets.US_ASCII);

        MvcTestResult uploaded = upload("operator", new MockMultipartFile("file", "coa-moisture.pdf",
                "application/pdf", pdf), "COA");

        assertThat(uploaded).hasRedirectedUrl("/quality?done=uploaded&lot=" + lot);
        assertThat(quality.evaluation(lot).documents()).singleElement().satisfies(document -> {
            assertThat(document.filename()).isEqualTo("coa-moisture.pdf");
            assertThat(document.uploadedBy()).isEqualTo("operator");
        });
        long id = quality.evaluation(lot).documents().get(0).id();
        String desk = Api.body(get("compliance", "/quality?done=uploaded&lot=" + lot));
        assertThat(desk).contains("The document is filed with lot " + lot)
                .contains("href=\"/lots/" + lot + "/documents/" + id + "\"").contains("coa-moisture.pdf")
                .contains("Certificate of analysis").doesNotContain("id=\"documents-form-" + lot + "\"");
        MvcTestResult download = get("compliance", "/lots/" + lot + "/documents/" + id);
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void a_file_not_pdf_png_or_jpeg_too_large_or_missing_is_refused_beside_the_file_and_nothing_is_filed() {
        MvcTestResult text = upload("quality", new MockMultipartFile("file", "coa.pdf", "application/pdf",
                "moisture 13 %".getBytes(StandardCharsets.US_ASCII)), "COA");
        assertThat(text).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(text)).contains("id=\"file-" + lot + "-error\"")
                .contains("Only PDF, PNG and JPEG documents are accepted");

        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        MvcTestResult tooLarge = upload("quality", new MockMultipartFile("file", "scan.pdf", "application/pdf",
                large), "COA");
        assertThat(tooLarge).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(tooLarge)).contains("id=\"file-" + lot + "-error\"")
                .contains("A document has at most 10485760 bytes");

        MvcTestResult none = upload("quality", new MockMultipartFile("file", "", "application/octet-stream",
                new byte[0]), "COA");
        assertThat(Api.body(none)).contains("id=\"file-" + lot + "-error\"").contains("Choose the file to upload");

        MvcTestResult wrongKind = upload("quality", new MockMultipartFile("file", "coa.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), "RECEIPT");
        assertThat(Api.body(wrongKind)).contains("id=\"kind-" + lot + "-error\"");
        assertThat(quality.evaluation(lot).documents()).isEmpty();
    }

    @Test
    void quality_opens_a_nonconformance_that_holds_the_lot_records_its_disposition_and_closes_it() {
        MvcTestResult opened = post("/quality/nonconformances", "title", "Metal fragment in sample",
                "lots", lot, "description", "Found by the sieve");

        String code = opened.getResponse().getRedirectedUrl().replaceFirst(".*nc=", "");
        assertThat(opened).hasRedirectedUrl("/quality?done=nc-opened&nc=" + code);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.ON_HOLD);
        String desk = Api.body(get("supervisor", "/quality?done=nc-opened&nc=" + code));
        assertThat(desk.substring(desk.indexOf("id=\"nonconformances\""))).contains("id=\"nc-" + code + "\"")
                .contains("Metal fragment in sample").contains("lots put on hold");
        assertThat(desk).doesNotContain("id=\"disposition-nc-" + code + "\"");

        MvcTestResult noComment = post("/quality/nonconformances/" + code + "/disposition", "disposition", "SCRAP",
                "comment", " ");
        assertThat(noComment).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(noComment)).contains("id=\"comment-nc-" + code + "-error\"");
        assertThat(quality.nonconformance(code).status()).isEqualTo("OPEN");

        assertThat(post("/quality/nonconformances/" + code + "/disposition", "disposition", "SCRAP",
                "comment", "Lot scrapped")).hasRedirectedUrl("/quality?done=nc-dispositioned&nc=" + code);
        assertThat(Api.body(get("quality", "/quality"))).contains("id=\"closure-nc-" + code + "\"")
                .contains("Disposition: Scrap. Lot scrapped");

        MvcTestResult noSummary = post("/quality/nonconformances/" + code + "/closure", "summary", "");
        assertThat(Api.body(noSummary)).contains("id=\"summary-nc-" + code + "-error\"");
        assertThat(quality.nonconformance(code).status()).isEqualTo("DISPOSITIONED");

        assertThat(post("/quality/nonconformances/" + code + "/closure", "summary", "Sieve replaced"))
                .hasRedirectedUrl("/quality?done=nc-closed&nc=" + code);
        assertThat(quality.nonconformance(code).status()).isEqualTo("CLOSED");
        assertThat(Api.body(get("quality", "/quality"))).doesNotContain("id=\"nc-" + code + "\"");
    }

    @Test
    void a_nonconformance_without_a_title_or_for_an_unknown_lot_is_refused_beside_the_field_and_nothing_is_opened() {
        long before = count("nonconformances");

        MvcTestResult noTitle = post("/quality/nonconformances", "title", "", "lots", lot);
        assertThat(noTitle).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(noTitle)).contains("id=\"title-nc-new-error\"").contains("value=\"" + lot + "\"");

        MvcTestResult unknown = post("/quality/nonconformances", "title", "Glass", "lots", lot + " NO-SUCH-LOT");
        assertThat(Api.body(unknown)).contains("id=\"lots-nc-new-error\"").contains("NO-SUCH-LOT");

        assertThat(count("nonconformances")).isEqualTo(before);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.QUARANTINE);
    }

    @Test
    void documents_are_filed_by_the_roles_the_api_lets_file_them_and_nonconformances_by_quality_alone() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            int upload = upload(name, new MockMultipartFile("file", "x.txt", "text/plain", new byte[] {1}), "COA")
                    .getResponse().getStatus();
            if (EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY).contains(role) == (upload == 403)) {
                wrong.add(role + " upload -> " + upload);
            }
            for (String path : List.of("/quality/nonconformances", "/quality/nonconformances/NONE/disposition",
                    "/quality/nonconformances/NONE/closure")) {
                int status = postAs(name, path, "title", "").getResponse().getStatus();
                if ((role == Role.QUALITY) == (status == 403)) {
                    wrong.add(role + " POST " + path + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(quality.evaluation(lot).documents()).isEmpty();
    }

    private MvcTestResult get(String username, String path) {
        return mvc.get().uri(path).with(user(username).roles(username.toUpperCase())).exchange();
    }

    private MvcTestResult upload(String username, MockMultipartFile file, String kind) {
        return mvc.post().uri("/quality/lots/" + lot + "/documents").multipart().file(file).param("kind", kind)
                .with(user(username).roles(username.toUpperCase())).with(csrf()).exchange();
    }

    private MvcTestResult post(String path, String... params) {
        return postAs("quality", path, params);
    }

    private MvcTestResult postAs(String username, String path, String... params) {
        var request = mvc.post().uri(path).with(user(username).roles(username.toUpperCase())).with(csrf())
                .param("idempotencyKey", "k-" + UUID.randomUUID());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}

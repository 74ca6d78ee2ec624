package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.lotline.lots.Lots;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages' download links point at the API's exports; a user signed in with the form follows them with the page
 * session, under the same roles as any API caller. The session only reads: it books nothing through the API.
 */
class PageDownloadsIT extends IntegrationTest {
    @Autowired
    Lots lots;

    String lot;

    @BeforeEach
    void aLotReceived() {
        Floor.Site site = floor.aSite();
        lot = floor.receive(site, floor.anItem().register(), "100", site.rack(), null);
    }

    @Test
    void a_quality_user_signed_in_with_the_form_downloads_the_trace_csv_and_a_drills_report_pdf() {
        MockHttpSession session = signIn("quality");
        String trace = Api.body(mvc.get().uri("/lots/" + lot + "/trace").session(session).exchange());
        assertThat(trace).contains("/api/v1/traces/csv?direction=FORWARD&amp;lot=" + lot);

        MvcTestResult csv = mvc.get().uri("/api/v1/traces/csv?direction=FORWARD&lot=" + lot).session(session)
                .exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(Api.body(csv)).contains(lot);

        MvcTestResult drill = mvc.post().uri("/recalls/mock").session(session).with(csrf())
                .param("supplierLot", lots.lot(lot).supplierLot()).param("reason", "Yearly drill")
                .param("targetMinutes", "240").param("idempotencyKey", "drill-" + lot).exchange();
        String code = drill.getResponse().getRedirectedUrl().substring("/recalls/".length());
        assertThat(Api.body(mvc.get().uri("/recalls/" + code).session(session).exchange()))
                .contains("/api/v1/recalls/" + code + "/report.pdf");

        MvcTestResult pdf = mvc.get().uri("/api/v1/recalls/" + code + "/report.pdf").session(session).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void a_signed_in_role_without_trace_access_is_refused_the_export_as_through_the_api() {
        MvcTestResult refused = mvc.get().uri("/api/v1/traces/csv?direction=FORWARD&lot=" + lot)
                .session(signIn("operator")).exchange();

        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).hasContentType("application/problem+json");
    }

    @Test
    void the_page_session_neither_reads_other_api_answers_nor_books_through_the_api() {
        MockHttpSession session = signIn("quality");

        assertThat(mvc.get().uri("/api/v1/lots/" + lot).session(session).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/api/v1/lots/" + lot + "/status").session(session)
                .contentType("application/json").content("{\"status\": \"ON_HOLD\", \"reason\": \"Suspect\"}")
                .exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(lots.lot(lot).status().name()).isEqualTo("RELEASED");
        assertThat(mvc.get().uri("/api/v1/traces/csv?direction=FORWARD&lot=" + lot).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MockHttpSession signIn(String username) {
        MvcTestResult signedIn = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", PASSWORD).exchange();
        assertThat(signedIn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }
}

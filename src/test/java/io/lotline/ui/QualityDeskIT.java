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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
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

    private MvcTestResult get(String username, String path) {
        return mvc.get().uri(path).with(user(username).roles(username.toUpperCase())).exchange();
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

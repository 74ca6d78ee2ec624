package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.ParameterKind;
import io.lotline.quality.Quality;
import io.lotline.quality.SpecParameter;
import io.lotline.recall.RecallCommands.OpenRecall;
import io.lotline.recall.RecallCommands.Scope;
import io.lotline.recall.Recalls;
import io.lotline.shared.Quantity;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The lot page, the quality desk and the recall workspace answer htmx ({@code HX-Request}) with the parts of the page
 * an action changed, each to replace the element of its id; a refusal answers the form with the error beside its
 * field and nothing else. Without htmx the same addresses still redirect to the whole page.
 */
class PartialAnswersIT extends IntegrationTest {
    private static final String OOB = "hx-swap-oob=\"true\"";

    @Autowired
    Lots lots;

    @Autowired
    Quality quality;

    @Autowired
    Movements movements;

    @Autowired
    Recalls recalls;

    Floor.Site site;
    Item flour;

    @BeforeEach
    void aSiteAndAnItemQuarantinedOnReceipt() {
        site = floor.aSite();
        flour = floor.anItem().quarantinedOnReceipt().register();
    }

    @Test
    void a_hold_answers_htmx_with_the_status_and_the_timeline_and_a_plain_post_with_a_redirect() {
        String lot = floor.receive(site, flour, "80", site.quarantine(), null);
        String other = floor.receive(site, flour, "20", site.quarantine(), null);

        MvcTestResult held = post(true, "/lots/" + lot + "/hold", "reason", "Pests seen at the supplier");

        assertThat(held).hasStatusOk();
        assertThat(Api.body(held)).doesNotContain("<html").doesNotContain("id=\"where\"")
                .containsPattern(swapped("state"))
                .containsPattern(swapped("timeline-section")).contains("Pests seen at the supplier")
                .containsPattern(swapped("actions")).contains("id=\"hold-form\"").contains("The lot is on hold.");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.ON_HOLD);
        assertThat(post(false, "/lots/" + other + "/hold", "reason", "Pests"))
                .hasRedirectedUrl("/lots/" + other + "?done=held");
        assertThat(lots.lot(other).status()).isEqualTo(LotStatus.ON_HOLD);
    }

    @Test
    void a_hold_on_the_lot_page_read_oldest_first_keeps_its_timeline_oldest_first() {
        String lot = floor.receive(site, flour, "80", site.quarantine(), null);
        String other = floor.receive(site, flour, "20", site.quarantine(), null);

        String held = Api.body(post(true, "/lots/" + lot + "/hold", "reason", "Pests seen at the supplier",
                "order", "oldest"));

        assertThat(held.indexOf("class=\"what\">Received")).isNotNegative()
                .isLessThan(held.indexOf("class=\"what\">Status changed"));
        assertThat(held).contains("name=\"order\" value=\"oldest\"");
        String newestFirst = Api.body(post(true, "/lots/" + other + "/hold", "reason", "Pests"));
        assertThat(newestFirst.indexOf("class=\"what\">Status changed")).isNotNegative()
                .isLessThan(newestFirst.indexOf("class=\"what\">Received"));
        assertThat(newestFirst).doesNotContain("name=\"order\"");
        assertThat(post(false, "/lots/" + other + "/correction", "attribute", "SUPPLIER_LOT", "value", "S-1",
                "reason", "Typed wrong", "order", "oldest"))
                .hasRedirectedUrl("/lots/" + other + "?done=corrected&order=oldest");
    }

    @Test
    void a_wrong_password_answers_htmx_with_the_form_and_the_error_beside_the_password_and_changes_nothing() {
        String lot = floor.receive(site, flour, "80", site.quarantine(), null);

        MvcTestResult wrong = post(true, "/lots/" + lot + "/decision", "meaning", "APPROVED", "password", "wrong",
                "comment", "CoA within specification");

        assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(wrong)).containsPattern(swapped("actions")).contains("id=\"password-error\"")
                .contains("The password does not match").contains("value=\"CoA within specification\"")
                .contains("class=\"error-summary\"").doesNotContain("id=\"state\"")
                .doesNotContain("id=\"timeline-section\"");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.QUARANTINE);
    }

    @Test
    void results_on_the_desk_answer_htmx_with_the_lots_row_and_a_release_with_the_line_that_it_left() {
        quality.defineSpecification(flour.sku(), List.of(new SpecParameter("moisture", ParameterKind.NUMERIC, null,
                new BigDecimal("14.5"), "%", null, true)));
        String lot = floor.receive(site, flour, "80", site.quarantine(), null);
        String other = floor.receive(site, flour, "30", site.quarantine(), null);

        MvcTestResult results = post(true, "/quality/lots/" + lot + "/results", "parameter", "moisture",
                "value", "13.1");
        MvcTestResult released = post(true, "/quality/lots/" + lot + "/decision", "meaning", "APPROVED",
                "password", PASSWORD);

        assertThat(results).hasStatusOk();
        assertThat(Api.body(results)).doesNotContain("<html").containsPattern(swapped("lot-" + lot))
                .contains("within specification").contains("may be released")
                .doesNotContain("id=\"lot-" + other + "\"").contains("The results of lot " + lot + " are recorded");
        assertThat(Api.body(released)).containsPattern(swapped("lot-" + lot))
                .contains("No longer waiting for a decision").doesNotContain("id=\"decision-" + lot + "\"")
                .containsPattern(swapped("waiting-title"));
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
        assertThat(post(false, "/quality/lots/" + other + "/hold", "reason", "Smell"))
                .hasRedirectedUrl("/quality?done=held&lot=" + other);
    }

    @Test
    void a_nonconformance_that_holds_a_waiting_lot_answers_htmx_with_the_lot_moved_to_the_lots_on_hold() {
        String lot = floor.receive(site, flour, "30", site.quarantine(), null);

        String opened = Api.body(post(true, "/quality/nonconformances", "title", "Glass in the sieve", "lots", lot,
                "description", "Found at the intake"));

        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.ON_HOLD);
        assertThat(opened).containsPattern(swapped("waiting")).containsPattern(swapped("on-hold"))
                .containsPattern(swapped("nonconformances")).contains("Glass in the sieve");
        assertThat(section(opened, "waiting")).doesNotContain("id=\"lot-" + lot + "\"");
        assertThat(section(opened, "on-hold")).contains("id=\"lot-" + lot + "\"");
    }

    @Test
    void a_return_answers_htmx_with_the_customer_and_the_progress_and_a_refusal_with_the_form_alone() {
        String customer = site.customer();
        Item loaf = floor.anItem().keptIn("EA").register();
        String bread = floor.receive(site, loaf, "100", site.rack(), null);
        movements.ship(key(), new Movements.ShipStock(bread, Quantity.of("40", "EA"), new Place(site.rack(), null),
                customer, null, List.of()));
        String code = recalls.open(key(), new OpenRecall("Glass in bread", new Scope(List.of(bread), null, 0)))
                .code();
        recalls.confirm(key(), code);

        MvcTestResult refused = post(true, "/recalls/" + code + "/returns", "customer", customer, "lotNumber", bread,
                "quantity", "41", "unit", "EA", "location", site.dock());
        MvcTestResult returned = post(true, "/recalls/" + code + "/returns", "customer", customer, "lotNumber", bread,
                "quantity", "10", "unit", "EA", "location", site.dock());

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).containsPattern(swapped("return-section")).contains("id=\"quantity-error\"")
                .contains("value=\"41\"").doesNotContain("id=\"progress\"").doesNotContain("id=\"customer-");
        assertThat(returned).hasStatusOk();
        assertThat(Api.body(returned)).doesNotContain("<html").containsPattern(swapped("customer-" + customer))
                .contains("id=\"progress\"").contains("Recovered or accounted for: 25 %")
                .containsPattern(swapped("balance")).doesNotContain("id=\"scope-section\"");
        assertThat(recalls.report(code).effectiveness()).isEqualByComparingTo("0.25");
        assertThat(post(false, "/recalls/" + code + "/returns", "customer", customer, "lotNumber", bread,
                "quantity", "5", "unit", "EA", "location", site.dock()))
                .hasRedirectedUrl("/recalls/" + code + "?done=returned");
    }

    @Test
    void the_workspace_asks_for_its_progress_again_and_a_plain_request_for_it_goes_to_the_workspace() {
        Item loaf = floor.anItem().keptIn("EA").register();
        String bread = floor.receive(site, loaf, "100", site.rack(), null);
        String code = recalls.open(key(), new OpenRecall("Drill", new Scope(List.of(bread), null, 0))).code();

        MvcTestResult progress = mvc.get().uri("/recalls/" + code + "/progress").header("HX-Request", "true")
                .with(user("compliance").roles("COMPLIANCE")).exchange();
        MvcTestResult plain = mvc.get().uri("/recalls/" + code + "/progress")
                .with(user("compliance").roles("COMPLIANCE")).exchange();

        assertThat(progress).hasStatusOk();
        assertThat(Api.body(progress)).contains("id=\"progress\"").contains(OOB)
                .contains("hx-get=\"/recalls/" + code + "/progress\"").contains("hx-trigger=\"every 10s\"")
                .contains("id=\"balance\"").doesNotContain("<html").doesNotContain("id=\"customers\"");
        assertThat(plain).hasRedirectedUrl("/recalls/" + code);
    }

    /** An element of this id that replaces the one of the same id where it stands. */
    /** The section of that id in an answer, up to its end. */
    private static String section(String answer, String id) {
        int start = answer.indexOf("<section class=\"block\" aria-labelledby=\"" + id + "-title\"");
        assertThat(start).as("section " + id).isNotNegative();
        return answer.substring(start, answer.indexOf("</section>", start));
    }

    private static String swapped(String id) {
        return "id=\"" + java.util.regex.Pattern.quote(id) + "\"\\s+" + OOB;
    }

    private MvcTestResult post(boolean htmx, String path, String... params) {
        var request = mvc.post().uri(path).with(user("quality").roles("QUALITY")).with(csrf())
                .param("idempotencyKey", "k-" + UUID.randomUUID());
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}

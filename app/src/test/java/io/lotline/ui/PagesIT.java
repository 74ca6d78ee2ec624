package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.lots.LotStatus;
import io.lotline.ledger.BookingContext;
import io.lotline.lots.Lots;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.OrderLine;
import io.lotline.picking.PickList;
import io.lotline.picking.PickStatus;
import io.lotline.picking.Picking;
import io.lotline.shared.Quantity;
import io.lotline.quality.Quality;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages' rules without a browser: sign-in and CSRF, roles, a double submit that books once, the search box's
 * answers, refusals beside their field and in Dutch.
 */
class PagesIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Autowired
    Lots lots;

    @Autowired
    Quality quality;

    @Autowired
    Picking picking;

    @Autowired
    Clock clock;

    Floor.Site site;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
    }

    @Test
    void a_visitor_is_sent_to_sign_in_and_lands_on_the_dashboard_afterwards() {
        assertThat(mvc.get().uri("/").exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        assertThat(mvc.perform(formLogin("/login").user("operator").password(PASSWORD)))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
    }

    @Test
    void a_page_form_without_its_csrf_token_is_refused_and_the_api_needs_none() {
        String lot = floor.receive(site, item(InitialLotStatus.RELEASED), "10", site.rack(), null);
        assertThat(mvc.post().uri("/lots/" + lot + "/hold").with(user("quality").roles("QUALITY"))
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("reason", "Suspect").exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
        assertThat(as("quality").post("/api/v1/lots/" + lot + "/status", """
                {"status": "ON_HOLD", "reason": "Suspect"}""")).hasStatus2xxSuccessful();
    }

    @Test
    void an_operator_may_not_release_a_lot_from_its_page() {
        String lot = floor.receive(site, item(InitialLotStatus.QUARANTINE), "10", site.quarantine(), null);
        MvcTestResult refused = mvc.post().uri("/lots/" + lot + "/decision").with(user("operator").roles("OPERATOR"))
                .with(csrf()).param("idempotencyKey", "k-" + UUID.randomUUID()).param("meaning", "APPROVED")
                .param("password", PASSWORD).exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(Api.body(refused)).contains("Your roles do not allow this page");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.QUARANTINE);
    }

    @Test
    void holding_without_a_reason_is_refused_beside_the_reason_field_and_nothing_changes() {
        String lot = floor.receive(site, item(InitialLotStatus.RELEASED), "10", site.rack(), null);
        MvcTestResult refused = mvc.post().uri("/lots/" + lot + "/hold").with(user("quality").roles("QUALITY"))
                .with(csrf()).param("idempotencyKey", "k-" + UUID.randomUUID()).param("reason", " ").exchange();
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"reason-error\"").contains("A reason is required here");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
    }

    @Test
    void a_refusal_is_shown_in_dutch_to_a_dutch_browser() {
        String lot = floor.receive(site, item(InitialLotStatus.QUARANTINE), "10", site.quarantine(), null);
        MvcTestResult refused = mvc.post().uri("/lots/" + lot + "/decision").with(user("quality").roles("QUALITY"))
                .with(csrf()).header("Accept-Language", "nl-NL,nl;q=0.9")
                .param("idempotencyKey", "k-" + UUID.randomUUID())
                .param("meaning", "APPROVED").param("password", "wrong").exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).contains("Het wachtwoord klopt niet").contains("Vrijgeven of afkeuren");
    }

    @Test
    void a_scan_sent_after_the_session_expired_signs_in_again_and_resumes_at_the_order() {
        assertThat(mvc.post().uri("/handheld/pick/SO-1/7").with(csrf()).param("idempotencyKey", "k")
                .param("scan", "LP-1").exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/handheld/pick/SO-1/7").with(user("operator").roles("OPERATOR")).exchange())
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/handheld/pick/SO-1");
    }

    @Test
    void an_operator_takes_a_pallet_of_the_same_rank_instead_and_it_is_recorded_as_a_substitute() {
        Item item = item(InitialLotStatus.RELEASED);
        LocalDate expiry = LocalDate.now(clock).plusDays(60);
        Map<String, String> lotOn = new HashMap<>();
        for (String pallet : List.of("LP-S" + Floor.next(), "LP-S" + Floor.next())) {
            lotOn.put(pallet, floor.receive(site, item, "50", site.rack(), pallet, expiry));
        }
        String order = "SO-" + Floor.next();
        picking.enter(key(), new EnterCustomerOrder(order, site.customer(), LocalDate.now(clock).plusDays(1),
                List.of(new OrderLine(item.sku(), Quantity.of("30", "KG"), null, null, null))));
        PickList.Pick pick = picking.allocate(key(), order).picks().get(0);
        String other = lotOn.keySet().stream().filter(pallet -> !pallet.equals(pick.pallet())).findFirst()
                .orElseThrow();

        MvcTestResult taken = mvc.post().uri("/handheld/pick/" + order + "/" + pick.pick())
                .with(user("operator").roles("OPERATOR")).with(csrf()).param("idempotencyKey", "k-" + UUID.randomUUID())
                .param("scan", other).param("substitute", "true").exchange();
        assertThat(taken).hasStatusOk().bodyText().contains("Picked 30 KG of lot " + lotOn.get(other));
        assertThat(picking.pickList(order).picks()).extracting(PickList.Pick::lotNumber, PickList.Pick::status)
                .containsExactlyInAnyOrder(tuple(pick.lotNumber(), PickStatus.SUBSTITUTED),
                        tuple(lotOn.get(other), PickStatus.PICKED));
    }

    @Test
    void quality_may_not_pick() {
        assertThat(mvc.get().uri("/handheld/pick").with(user("quality").roles("QUALITY")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_lot_page_opens_its_documents_and_reads_its_timeline_oldest_first() {
        String lot = floor.receive(site, item(InitialLotStatus.QUARANTINE), "10", site.quarantine(), null);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long id = quality.upload(lot, "COA", "CoA März.pdf", pdf).id();
        MvcTestResult page = mvc.get().uri("/lots/" + lot).param("order", "oldest")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(Api.body(page)).contains("/lots/" + lot + "/documents/" + id).contains("Newest first");

        MvcTestResult opened = mvc.get().uri("/lots/" + lot + "/documents/" + id)
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(opened).hasStatusOk().hasContentType("application/pdf");
        assertThat(opened.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(opened.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        String other = floor.receive(site, item(InitialLotStatus.RELEASED), "10", site.rack(), null);
        assertThat(mvc.get().uri("/lots/" + other + "/documents/" + id).with(user("operator").roles("OPERATOR"))
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void an_operators_lot_page_names_no_supplier_and_a_quality_users_page_does() {
        String lot = floor.receive(site, item(InitialLotStatus.RELEASED), "10", site.rack(), null);
        MvcTestResult operators = mvc.get().uri("/lots/" + lot).with(user("operator").roles("OPERATOR")).exchange();
        assertThat(operators).hasStatusOk();
        assertThat(Api.body(operators)).doesNotContain(site.supplier())
                .contains("Received 10 KG at " + site.rack())
                .contains("Supplier and customer names are shown to quality and compliance only.");

        MvcTestResult qualitys = mvc.get().uri("/lots/" + lot).with(user("quality").roles("QUALITY")).exchange();
        assertThat(Api.body(qualitys)).contains("Received 10 KG from " + site.supplier() + " at " + site.rack())
                .doesNotContain("supply-chain-masked");
    }

    @Test
    void a_receipt_form_submitted_twice_books_one_lot() {
        Item item = item(InitialLotStatus.RELEASED);
        String supplierLot = "TWICE-" + Floor.next();
        String key = "receipt-" + UUID.randomUUID();
        for (int submit = 0; submit < 2; submit++) {
            assertThat(mvc.post().uri("/handheld/receive").with(user("operator").roles("OPERATOR")).with(csrf())
                    .param("idempotencyKey", key).param("supplier", site.supplier()).param("sku", item.sku())
                    .param("supplierLot", supplierLot).param("expiryDate", "2031-01-31").param("quantity", "12,5")
                    .param("location", site.dock())
                    .exchange()).hasStatusOk().bodyText().contains("Received 12.5 KG as lot");
        }
        assertThat(lots.lotsOfSupplierLot(supplierLot)).hasSize(1);
    }

    @Test
    void a_receipt_to_an_unknown_place_is_refused_beside_the_destination_and_books_nothing() {
        Item item = item(InitialLotStatus.RELEASED);
        String supplierLot = "NOWHERE-" + Floor.next();
        MvcTestResult refused = mvc.post().uri("/handheld/receive").with(user("operator").roles("OPERATOR"))
                .with(csrf()).param("idempotencyKey", "k-" + UUID.randomUUID()).param("supplier", site.supplier())
                .param("sku", item.sku()).param("supplierLot", supplierLot).param("quantity", "5")
                .param("location", "NO-SUCH-PLACE").exchange();
        assertThat(Api.body(refused)).contains("id=\"location-error\"").contains("NO-SUCH-PLACE");
        assertThat(lots.lotsOfSupplierLot(supplierLot)).isEmpty();
    }

    @Test
    void the_search_box_reads_a_gs1_label_and_goes_to_the_pallet_or_the_lot() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.rack(), null);
        String supplierLot = lots.lot(lot).supplierLot();
        assertThat(search("(01)" + item.gtin().value() + "(10)" + supplierLot)).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/lots/" + lot);
        assertThat(search("https://id.gs1.org/01/" + item.gtin().value() + "/10/" + supplierLot))
                .hasRedirectedUrl("/lots/" + lot);
        assertThat(search("(00)003020900000000015")).hasRedirectedUrl("/pallets/003020900000000015");
    }

    @Test
    void a_malformed_label_in_the_search_box_is_refused_with_the_reason() {
        MvcTestResult refused = search("(01)12345");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"scan-error\"").contains("(01) GTIN is too short");
    }

    private MvcTestResult search(String query) {
        return mvc.get().uri("/search").param("q", query).with(user("operator").roles("OPERATOR")).exchange();
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }

    private Item item(InitialLotStatus initial) {
        return Labelled.item(catalog, PickingStrategy.FEFO, initial);
    }
}

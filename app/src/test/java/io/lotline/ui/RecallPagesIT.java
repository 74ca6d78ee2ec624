package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.identity.Role;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.BookOutput;
import io.lotline.production.ProductionCommands.ConsumeInputs;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.production.ProductionCommands.OpenProductionOrder;
import io.lotline.production.ProductionCommands.Output;
import io.lotline.recall.Recalls;
import io.lotline.shared.Quantity;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The recall workspace without a browser: a drill runs from a supplier lot and joins the history with its time; a
 * live recall goes from its scope through confirmation, notices, a return and a signed closure; refusals show the
 * domain's reason beside the field; and every page and action has the recall API's roles.
 */
class RecallPagesIT extends IntegrationTest {
    private static final Set<Role> TRACE = EnumSet.of(Role.QUALITY, Role.COMPLIANCE);
    private static final Set<Role> QUALITY = EnumSet.of(Role.QUALITY);
    private static final Set<Role> RECEIVING = EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY);

    @Autowired
    Production production;

    @Autowired
    Movements movements;

    @Autowired
    Lots lots;

    @Autowired
    Recalls recalls;

    Floor.Site site;
    String flour;
    String bread;
    String cafe;
    String hotel;

    @BeforeEach
    void flourIntoBreadShippedToTwoCustomers() {
        site = floor.aSite();
        cafe = site.customer();
        hotel = floor.aSite().customer();
        Item flourItem = floor.anItem().register();
        Item loaf = floor.anItem().keptIn("EA").register();
        flour = floor.receive(site, flourItem, "100", site.rack(), null);
        Place rack = new Place(site.rack(), null);
        String order = "PO-R" + Floor.next();
        production.open(key(), new OpenProductionOrder(order, loaf.sku(), null, null, null, List.of()));
        production.consume(key(), order, new ConsumeInputs(List.of(new Input(flour, Quantity.of("40", "KG"), rack,
                null))));
        bread = production.output(key(), order, new BookOutput(List.of(new Output(null, Quantity.of("100", "EA"), rack,
                null, null, null, null)))).lots().get(0).lotNumber();
        movements.ship(key(), new Movements.ShipStock(bread, Quantity.of("30", "EA"), rack, cafe, null, List.of()));
        movements.ship(key(), new Movements.ShipStock(bread, Quantity.of("20", "EA"), rack, hotel, null, List.of()));
    }

    @Test
    void a_drill_from_a_supplier_lot_runs_at_once_and_joins_the_history_with_its_time_against_the_target() {
        String supplierLot = lots.lot(flour).supplierLot();

        MvcTestResult started = post("quality", "/recalls/mock", "supplierLot", supplierLot, "reason", "Yearly drill",
                "targetMinutes", "240");

        assertThat(started).hasStatus(HttpStatus.FOUND);
        String code = started.getResponse().getRedirectedUrl().substring("/recalls/".length());
        assertThat(code).startsWith("MR-");
        assertThat(Api.body(get("compliance", "/recalls/" + code))).contains("Mock recall " + code)
                .contains(flour).contains(bread).contains(cafe).contains(hotel).contains("within target")
                .contains("/api/v1/recalls/" + code + "/report.pdf").doesNotContain("id=\"confirm-form\"");
        assertThat(Api.body(get("quality", "/recalls"))).contains(code).contains("Yearly drill").contains("240 min");
        assertThat(lots.lot(bread).status()).isEqualTo(LotStatus.RELEASED);
    }

    @Test
    void a_live_recall_goes_from_its_scope_to_confirmation_notices_a_return_and_a_signed_closure() {
        MvcTestResult opened = post("quality", "/recalls/live", "lots", flour, "reason", "Salmonella in flour");
        String code = opened.getResponse().getRedirectedUrl().substring("/recalls/".length());
        assertThat(Api.body(get("quality", "/recalls/" + code))).contains("Scope to review").contains(bread)
                .contains("id=\"confirm-form\"").contains("Scope: 2 lots, 2 customers");
        assertThat(lots.lot(bread).status()).isEqualTo(LotStatus.RELEASED);

        assertThat(post("quality", "/recalls/" + code + "/confirmation")).hasRedirectedUrl(
                "/recalls/" + code + "?done=confirmed");
        assertThat(lots.lot(bread).status()).isEqualTo(LotStatus.RECALLED);

        post("quality", "/recalls/" + code + "/notices/" + cafe + "/sent");
        post("quality", "/recalls/" + code + "/notices/" + hotel + "/sent");
        post("quality", "/recalls/" + code + "/notices/" + cafe + "/acknowledgement", "note", "Destroyed 5 on site");
        assertThat(Api.body(get("quality", "/recalls/" + code))).contains("Notices sent: 2 of 2")
                .contains("Acknowledged: 1 of 2");

        assertThat(post("quality", "/recalls/" + code + "/returns", "customer", cafe, "lotNumber", bread,
                "quantity", "25", "unit", "EA", "location", site.dock())).hasRedirectedUrl(
                "/recalls/" + code + "?done=returned");
        assertThat(recalls.report(code).customers()).filteredOn(c -> c.customer().equals(cafe)).singleElement()
                .satisfies(c -> assertThat(c.recovered()).isEqualTo(Quantity.of("25", "EA")));
        assertThat(Api.body(get("quality", "/recalls/" + code))).contains("Recovered or accounted for: 50 %");

        MvcTestResult wrong = post("quality", "/recalls/" + code + "/closure", "summary", "All recovered",
                "password", "not-mine");
        assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(wrong)).contains("id=\"password-error\"").contains("The password does not match");
        assertThat(recalls.report(code).status()).isEqualTo("CONFIRMED");

        assertThat(post("quality", "/recalls/" + code + "/closure", "summary", "All recovered",
                "password", PASSWORD)).hasRedirectedUrl("/recalls/" + code + "?done=closed");
        assertThat(recalls.report(code).status()).isEqualTo("CLOSED");
        assertThat(Api.body(get("compliance", "/recalls/" + code))).contains("Closed by Test quality: All recovered")
                .doesNotContain("id=\"closure-form\"");
    }

    @Test
    void a_return_of_more_than_the_customer_received_is_refused_beside_the_quantity_and_books_nothing() {
        String code = recalls.open(key(), new io.lotline.recall.RecallCommands.OpenRecall("Glass",
                new io.lotline.recall.RecallCommands.Scope(List.of(flour), null, 0))).code();
        recalls.confirm(key(), code);

        MvcTestResult refused = post("quality", "/recalls/" + code + "/returns", "customer", hotel, "lotNumber", bread,
                "quantity", "21", "unit", "EA", "location", site.dock());

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).contains("id=\"quantity-error\"").contains(hotel + " received 20 EA of lot "
                + bread).contains("value=\"21\"");
        assertThat(recalls.report(code).effectiveness()).isEqualByComparingTo(java.math.BigDecimal.ZERO);
    }

    @Test
    void quality_signs_what_becomes_of_a_held_lot_and_a_wrong_password_or_a_rework_without_order_is_refused() {
        String code = recalls.open(key(), new io.lotline.recall.RecallCommands.OpenRecall("Glass",
                new io.lotline.recall.RecallCommands.Scope(List.of(flour), null, 0))).code();
        recalls.confirm(key(), code);
        String path = "/recalls/" + code + "/dispositions";

        MvcTestResult noOrder = post("quality", path, "lotNumber", flour, "disposition", "REWORK", "reason",
                "Sieve and bake again", "password", PASSWORD);
        assertThat(noOrder).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(noOrder)).contains("id=\"productionOrder-error\"").contains("A rework names the production");
        MvcTestResult wrong = post("quality", path, "lotNumber", flour, "disposition", "DESTROY", "reason",
                "Glass splinters", "password", "not-mine");
        assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(wrong)).contains("a recall&#39;s disposition is signed with your own password");
        assertThat(onHand(code, flour)).isEqualTo(Quantity.of("60", "KG"));

        assertThat(post("quality", path, "lotNumber", flour, "disposition", "DESTROY", "reason", "Glass splinters",
                "password", PASSWORD)).hasRedirectedUrl("/recalls/" + code + "?done=disposed");
        assertThat(onHand(code, flour)).isNull();
    }

    private Quantity onHand(String recall, String lot) {
        return recalls.report(recall).affectedLots().stream().filter(a -> a.lotNumber().equals(lot)).findFirst()
                .orElseThrow().onHand();
    }

    @Test
    void a_live_recall_form_submitted_twice_opens_one_recall_and_the_workspace_speaks_dutch() {
        String key = "open-" + UUID.randomUUID();
        long before = recalls.list("LIVE", new io.lotline.shared.PageRequest(0, 1)).totalElements();
        List<String> opened = new ArrayList<>();
        for (int submit = 0; submit < 2; submit++) {
            opened.add(mvc.post().uri("/recalls/live").with(user("quality").roles("QUALITY")).with(csrf())
                    .param("idempotencyKey", key).param("lots", flour).param("reason", "Glass").exchange()
                    .getResponse().getRedirectedUrl());
        }
        assertThat(opened.get(1)).isEqualTo(opened.get(0));
        assertThat(recalls.list("LIVE", new io.lotline.shared.PageRequest(0, 1)).totalElements()).isEqualTo(before + 1);

        assertThat(Api.body(mvc.get().uri(opened.get(0)).header("Accept-Language", "nl-NL,nl;q=0.9")
                .with(user("quality").roles("QUALITY")).exchange())).contains("Omvang te beoordelen")
                .contains("De omvang bevestigen").contains("Omvang: 2 partijen, 2 klanten");
    }

    @Test
    void a_start_that_names_no_lot_is_refused_beside_the_lots_and_an_unknown_lot_is_named() {
        MvcTestResult empty = post("quality", "/recalls/live", "lots", " ", "reason", "Glass");
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(empty)).contains("id=\"lots-error\"").contains("Name the suspect lots");

        MvcTestResult unknown = post("quality", "/recalls/mock", "lots", flour + "\nNO-SUCH-LOT");
        assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(unknown)).contains("id=\"lots-error\"").contains("NO-SUCH-LOT");
    }

    @Test
    void each_page_and_action_is_allowed_to_exactly_the_roles_of_the_recall_api() {
        record Call(String method, String path, Set<Role> allowed) {
        }
        List<Call> calls = List.of(new Call("GET", "/recalls", TRACE), new Call("GET", "/recalls/new", TRACE),
                new Call("GET", "/recalls/NONE", TRACE), new Call("POST", "/recalls/mock", TRACE),
                new Call("POST", "/recalls/live", QUALITY), new Call("POST", "/recalls/NONE/confirmation", QUALITY),
                new Call("POST", "/recalls/NONE/notices/NONE/sent", QUALITY),
                new Call("POST", "/recalls/NONE/notices/NONE/email", QUALITY),
                new Call("POST", "/recalls/NONE/notices/NONE/acknowledgement", QUALITY),
                new Call("POST", "/recalls/NONE/returns", RECEIVING),
                new Call("POST", "/recalls/NONE/dispositions", QUALITY),
                new Call("POST", "/recalls/NONE/closure", QUALITY));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            for (Role role : Role.values()) {
                int status = ("GET".equals(call.method()) ? get(role.name().toLowerCase(), call.path())
                        : post(role.name().toLowerCase(), call.path())).getResponse().getStatus();
                if (call.allowed().contains(role) == (status == 403)) {
                    wrong.add(role + " " + call.method() + " " + call.path() + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Api.body(get("compliance", "/recalls/new"))).contains("id=\"run-mock\"")
                .doesNotContain("id=\"open-live\"");
    }

    private MvcTestResult get(String username, String path) {
        return mvc.get().uri(path).with(user(username).roles(username.toUpperCase())).exchange();
    }

    private MvcTestResult post(String username, String path, String... params) {
        var request = mvc.post().uri(path).with(user(username).roles(username.toUpperCase())).with(csrf())
                .param("idempotencyKey", "k-" + UUID.randomUUID());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}

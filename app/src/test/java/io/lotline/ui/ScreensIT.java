package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.AlertRuleDefinition;
import io.lotline.expiry.ExpiryRules;
import io.lotline.expiry.ExpirySweep;
import io.lotline.expiry.Recipients;
import io.lotline.identity.Role;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.OrderLine;
import io.lotline.picking.PickList;
import io.lotline.picking.PickStatus;
import io.lotline.picking.Picking;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.BookOutput;
import io.lotline.production.ProductionCommands.ConsumeInputs;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.production.ProductionCommands.OpenProductionOrder;
import io.lotline.production.ProductionCommands.Output;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.OpenNonconformance;
import io.lotline.retention.DefineRetentionRules;
import io.lotline.retention.Law;
import io.lotline.retention.Retention;
import io.lotline.retention.RetentionRule;
import io.lotline.shared.Quantity;
import io.lotline.support.Browser;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser (headless Chromium): the office signs in and reads the day, finds a lot and its
 * timeline, and releases it with a signature; the floor receives by scanning a label and picks an order by scanning
 * pallets. Screenshots of each screen go to {@code target/screenshots}. The tour runs once, in the H2 run that the
 * README's test command always makes: the pages reach the database only through the modules' APIs, which every
 * other integration test checks on both databases, and a second browser tour would double the longest test class.
 */
class ScreensIT extends IntegrationTest {
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    Lots lots;

    @Autowired
    Movements movements;

    @Autowired
    io.lotline.ledger.Ledger ledger;

    @Autowired
    Picking picking;

    @Autowired
    Clock clock;

    @Autowired
    Quality quality;

    @Autowired
    Production production;

    @Autowired
    ExpiryRules rules;

    @Autowired
    ExpirySweep sweep;

    @Autowired
    Retention retention;

    Floor.Site site;

    @BeforeAll
    static void inTheH2RunOnly() {
        Assumptions.assumeFalse(TestDatabase.isPostgres(), "the browser tour runs in the H2 run");
    }

    @BeforeEach
    void aSiteAndABrowser() {
        site = floor.aSite();
        if (browser == null) {
            browser = Browser.start();
        }
        browser.at(port).desk();
    }

    /** Every page works under the Content-Security-Policy: nothing it loads or runs is refused. */
    @AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        if (browser != null) {
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_user_signs_in_and_lands_on_the_dashboard_of_the_day() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.QUARANTINE);
        String lot = floor.receive(site, item, "250", site.quarantine(), null);
        Item butter = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String expiring = floor.receive(site, butter, "40", site.rack(), null, LocalDate.now(clock).plusDays(5));
        String suspect = floor.receive(site, butter, "60", site.rack(), null, LocalDate.now(clock).plusDays(40));
        rules.define(new AlertRuleDefinition(butter.sku(), null, true, null, List.of(
                new AlertLevel(7, new Recipients(Set.of(Role.QUALITY), null, null), null))));
        sweep.sweep(clock.instant());
        String nonconformance = quality.open(key(), new OpenNonconformance("Foreign body found in butter",
                "A piece of blue plastic in a sample", List.of(suspect), true)).code();

        browser.signIn("quality", "not the password");
        assertThat(browser.text(".error-summary")).contains("The user name or the password is not right");

        browser.signIn("quality", PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("h1")).isEqualTo("Today");
        assertThat(browser.text("#waiting")).contains(lot);
        assertThat(browser.text("#expiring")).contains("7 days before expiry").contains(expiring);
        assertThat(browser.text("#alerts")).contains(expiring).contains("7-day alert");
        assertThat(browser.text("#on-hold")).contains(suspect);
        assertThat(browser.text("#nonconformances")).contains(nonconformance).contains(suspect);
        browser.screenshot("dashboard");

        browser.open("/?lang=nl");
        assertThat(browser.text("h1")).isEqualTo("Vandaag");
        assertThat(browser.text("#waiting h2")).startsWith("Wacht op een kwaliteitsbesluit");
        browser.open("/?lang=en");
    }

    @Test
    void the_search_box_goes_to_the_lot_of_a_supplier_lot_and_says_when_nothing_matches() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "100", site.rack(), null);
        String supplierLot = lots.lot(lot).supplierLot();
        browser.signIn("operator", PASSWORD);

        browser.type("#q", supplierLot + "\n");
        browser.waitForText("h1", lot);
        assertThat(browser.path()).isEqualTo("/lots/" + lot);

        browser.type("#q", "NO-SUCH-CODE-" + UUID.randomUUID() + "\n");
        assertThat(browser.text("#nothing")).contains("Nothing matches");
    }

    @Test
    void an_operator_receives_a_lot_by_typing_the_scan_of_the_suppliers_label() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        LocalDate expiry = LocalDate.now(clock).plusDays(200);
        String supplierLot = "MILL-" + Floor.next();
        String label = "(01)" + item.gtin().value() + "(10)" + supplierLot + "(17)"
                + expiry.format(DateTimeFormatter.ofPattern("yyMMdd"));
        String pallet = "LP-R" + Floor.next();
        browser.signIn("operator", PASSWORD).handheld().open("/handheld/receive");

        assertThat(browser.focusedOn("supplier")).isEqualTo("supplier");
        browser.scan(site.supplier()).scan(label);
        assertThat(browser.find("#sku").getAttribute("value")).isEqualTo(item.sku());
        assertThat(browser.find("#supplierLot").getAttribute("value")).isEqualTo(supplierLot);
        assertThat(browser.find("#expiryDate").getAttribute("value")).isEqualTo(expiry.toString());
        assertThat(browser.focusedOn("quantity")).isEqualTo("quantity");
        browser.scan("40").scan(site.dock()).screenshot("handheld-receive").scan(pallet);

        assertThat(browser.text("#answer")).contains("Received 40 KG as lot").contains(site.dock());
        List<Lot> received = lots.lotsOfSupplierLot(supplierLot);
        assertThat(received).singleElement().satisfies(lot -> {
            assertThat(lot.sku()).isEqualTo(item.sku());
            assertThat(lot.expiryDate()).isEqualTo(expiry);
        });
        assertThat(browser.focusedOn("label")).isEqualTo("label");
    }

    @Test
    void an_operator_moves_a_pallet_by_scanning_it_and_a_wrong_destination_turns_red_and_moves_nothing() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String pallet = "LP-V" + Floor.next();
        String flour = floor.receive(site, item, "40", site.dock(), pallet);
        String more = floor.receive(site, item, "10", site.dock(), pallet);
        browser.signIn("operator", PASSWORD).handheld().open("/handheld/move");

        assertThat(browser.focusedOn("from")).isEqualTo("from");
        browser.scan(pallet).waitForText("h1", "Take pallet");
        assertThat(browser.text("h1")).isEqualTo("Take pallet " + pallet + " and scan its destination");
        assertThat(browser.text("#there")).contains(flour).contains(more);
        assertThat(browser.focusedOn("to")).isEqualTo("to");
        browser.screenshot("handheld-move");

        browser.scan("NO-SUCH-PLACE").waitForText("#answer", "Nothing moved");
        assertThat(browser.text("#answer")).contains("NO-SUCH-PLACE");
        assertThat(browser.present("#step.refused")).isTrue();
        assertThat(ledger.onPallet(pallet)).extracting(io.lotline.ledger.Balance::location)
                .containsOnly(site.dock());

        assertThat(browser.focusedOn("to")).isEqualTo("to");
        browser.scan(site.rack()).waitForText("#answer", "Moved");
        assertThat(browser.text("#answer")).contains("Moved 40 KG of lot " + flour + " to " + site.rack())
                .contains("Moved 10 KG of lot " + more);
        assertThat(ledger.onPallet(pallet)).extracting(io.lotline.ledger.Balance::location)
                .containsOnly(site.rack());
        assertThat(browser.focusedOn("from")).isEqualTo("from");
    }

    @Test
    void an_operator_counts_a_location_and_sees_the_difference_before_booking_it() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.rack(), null);
        browser.signIn("operator", PASSWORD).handheld().open("/handheld/count");

        assertThat(browser.focusedOn("at")).isEqualTo("at");
        browser.scan(site.rack()).waitForText("h1", "Count what lies at " + site.rack());
        assertThat(browser.focusedOn("counted0")).isEqualTo("counted0");
        browser.scan("8").waitForText("h1", "Check the differences");
        assertThat(browser.text("#differences")).contains(lot).contains("−2 KG");
        browser.screenshot("handheld-count");
        assertThat(ledger.balances(lots.lot(lot).id())).extracting(b -> b.quantity().amount().intValue())
                .containsExactly(10);

        browser.click("#confirm-count").waitForText("#answer", "Counted 8 KG of lot " + lot);
        assertThat(ledger.balances(lots.lot(lot).id())).extracting(b -> b.quantity().amount().intValue())
                .containsExactly(8);
    }

    @Test
    void an_operator_picks_an_order_and_a_wrong_scan_turns_red_with_the_reason_and_moves_nothing() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String first = "LP-F" + Floor.next();
        String later = "LP-L" + Floor.next();
        String expiresFirst = floor.receive(site, item, "50", site.rack(), first, LocalDate.now(clock).plusDays(30));
        floor.receive(site, item, "50", site.rack(), later, LocalDate.now(clock).plusDays(90));
        String order = "SO-" + Floor.next();
        picking.enter(key(), new EnterCustomerOrder(order, site.customer(), LocalDate.now(clock).plusDays(1),
                List.of(new OrderLine(item.sku(), Quantity.of("30", "KG"), null, null, null))));
        picking.allocate(key(), order);
        browser.signIn("operator", PASSWORD).handheld().open("/handheld/pick");

        browser.scan(order).waitForText("h1", "Scan pallet");
        assertThat(browser.text("h1")).isEqualTo("Scan pallet " + first + " at " + site.rack());
        assertThat(browser.text("#pick-lot")).isEqualTo(expiresFirst);
        assertThat(browser.focusedOn("scan")).isEqualTo("scan");

        browser.scan(later);
        browser.waitForText("#answer", "Nothing was picked");
        assertThat(browser.text("#answer")).contains("this pick is pallet " + first)
                .contains("Pallet " + later + " holds lot");
        assertThat(browser.present("#step.refused")).isTrue();
        assertThat(browser.focusedOn("scan")).isEqualTo("scan");
        browser.screenshot("handheld-pick-wrong-scan");
        assertThat(picking.pickList(order).picks()).extracting(PickList.Pick::status)
                .containsExactly(PickStatus.RESERVED);

        browser.scan(first);
        browser.waitForText("#all-picked", "Order " + order + " is picked");
        assertThat(browser.text("#answer")).contains("Picked 30 KG of lot " + expiresFirst);
        assertThat(picking.pickList(order).picks()).extracting(PickList.Pick::status)
                .containsExactly(PickStatus.PICKED);
    }

    @Test
    void a_lot_page_shows_where_the_lot_is_and_its_timeline_in_words() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "100", site.rack(), null);
        movements.transfer(key(), new Movements.TransferStock(lot, Quantity.of("30", "KG"),
                new Place(site.rack(), null), new Place(site.dock(), null), List.of(), null, "To the dock"));
        browser.signIn("supervisor", PASSWORD).open("/lots/" + lot);

        assertThat(browser.text("#status")).isEqualTo("Released");
        assertThat(browser.text("#on-hand")).isEqualTo("100 KG");
        assertThat(browser.text("#where + table")).contains(site.rack() + " 70 KG").contains(site.dock() + " 30 KG");
        List<String> timeline = browser.find("#timeline").findElements(org.openqa.selenium.By.cssSelector(".what"))
                .stream().map(org.openqa.selenium.WebElement::getText).toList();
        assertThat(timeline).containsExactly(
                "Moved 30 KG from " + site.rack() + " to " + site.dock(),
                "Received 100 KG at " + site.rack());
        assertThat(browser.text("#supply-chain-masked"))
                .isEqualTo("Supplier and customer names are shown to quality and compliance only.");
        browser.screenshot("lot-page").scrollTo("#where").screenshot("lot-timeline");
    }

    @Test
    void quality_holds_then_releases_a_lot_with_a_signature_in_place_and_a_wrong_password_is_refused_beside_it() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.QUARANTINE);
        String lot = floor.receive(site, item, "80", site.quarantine(), null);
        browser.signIn("quality", PASSWORD).open("/lots/" + lot);
        assertThat(browser.text("#status")).isEqualTo("In quarantine");
        browser.script("window.samePage = 'not reloaded';");

        browser.type("#hold-reason", "Supplier audit pending").click("#hold-form button");
        browser.waitForText("#status", "On hold");
        assertThat(browser.text("#timeline .what")).contains("On hold");
        assertThat(browser.text("#done")).contains("on hold");

        browser.click("#meaning").type("#comment", "CoA within specification").type("#password", "wrong");
        browser.click("#decision-form button");
        browser.waitForText("#password-error", "The password does not match");
        assertThat(browser.text("#status")).isEqualTo("On hold");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.ON_HOLD);
        browser.screenshot("lot-release-refused");

        assertThat(browser.find("#meaning").isSelected()).isTrue();
        browser.type("#password", PASSWORD).click("#decision-form button");
        browser.waitForText("#status", "Released");
        assertThat(browser.text("#timeline .what")).isEqualTo("Released, signed by Test quality: Approve and release");
        assertThat(browser.present("#password-error")).isFalse();
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
        assertThat(browser.script("return window.samePage;")).isEqualTo("not reloaded");
        assertThat(browser.focused()).isEqualTo("done");
        browser.screenshot("lot-released");
    }

    @Test
    void a_supervisor_changes_an_item_and_a_wrong_shelf_life_is_refused_beside_the_field() {
        Item item = floor.anItem().describedAs("Rye flour").shelfLife(60).register();
        browser.signIn("supervisor", PASSWORD).open("/admin/items/" + item.sku());
        assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Rye flour");

        browser.type("#shelfLifeDays", "5").type("#minRemainingShelfLifeAtReceiptDays", "10");
        browser.find("#change-item").submit();
        assertThat(browser.text("#minRemainingShelfLifeAtReceiptDays-error"))
                .contains("cannot exceed the shelf life");
        assertThat(catalog.item(item.sku()).shelfLifeDays()).isEqualTo(60);
        browser.screenshot("item-change-refused");

        browser.type("#description", "Rye flour, wholemeal").type("#shelfLifeDays", "90");
        browser.find("#change-item").submit();
        browser.waitForText("#answer", "The item is changed.");
        assertThat(browser.text("#changes")).contains("Rye flour, wholemeal").contains("supervisor");
        assertThat(catalog.item(item.sku()).description()).isEqualTo("Rye flour, wholemeal");
        browser.scrollTo("#changes").screenshot("item-changed");
    }

    @Test
    void a_supervisor_narrows_the_item_list_by_typing_without_the_page_reloading() {
        String mark = "F" + Floor.next();
        floor.anItem().sku(mark + "-RYE").describedAs("Rye flour").register();
        floor.anItem().sku(mark + "-OAT").describedAs("Oat flakes").register();
        browser.signIn("supervisor", PASSWORD).open("/admin/items");
        browser.script("document.body.dataset.loaded = 'once'");

        browser.type("#item-filter-text", mark.toLowerCase() + "-r");
        browser.waitForText("#item-count", "One item with");

        assertThat(browser.text("#items")).contains(mark + "-RYE").doesNotContain(mark + "-OAT");
        assertThat(browser.script("return document.body.dataset.loaded")).isEqualTo("once");
        assertThat(browser.find("#item-filter-text").getAttribute("value")).isEqualTo(mark.toLowerCase() + "-r");
        browser.screenshot("admin-items-filtered");
    }

    @Test
    void quality_opens_the_trace_graph_of_a_produced_lot_zooms_it_and_folds_away_what_follows_a_lot() {
        String[] traced = flourIntoBreadShipped();
        String flourLot = traced[0];
        String breadLot = traced[1];
        browser.signIn("quality", PASSWORD).open("/lots/" + flourLot);

        browser.click("#trace-forward");
        String drawn = browser.waitForAttribute("#graph", "data-drawn-nodes");
        assertThat(browser.text("h1")).isEqualTo("Trace of lot " + flourLot);
        assertThat(browser.script("return lotlineTrace.nodes().map(n => n.id)")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("lot:" + flourLot, "lot:" + breadLot,
                "customer:" + site.customer());
        assertThat(browser.script("return lotlineTrace.edges().map(e => e.source + '>' + e.target + ' ' + e.label)"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("lot:" + flourLot + ">lot:" + breadLot + " 40 KG",
                        "lot:" + breadLot + ">customer:" + site.customer() + " 25 KG");
        long nodes = (Long) browser.script("return lotlineTrace.nodes().length");
        long edges = (Long) browser.script("return lotlineTrace.edges().length");
        assertThat(drawn).isEqualTo(String.valueOf(nodes));
        assertThat(browser.find("#graph").getAttribute("data-drawn-edges")).isEqualTo(String.valueOf(edges));
        assertThat(drawnInTheSvg(".box")).isEqualTo(nodes);
        assertThat(drawnInTheSvg(".arrows path")).isEqualTo(edges);
        assertThat(browser.script("return document.querySelector('#graph .quantities').textContent"))
                .asString().contains("40 KG", "25 KG");
        assertThat(browser.script("var frame = document.querySelector('#graph svg').getBoundingClientRect();"
                + " return Array.from(document.querySelectorAll('#graph .box')).map(b => b.getBoundingClientRect())"
                + ".filter(b => b.left >= frame.left && b.right <= frame.right && b.top >= frame.top"
                + " && b.bottom <= frame.bottom).length")).isEqualTo(nodes);
        assertThat(box(flourLot).getAttribute("class")).contains("root");
        assertThat(browser.script("var x = id => lotlineTrace.nodes().find(n => n.id === id).x;"
                + " return [x(arguments[0]), x(arguments[1]), x(arguments[2])]", "lot:" + flourLot, "lot:" + breadLot,
                "customer:" + site.customer())).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isSortedAccordingTo((a, b) -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue()))
                .doesNotHaveDuplicates();
        assertThat(browser.waitForAttribute("#graph", "data-drawn-ms")).matches("[0-9]+");
        assertThat(browser.script("return performance.getEntriesByName('lotline-trace-drawn').length")).isEqualTo(1L);
        assertThat(browser.text("#graph-summary")).isEqualTo("%d lots reached: %d boxes and %d arrows."
                .formatted(2, nodes, edges));
        assertThat(browser.find("#export-pdf").getAttribute("href"))
                .endsWith("/api/v1/exports/trace.pdf?direction=FORWARD&lot=" + flourLot);
        assertThat(browser.find("#export-fsma").getAttribute("href")).contains("lot=" + breadLot);
        browser.screenshot("trace-graph");

        browser.click(boxSelector(flourLot));
        assertThat(browser.find("#graph").getAttribute("data-drawn-nodes")).isEqualTo(String.valueOf(nodes - 2));
        assertThat(drawnInTheSvg(".box")).isEqualTo(nodes - 2);
        assertThat(drawnInTheSvg(".arrows path")).isEqualTo(
                Long.parseLong(browser.find("#graph").getAttribute("data-drawn-edges")));
        assertThat(box(breadLot).isDisplayed()).isFalse();
        browser.click(boxSelector(flourLot));
        assertThat(browser.find("#graph").getAttribute("data-drawn-nodes")).isEqualTo(String.valueOf(nodes));
        assertThat(drawnInTheSvg(".box")).isEqualTo(nodes);
        assertThat(drawnInTheSvg(".arrows path")).isEqualTo(edges);

        // the keyboard alone: Tab reaches the traced lot, Enter folds and unfolds, an arrow moves to the next lot
        Object view = browser.script("return lotlineTrace.view()");
        browser.script("document.getElementById('graph').focus()");
        browser.press(Keys.TAB);
        assertThat(focusedBox()).isEqualTo("lot:" + flourLot);
        browser.press(Keys.ENTER);
        assertThat(browser.find("#graph").getAttribute("data-drawn-nodes")).isEqualTo(String.valueOf(nodes - 2));
        assertThat(box(flourLot).getAttribute("aria-expanded")).isEqualTo("false");
        browser.press(Keys.SPACE);
        assertThat(browser.find("#graph").getAttribute("data-drawn-nodes")).isEqualTo(String.valueOf(nodes));
        assertThat(box(flourLot).getAttribute("aria-expanded")).isEqualTo("true");
        browser.press(Keys.ARROW_RIGHT);
        assertThat(focusedBox()).isEqualTo("lot:" + breadLot);
        browser.press(Keys.ARROW_RIGHT);
        assertThat(focusedBox()).isEqualTo("customer:" + site.customer());
        browser.press(Keys.ARROW_LEFT);
        assertThat(focusedBox()).isEqualTo("lot:" + breadLot);
        assertThat(browser.script("return lotlineTrace.view()")).as("arrows on a box move the focus, not the view")
                .isEqualTo(view);

        String fitted = browser.find("#graph .view").getAttribute("transform");
        double zoom = ((Number) browser.script("return lotlineTrace.view().zoom")).doubleValue();
        browser.wheel("#graph", -300);
        assertThat(browser.waitForAttributeOtherThan("#graph .view", "transform", fitted)).isNotEqualTo(fitted);
        assertThat(((Number) browser.script("return lotlineTrace.view().zoom")).doubleValue()).isGreaterThan(zoom);
    }

    /** The id of the trace graph's box that has the keyboard focus, if one has. */
    private Object focusedBox() {
        return browser.script("return document.activeElement.getAttribute('data-id')");
    }

    /** How many of the trace graph's SVG elements of a kind are shown, not folded away. */
    private long drawnInTheSvg(String css) {
        return (Long) browser.script("return Array.from(document.querySelectorAll('#graph svg ' + arguments[0]))"
                + ".filter(e => getComputedStyle(e).display !== 'none').length", css);
    }

    private static String boxSelector(String lot) {
        return "#graph .box[data-id='lot:" + lot + "']";
    }

    private org.openqa.selenium.WebElement box(String lot) {
        return browser.script("return document.querySelector(arguments[0])", boxSelector(lot)) instanceof
                org.openqa.selenium.WebElement element ? element : null;
    }

    @Test
    void quality_runs_a_mock_recall_from_a_lot_and_reads_its_time_against_the_target_in_the_drill_history() {
        String[] traced = flourIntoBreadShipped();
        browser.signIn("quality", PASSWORD).open("/lots/" + traced[0]);

        browser.click("#start-recall");
        assertThat(browser.find("#lots").getAttribute("value")).isEqualTo(traced[0]);
        browser.type("#reason", "Quarterly drill");
        browser.click("#run-mock");
        browser.waitForText("h1", "Mock recall MR-");
        String code = browser.path().substring("/recalls/".length());
        assertThat(browser.text("#target")).contains("240 min").contains("within target");
        assertThat(browser.text("#scope")).contains(traced[0]).contains(traced[1]);
        assertThat(browser.text("#customers")).contains(site.customer());
        assertThat(browser.text("#step-balance")).isEqualTo("Mass balance: every unit accounted for");
        assertThat(browser.find("#export-pdf").getAttribute("href")).endsWith("/api/v1/recalls/" + code + "/report.pdf");
        browser.screenshot("recall-drill");

        browser.click("nav a[href='/recalls']");
        browser.waitForText("#drills", code);
        assertThat(browser.text("#drills")).contains("Quarterly drill").contains("within target");
        browser.screenshot("recalls");
    }

    @Test
    void quality_confirms_a_live_recall_notifies_the_customer_and_closes_it_with_a_signature() {
        String[] traced = flourIntoBreadShipped();
        browser.signIn("quality", PASSWORD).open("/recalls/new");
        browser.type("#lots", traced[0]).type("#reason", "Salmonella found in the mill");
        browser.click("#open-live");
        browser.waitForText("#recall-status", "Scope to review");
        assertThat(lots.lot(traced[1]).status()).isEqualTo(LotStatus.RELEASED);

        browser.click("#confirm");
        browser.waitForText("#recall-status", "Confirmed");
        assertThat(lots.lot(traced[1]).status()).isEqualTo(LotStatus.RECALLED);
        browser.script("window.samePage = 'not reloaded';");
        browser.click("#customer-" + site.customer() + " .mark-sent");
        browser.waitForText("#step-notified", "Notices sent: 1 of 1");
        browser.type("#return-quantity", "5").type("#return-unit", "KG").type("#return-location", site.dock());
        browser.click("#return-form button");
        browser.waitForText("#step-recovered", "Recovered or accounted for: 20 %");
        assertThat(browser.text("#customer-" + site.customer())).contains("5 KG");
        assertThat(browser.find("#return-quantity").getAttribute("value")).isEmpty();
        assertThat(browser.script("return window.samePage;")).isEqualTo("not reloaded");
        browser.type("#summary", "Customer destroyed the bread on site").type("#password", "wrong");
        browser.find("#closure-form").submit();
        assertThat(browser.text("#password-error")).contains("The password does not match");
        assertThat(browser.text("#recall-status")).isEqualTo("Confirmed");
        browser.scrollTo("#progress-title").screenshot("recall-workspace");

        browser.type("#password", PASSWORD);
        browser.find("#closure-form").submit();
        browser.waitForText("#recall-status", "Closed");
        assertThat(browser.text("#closure")).isEqualTo("Closed by Test quality: Customer destroyed the bread on site");
    }

    @Test
    void compliance_reads_the_retention_report_and_a_period_not_yet_over_is_refused_beside_the_day() {
        retention.define(new DefineRetentionRules(List.of(new RetentionRule("FSMA", null, Law.FSMA_204, 24, null)),
                "FSMA 204 for every food lot"));
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        floor.receive(site, item, "40", site.rack(), null);
        browser.signIn("compliance", PASSWORD);

        browser.click("nav a[href='/retention']");
        browser.waitForText("h1", "Records retention");
        assertThat(browser.text("#rules-version")).contains("FSMA 204 for every food lot");
        assertThat(browser.text("#by-rule")).contains("FSMA").contains("FSMA_204");
        browser.screenshot("retention");

        browser.open("/retention/archive?until=" + LocalDate.now(clock).plusDays(1));
        assertThat(browser.text("#until-error")).isNotBlank();
        assertThat(browser.find("#until").getAttribute("value")).isEqualTo(LocalDate.now(clock).plusDays(1).toString());
    }

    @Test
    void quality_records_a_result_and_releases_a_lot_from_the_quality_desk() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.QUARANTINE);
        quality.defineSpecification(item.sku(), List.of(new io.lotline.quality.SpecParameter("moisture",
                io.lotline.quality.ParameterKind.NUMERIC, null, new java.math.BigDecimal("14.5"), "%", null, true)));
        String lot = floor.receive(site, item, "80", site.quarantine(), null);
        browser.signIn("quality", PASSWORD).open("/quality");
        browser.script("window.samePage = 'not reloaded';");

        browser.type("#value-" + lot + "-0", "13.1").click("#results-" + lot + " button");
        browser.waitForText("#lot-" + lot + " .verdicts", "within specification");
        assertThat(browser.text("#done")).isEqualTo("The results of lot " + lot + " are recorded.");
        assertThat(browser.script("return window.samePage;")).isEqualTo("not reloaded");
        browser.scrollTo("#lot-" + lot).screenshot("quality-desk");

        browser.click("#meaning-" + lot).type("#password-" + lot, PASSWORD);
        browser.find("#decision-" + lot).submit();
        browser.waitForText("#done", "Lot " + lot + " is released");
        assertThat(browser.text("#lot-" + lot)).contains("No longer waiting for a decision");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
        assertThat(browser.script("return window.samePage;")).isEqualTo("not reloaded");
    }

    @Test
    void quality_files_a_certificate_and_opens_and_closes_a_nonconformance_on_the_quality_desk() throws Exception {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.QUARANTINE);
        String lot = floor.receive(site, item, "60", site.quarantine(), null);
        java.nio.file.Path certificate = java.nio.file.Files.createTempFile("coa-", ".pdf");
        java.nio.file.Files.writeString(certificate, "%PDF-1.7 certificate of analysis");
        browser.signIn("quality", PASSWORD).open("/quality");

        browser.find("#file-" + lot).sendKeys(certificate.toAbsolutePath().toString());
        browser.find("#documents-form-" + lot).submit();
        browser.waitForText("#done", "The document is filed with lot " + lot);
        assertThat(browser.text("#documents-" + lot)).contains(certificate.getFileName().toString());

        long before = count("nonconformances");
        browser.find("#open-nc").submit();
        browser.waitForText("#title-nc-new-error", "title");
        assertThat(count("nonconformances")).isEqualTo(before);
        browser.type("#title-nc-new", "Metal fragment in sample").type("#lots-nc-new", lot);
        browser.find("#open-nc").submit();
        browser.waitForText("#done", "is open");
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.ON_HOLD);
        String code = browser.text("#done").replaceFirst("Non-conformance (\\S+) is open.*", "$1");
        browser.scrollTo("#nc-" + code).screenshot("quality-desk-nonconformance");

        browser.find("#disposition-nc-" + code + " select").sendKeys("Scrap");
        browser.type("#comment-nc-" + code, "Lot scrapped");
        browser.find("#disposition-nc-" + code).submit();
        browser.waitForText("#done", "The disposition of " + code + " is recorded");
        browser.type("#summary-nc-" + code, "Sieve replaced");
        browser.find("#closure-nc-" + code).submit();
        browser.waitForText("#done", "Non-conformance " + code + " is closed");
        assertThat(browser.present("#nc-" + code)).isFalse();
    }

    @Test
    void a_supervisor_defines_an_expiry_alert_rule_and_a_level_out_of_order_is_refused_beside_its_days() {
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        browser.signIn("supervisor", PASSWORD).open("/admin");
        browser.click("#admin-alert-rules");

        browser.type("#item", item.sku()).type("#level0-days", "7").click("#level0-roles-QUALITY")
                .type("#level1-days", "30").click("#level1-roles-SUPERVISOR");
        browser.find("#alert-rule-form").submit();
        browser.waitForText("#level1-days-error", "count down");
        assertThat(browser.text(".error-summary")).contains("count down");

        browser.type("#level0-days", "30").type("#level1-days", "7").type("#level1-emails", "stores@bakery.example");
        browser.find("#alert-rule-form").submit();
        browser.waitForText("#answer", "is defined");
        assertThat(browser.text("#alert-rules")).contains("Item " + item.sku()).contains("30 days before expiry")
                .contains("stores@bakery.example");
        browser.screenshot("admin-alert-rules");
    }

    /** A flour lot made into bread, part of which is shipped to the site's customer: flour and bread lot numbers. */
    @Test
    void a_file_larger_than_an_import_takes_is_refused_in_the_browser_before_it_is_sent() throws java.io.IOException {
        java.nio.file.Path large = java.nio.file.Files.createTempDirectory("import").resolve("stock.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(31L * 1024 * 1024);
        }
        browser.signIn("supervisor", PASSWORD).open("/imports");

        browser.type("#file", large.toString()).click("#check");

        assertThat((String) browser.script("return document.getElementById('file').validationMessage"))
                .isEqualTo("This file is larger than 30 MB; split it into several files.");
        assertThat(browser.present("#report")).isFalse();
        java.nio.file.Files.delete(large);
    }

    @Test
    void a_supervisor_checks_a_file_sees_its_bad_line_then_imports_the_corrected_file_into_the_history()
            throws java.io.IOException {
        int n = Floor.next();
        java.nio.file.Path bad = java.nio.file.Files.writeString(
                java.nio.file.Files.createTempDirectory("import").resolve("categories-" + n + ".csv"),
                "code,name,pickingStrategy\nDRY-%1$d,Dry goods,FIFO\nWET-%1$d,Wet goods,FOO\n".formatted(n));
        browser.signIn("supervisor", PASSWORD).open("/imports");
        browser.script("document.getElementById('kind').value = 'categories'");

        browser.type("#file", bad.toString()).click("#check").waitForText("#report", "1 problem in 1 row");
        assertThat(browser.text("#problems")).contains("3").contains("pickingStrategy").contains("FOO");
        assertThat(browser.present("#commit")).isFalse();
        browser.scrollTo("#kind").screenshot("import-check");

        java.nio.file.Path good = java.nio.file.Files.writeString(bad.resolveSibling("categories-ok-" + n + ".csv"),
                "code,name\nDRY-%1$d,Dry goods\nWET-%1$d,Wet goods\n".formatted(n));
        browser.type("#file", good.toString()).click("#check").waitForText("#report", "Every row is fine");
        browser.click("#commit").waitForText("#answer", "2 rows imported, 2 records created");
        assertThat(browser.text("#history")).contains(good.getFileName().toString()).contains("done");
        assertThat(catalog.categories(new io.lotline.shared.PageRequest(0, io.lotline.shared.PageRequest.MAX_SIZE))
                .content()).extracting(io.lotline.catalog.Category::code).contains("DRY-" + n, "WET-" + n);
        browser.screenshot("import-done");
    }

    private String[] flourIntoBreadShipped() {
        Item flour = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        Item bread = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String flourLot = floor.receive(site, flour, "100", site.rack(), null);
        Place rack = new Place(site.rack(), null);
        String order = "PO-G" + Floor.next();
        production.open(key(), new OpenProductionOrder(order, bread.sku(), null, null, null, List.of()));
        production.consume(key(), order, new ConsumeInputs(List.of(
                new Input(flourLot, Quantity.of("40", "KG"), rack, null))));
        String breadLot = production.output(key(), order, new BookOutput(List.of(new Output(null,
                Quantity.of("60", "KG"), rack, null, null, null, null)))).lots().get(0).lotNumber();
        movements.ship(key(), new Movements.ShipStock(breadLot, Quantity.of("25", "KG"), rack, site.customer(), null,
                List.of()));
        return new String[] {flourLot, breadLot};
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }

    @Test
    void the_api_description_opens_in_swagger_ui_under_the_content_security_policy() {
        browser.open("/swagger-ui.html").waitForText(".info .title", "Lotline API");

        assertThat(browser.text(".info .title")).contains("Lotline API");
    }

}

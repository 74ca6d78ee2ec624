package io.lotline.genealogy.internal;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.genealogy.Direction;
import io.lotline.lots.Lots;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The floor consumed the wrong lot of flour into a bread order, made bread, and reverses the consumption; another
 * time it reverses the bread it booked; a dairy reverses a farm's milk poured into its silo. Each reversal withdraws
 * the genealogy its entry made (ADR 65): the in-memory index and the database walk agree that the trace no longer
 * passes through it, a later output of the order does not link the consumption again, and the mass balance shows
 * the consumption given back.
 */
class ProductionReversalIT extends IntegrationTest {
    private final Instant day1 = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS);

    @Autowired
    GenealogyService genealogy;

    @Autowired
    Lots lots;

    private Floor.Site site;
    private Item flour;
    private Item bread;

    @BeforeEach
    void aSiteWithFlourAndBread() {
        site = floor.aSite();
        flour = floor.anItem().register();
        bread = floor.anItem().register();
    }

    @Test
    void a_consumption_reversed_leaves_the_traces_and_a_later_output_of_the_order_does_not_link_it_again() {
        String wrong = floor.receive(site, flour, "100", site.rack(), null);
        String right = floor.receive(site, flour, "100", site.rack(), null);
        String order = order();
        MvcTestResult consumed = consume(order, at(1, 6), wrong, right);
        String loaf = output(order, at(1, 8));
        assertBothEngines(Direction.FORWARD, wrong, wrong, loaf);

        assertThat(reverse(entry(consumed, "ISSUE", wrong))).hasStatus(201);
        String second = output(order, at(1, 9));

        assertBothEngines(Direction.FORWARD, wrong, wrong);
        assertBothEngines(Direction.FORWARD, right, right, loaf, second);
        assertBothEngines(Direction.REVERSE, loaf, loaf, right);
        assertBothEngines(Direction.REVERSE, second, second, right);
        assertThat(traced("FORWARD", wrong)).containsExactly(wrong);
        MvcTestResult balance = as("quality").get("/api/v1/mass-balance?lot=" + wrong);
        assertThat(amount(balance, "$[0].consumed.amount")).isEqualByComparingTo("20");
        assertThat(amount(balance, "$[0].correctedIn.amount")).isEqualByComparingTo("20");
        assertThat(amount(balance, "$[0].onHand.amount")).isEqualByComparingTo("100");
        assertThat(amount(balance, "$[0].gap.amount")).isEqualByComparingTo("0");
    }

    @Test
    void an_orders_view_and_yield_count_what_was_used_and_made_after_a_consumption_and_an_output_were_reversed() {
        String wrong = floor.receive(site, flour, "100", site.rack(), null);
        String right = floor.receive(site, flour, "100", site.rack(), null);
        String order = order(", \"plannedQuantity\": {\"amount\": 20, \"unit\": \"KG\"}");
        MvcTestResult consumed = consume(order, at(1, 6), wrong, right);
        MvcTestResult kept = outputs(order, at(1, 8));
        MvcTestResult mistaken = outputs(order, at(1, 9));

        assertThat(reverse(entry(consumed, "ISSUE", wrong))).hasStatus(201);
        assertThat(reverse(entry(mistaken, "OUTPUT", read(mistaken, "$.lots[0].lotNumber")))).hasStatus(201);

        MvcTestResult view = view(order);
        String made = read(kept, "$.lots[0].lotNumber");
        List<String> consumedLots = read(view, "$.consumed[*].lotNumber");
        List<String> producedLots = read(view, "$.produced[*].lotNumber");
        assertThat(consumedLots).containsExactly(right);
        assertThat(producedLots).containsExactly(made);
        MvcTestResult completed = complete(order);
        assertThat(amount(completed, "$.actualQuantity.amount")).isEqualByComparingTo("10");
        assertThat(amount(completed, "$.yieldPercent")).isEqualByComparingTo("50");
    }

    @Test
    void an_output_reversed_after_completion_leaves_the_orders_quantity_made_and_yield() {
        String flourLot = floor.receive(site, flour, "100", site.rack(), null);
        String order = order(", \"plannedQuantity\": {\"amount\": 20, \"unit\": \"KG\"}");
        consume(order, at(1, 6), flourLot);
        outputs(order, at(1, 8));
        MvcTestResult mistaken = outputs(order, at(1, 9));
        MvcTestResult completed = complete(order);
        assertThat(amount(completed, "$.yieldPercent")).isEqualByComparingTo("100");

        assertThat(reverse(entry(mistaken, "OUTPUT", read(mistaken, "$.lots[0].lotNumber")))).hasStatus(201);

        MvcTestResult view = view(order);
        List<String> produced = read(view, "$.produced[*].lotNumber");
        assertThat(produced).hasSize(1);
        assertThat(amount(view, "$.actualQuantity.amount")).isEqualByComparingTo("10");
        assertThat(amount(view, "$.yieldPercent")).isEqualByComparingTo("50");
    }

    @Test
    void an_output_reversed_is_reached_from_none_of_its_inputs() {
        String lot = floor.receive(site, flour, "100", site.rack(), null);
        String order = order();
        consume(order, at(1, 6), lot);
        MvcTestResult made = outputs(order, at(1, 8));
        String loaf = read(made, "$.lots[0].lotNumber");
        assertThat(traced("REVERSE", loaf)).containsExactlyInAnyOrder(loaf, lot);

        assertThat(reverse(entry(made, "OUTPUT", loaf))).hasStatus(201);

        assertBothEngines(Direction.FORWARD, lot, lot);
        assertBothEngines(Direction.REVERSE, loaf, loaf);
        assertThat(traced("REVERSE", loaf)).containsExactly(loaf);
    }

    @Test
    void a_fill_of_the_silo_reversed_no_longer_reaches_what_was_drawn_after_it() {
        String first = floor.receive(site, flour, "1000", site.rack(), null);
        String second = floor.receive(site, flour, "1000", site.rack(), null);
        String silo = read(merge(null, at(1, 6), first), "$.lots[0].lotNumber");
        MvcTestResult poured = merge(silo, at(1, 7), second);
        String order = order();
        consume(order, at(1, 10), silo);
        String batch = output(order, at(1, 11));
        assertBothEngines(Direction.REVERSE, batch, batch, silo, first, second);

        assertThat(reverse(entry(poured, "ISSUE", second))).hasStatus(201);

        assertBothEngines(Direction.REVERSE, batch, batch, silo, first);
        assertBothEngines(Direction.FORWARD, second, second);
        assertBothEngines(Direction.FORWARD, first, first, silo, batch);
    }

    /** Both traversals reach exactly these lots from the root. */
    private void assertBothEngines(Direction direction, String root, String... reached) {
        List<Long> roots = List.of(lots.lot(root).id());
        long[] expected = Arrays.stream(reached).mapToLong(lot -> lots.lot(lot).id()).toArray();
        assertThat(genealogy.reach(roots, direction, null, true)).as("in memory").containsExactlyInAnyOrder(expected);
        assertThat(genealogy.reach(roots, direction, null, false)).as("in the database")
                .containsExactlyInAnyOrder(expected);
    }

    private List<String> traced(String direction, String lot) {
        MvcTestResult trace = as("quality").get("/api/v1/traces?direction=" + direction + "&lot=" + lot);
        assertThat(trace).hasStatus(200);
        return read(trace, "$.lots[*].lotNumber");
    }

    private MvcTestResult complete(String order) {
        MvcTestResult completed = as("operator").post("/api/v1/production-orders/" + order + "/completion", "{}");
        assertThat(completed).hasStatus(201);
        return completed;
    }

    private MvcTestResult view(String order) {
        MvcTestResult view = as("quality").get("/api/v1/production-orders/" + order);
        assertThat(view).hasStatus(200);
        return view;
    }

    private MvcTestResult reverse(long entry) {
        return as("quality").post("/api/v1/entries/" + entry + "/reversal", """
                {"reason": "Booked in error"}""");
    }

    private static long entry(MvcTestResult booking, String type, String lot) {
        List<Number> ids = read(booking, "$.entries[?(@.type == '" + type + "' && @.lotNumber == '" + lot + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0).longValue();
    }

    private String order() {
        return order("");
    }

    /** Opens a production order for bread, with {@code more} members of the order's JSON. */
    private String order(String more) {
        String order = "P-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s"%s}""".formatted(order, bread.sku(), more))).hasStatus(201);
        return order;
    }

    private MvcTestResult consume(String order, Instant occurredAt, String... inputs) {
        MvcTestResult consumed = as("operator").post("/api/v1/production-orders/" + order
                + "/consumptions?occurredAt=" + occurredAt, """
                {"inputs": [%s]}""".formatted(inputs(inputs, "20")));
        assertThat(consumed).hasStatus(201);
        return consumed;
    }

    private String output(String order, Instant occurredAt) {
        return read(outputs(order, occurredAt), "$.lots[0].lotNumber");
    }

    private MvcTestResult outputs(String order, Instant occurredAt) {
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs?occurredAt="
                + occurredAt, """
                {"outputs": [{"quantity": {"amount": 10, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made).hasStatus(201);
        return made;
    }

    private MvcTestResult merge(String into, Instant occurredAt, String lot) {
        MvcTestResult merged = as("operator").post("/api/v1/merges?occurredAt=" + occurredAt, """
                {"inputs": [%s], "intoLot": %s, "to": {"location": "%s"}, "reason": "Into the silo"}"""
                .formatted(inputs(new String[] {lot}, "1000"), into == null ? "null" : "\"" + into + "\"",
                        site.rack()));
        assertThat(merged).hasStatus(201);
        return merged;
    }

    private String inputs(String[] lots, String amount) {
        return String.join(", ", Arrays.stream(lots).map(lot -> """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"}, "from": {"location": "%s"}}"""
                .formatted(lot, amount, site.rack())).toList());
    }

    private Instant at(int day, int hour) {
        return day1.plus(day - 1, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
    }
}

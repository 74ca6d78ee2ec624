package io.lotline.ledger;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Flour is kept in KG and shipped in BAG of 25 KG. A customer returns at most what it was shipped of the lot, less what
 * it already returned, compared in KG whatever unit either was booked in; a return of more is refused and books
 * nothing.
 */
class CustomerReturnsIT extends IntegrationTest {
    private Floor.Site site;
    private Item flour;
    private String lot;

    @BeforeEach
    void flourKeptInKgShippedInBags() {
        site = floor.aSite();
        flour = floor.anItem().alsoIn("BAG", "25").register();
        lot = floor.receive(site, flour, "100", site.rack(), null);
    }

    @Test
    void a_customer_returns_exactly_the_bags_it_was_shipped_in_any_unit_and_not_a_kilogram_more() {
        ship("2", "BAG");

        assertThat(giveBack(site.customer(), "1", "BAG")).hasStatus(201);
        assertThat(giveBack(site.customer(), "25", "KG")).hasStatus(201);
        long entries = count("ledger_entries");
        MvcTestResult tooMuch = giveBack(site.customer(), "1", "KG");

        assertThat(tooMuch).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-shipped");
        assertThat(Api.<String>read(tooMuch, "$.field")).isEqualTo("quantity");
        assertThat(Api.<String>read(tooMuch, "$.value")).isEqualTo("1");
        assertThat(body(tooMuch)).contains(site.customer()).contains(lot).contains("0 KG");
        assertThat(count("ledger_entries")).as("nothing booked").isEqualTo(entries);
    }

    @Test
    void a_return_of_more_bags_than_were_shipped_names_the_bags_and_their_kilograms() {
        ship("30", "KG");

        MvcTestResult tooMuch = giveBack(site.customer(), "2", "BAG");

        assertThat(tooMuch).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-shipped");
        assertThat(Api.<String>read(tooMuch, "$.value")).isEqualTo("2");
        assertThat(body(tooMuch)).contains("30 KG").contains("2 BAG (50 KG)");
        assertThat(giveBack(site.customer(), "1", "BAG")).hasStatus(201);
    }

    @Test
    void a_customer_returns_nothing_of_a_lot_shipped_to_another_customer() {
        ship("2", "BAG");
        String other = floor.aSite().customer();

        assertThat(giveBack(other, "1", "KG")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("not-more-than-shipped");
    }

    @Test
    void a_shipment_reversed_as_a_mistake_is_not_returned() {
        long shipment = ((Number) read(ship("1", "BAG"), "$.entries[0].id")).longValue();
        assertThat(as("quality").post("/api/v1/entries/" + shipment + "/reversal",
                "{\"reason\": \"Booked to the wrong customer\"}")).hasStatus(201);

        assertThat(giveBack(site.customer(), "1", "BAG")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("not-more-than-shipped");
    }

    @Test
    void a_reversed_return_may_be_booked_again() {
        ship("1", "BAG");
        long returned = ((Number) read(giveBack(site.customer(), "1", "BAG"), "$.entries[0].id")).longValue();
        assertThat(as("quality").post("/api/v1/entries/" + returned + "/reversal",
                "{\"reason\": \"Booked twice\"}")).hasStatus(201);

        assertThat(giveBack(site.customer(), "25", "KG")).hasStatus(201);
    }

    private MvcTestResult ship(String amount, String unit) {
        MvcTestResult shipped = as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(lot, amount, unit, site.rack(), site.customer()));
        assertThat(shipped).hasStatus(201);
        return shipped;
    }

    private MvcTestResult giveBack(String customer, String amount, String unit) {
        return as("operator").post("/api/v1/returns", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"}, "to": {"location": "%s"},
                 "customer": "%s", "reasonCode": "DAMAGED"}""".formatted(lot, amount, unit, site.dock(), customer));
    }
}

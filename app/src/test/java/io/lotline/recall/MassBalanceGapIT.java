package io.lotline.recall;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A mass balance that does not close is shown, not smoothed over: a drill reports the gap between the books and the
 * stock exactly, in the lot's base unit, with the lot's entries to explain it.
 */
class MassBalanceGapIT extends IntegrationTest {

    @Test
    void stock_that_went_missing_behind_the_books_shows_as_a_gap_with_the_lots_entries() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String lot = floor.receive(site, flour, "100", site.rack(), null);
        scrap(site, lot, "5");
        // Someone changes the stock behind the application's back: 10 KG fewer than the books say.
        behindTheBooks(lot, "-10");
        try {
            MvcTestResult drill = as("quality").post("/api/v1/mock-recalls", """
                    {"purpose": "Stock audit", "scope": {"lots": ["%s"]}}""".formatted(lot));

            assertThat(drill).hasStatus(201);
            assertThat((Boolean) read(drill, "$.massBalanceExact")).isFalse();
            String balance = "$.massBalance[?(@.lotNumber == '" + lot + "')]";
            List<Number> received = read(drill, balance + ".received.amount");
            List<Number> scrapped = read(drill, balance + ".scrapped.amount");
            List<Number> onHand = read(drill, balance + ".onHand.amount");
            List<Number> gap = read(drill, balance + ".gap.amount");
            List<List<Number>> explaining = read(drill, balance + ".explainingEntries");
            assertThat(received).singleElement().satisfies(n -> assertThat(n.doubleValue()).isEqualTo(100));
            assertThat(scrapped).singleElement().satisfies(n -> assertThat(n.doubleValue()).isEqualTo(5));
            assertThat(onHand).singleElement().satisfies(n -> assertThat(n.doubleValue()).isEqualTo(85));
            assertThat(gap).singleElement().satisfies(n -> assertThat(n.doubleValue()).isEqualTo(10));
            assertThat(explaining).singleElement().satisfies(ids -> assertThat(ids).hasSize(2));
        } finally {
            // The books and the stock agree again for the tests that check every balance, and a last scrap makes
            // the lot's facts in memory be read afresh.
            behindTheBooks(lot, "10");
            scrap(site, lot, "1");
        }
    }

    private void behindTheBooks(String lot, String change) {
        jdbc.sql("update stock_balances set quantity = quantity + cast(? as decimal(19, 6)) where lot_id = "
                + "(select id from lots where lot_number = ?)").params(change, lot).update();
    }

    private void scrap(Floor.Site site, String lot, String amount) {
        assertThat(as("operator").post("/api/v1/scraps", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"}, "from": {"location": "%s"},
                 "reasonCode": "TORN_BAG"}""".formatted(lot, amount, site.rack()))).hasStatus(201);
    }
}

package io.lotline.recall;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TransferUnderWay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A recall confirmation blocks many lots in one transaction while the floor keeps booking. It books every block in one
 * ledger command, which locks all their items before the chain head, so it never holds the ledger while it waits for
 * a booking on the floor that needs the ledger next.
 */
class RecallConcurrencyIT extends IntegrationTest {
    @Autowired
    TransferUnderWay transferUnderWay;

    @Test
    void a_recall_confirmed_while_a_transfer_of_one_of_its_items_is_under_way_waits_for_it_and_both_are_booked()
            throws Exception {
        // Once with the transfer in the way of each of the two lots, so that one run has it in the way of the lot
        // the recall blocks second, after it has booked the first block.
        for (int inTheWay = 0; inTheWay < 2; inTheWay++) {
            Floor.Site site = floor.aSite();
            Floor.LotsOfItems received = floor.aLotOfEachOfTwoItems(site);
            List<Item> items = received.items();
            List<String> lots = received.lots();
            String recall = read(as("quality").post("/api/v1/recalls", """
                    {"reason": "Foreign body", "scope": {"lots": ["%s", "%s"]}}""".formatted(lots.get(0),
                    lots.get(1))), "$.code");

            TransferUnderWay.Outcome<MvcTestResult> both = transferUnderWay.whileTransferring(site,
                    items.get(inTheWay), lots.get(inTheWay), () -> as("quality")
                            .post("/api/v1/recalls/" + recall + "/confirmation", "{}"));

            assertThat(both.transfer().entries()).hasSize(1);
            assertThat(both.meanwhile()).hasStatus(201);
            for (String lot : lots) {
                assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status"))
                        .isEqualTo("RECALLED");
            }
        }
    }
}

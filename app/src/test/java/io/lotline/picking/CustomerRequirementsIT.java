package io.lotline.picking;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A customer's minimum remaining shelf life, kept as master data: in general and per item. */
class CustomerRequirementsIT extends PickingIntegrationTest {

    private String path() {
        return "/api/v1/customers/" + site.customer() + "/shelf-life-requirements";
    }

    @Test
    void a_customer_asks_for_a_minimum_in_general_and_another_for_one_item() {
        Item yoghurt = shelf.item(PickingStrategy.FEFO);

        assertThat(as("supervisor").put(path(), "{\"minimumRemainingDays\": 20}")).hasStatus(200);
        MvcTestResult both = as("supervisor").put(path() + "/" + yoghurt.sku(),
                "{\"minimumRemainingDays\": 7}");

        assertThat(both).hasStatus(200);
        MvcTestResult read = as("operator").get(path());
        assertThat((Integer) read(read, "$.minimumRemainingDays")).isEqualTo(20);
        assertThat((List<String>) read(read, "$.items[*].sku")).containsExactly(yoghurt.sku());
        assertThat((List<Integer>) read(read, "$.items[*].minimumRemainingDays")).containsExactly(7);
    }

    @Test
    void no_days_remove_a_requirement() {
        Item yoghurt = shelf.item(PickingStrategy.FEFO);
        as("supervisor").put(path(), "{\"minimumRemainingDays\": 20}");
        as("supervisor").put(path() + "/" + yoghurt.sku(), "{\"minimumRemainingDays\": 7}");

        as("supervisor").put(path(), "{\"minimumRemainingDays\": null}");
        MvcTestResult cleared = as("supervisor").put(path() + "/" + yoghurt.sku(), "{}");

        assertThat((Object) read(cleared, "$.minimumRemainingDays")).isNull();
        assertThat((List<String>) read(cleared, "$.items")).isEmpty();
    }

    @Test
    void an_unknown_customer_or_item_is_404_and_a_supplier_is_no_customer() {
        assertThat(as("supervisor").get("/api/v1/customers/NO-SUCH/shelf-life-requirements")).hasStatus(404);
        assertThat(as("supervisor").put(path() + "/NO-SUCH-SKU", "{\"minimumRemainingDays\": 3}")).hasStatus(404);
        assertThat(as("supervisor").put("/api/v1/customers/" + site.supplier() + "/shelf-life-requirements",
                "{\"minimumRemainingDays\": 3}")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("party-role");
    }

    @Test
    void a_negative_minimum_is_400() {
        assertThat(as("supervisor").put(path(), "{\"minimumRemainingDays\": -1}")).hasStatus(400).bodyJson()
                .extractingPath("$.rule").isEqualTo("shelf-life-days-range");
    }
}

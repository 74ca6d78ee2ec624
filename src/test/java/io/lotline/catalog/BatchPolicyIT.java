package io.lotline.catalog;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class BatchPolicyIT extends IntegrationTest {
    static final String SEAFOOD_POLICY = """
            {"tracking": "LOT", "pickingStrategy": "FEFO", "reason": "FSMA 204 key data elements",
             "attributes": [
               {"name": "origin", "type": "COUNTRY", "requiredAt": ["RECEIPT", "PRODUCTION_OUTPUT"]},
               {"name": "catchArea", "type": "TEXT", "pattern": "FAO [0-9]{2}", "requiredAt": ["RECEIPT"]},
               {"name": "landedOn", "type": "DATE"},
               {"name": "allergen", "type": "CHOICE", "choices": ["fish", "crustaceans", "molluscs"]},
               {"name": "storageTemperature", "type": "NUMBER", "unit": "CEL", "min": -30, "max": 4},
               {"name": "catchCertificate", "type": "DOCUMENT"}]}""";

    private String category;

    @BeforeEach
    void aCategory() {
        category = "FISH-" + Floor.next();
        assertThat(as("supervisor").post("/api/v1/categories", """
                {"code": "%s", "name": "Fresh fish", "pickingStrategy": "FIFO"}""".formatted(category)))
                .hasStatus(201);
    }

    @Test
    void a_supervisor_defines_a_category_policy_and_everyone_reads_it_with_who_when_and_why() {
        MvcTestResult defined = as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);

        assertThat(defined).hasStatus(200);
        assertThat((Integer) read(defined, "$.version")).isEqualTo(1);
        assertThat((String) read(defined, "$.changedBy")).isEqualTo("supervisor");
        assertThat((String) read(defined, "$.reason")).isEqualTo("FSMA 204 key data elements");
        MvcTestResult read = as("operator").get("/api/v1/categories/" + category + "/policy");
        assertThat(read).hasStatus(200);
        assertThat((List<String>) read(read, "$.attributes[*].name")).containsExactly("origin", "catchArea",
                "landedOn", "allergen", "storageTemperature", "catchCertificate");
        assertThat((List<String>) read(read, "$.attributes[0].requiredAt"))
                .containsExactly("RECEIPT", "PRODUCTION_OUTPUT");
        assertThat((Integer) read(read, "$.attributes[4].min")).isEqualTo(-30);
        assertThat((String) read(read, "$.attributes[4].unit")).isEqualTo("CEL");
        assertThat((List<String>) read(read, "$.attributes[3].choices"))
                .containsExactly("fish", "crustaceans", "molluscs");
    }

    @Test
    void a_change_is_a_new_version_and_the_earlier_one_stays_readable() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);

        MvcTestResult changed = as("admin").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "Origin is enough for chilled fish",
                 "attributes": [{"name": "origin", "type": "COUNTRY", "requiredAt": ["RECEIPT"]}]}""");

        assertThat(changed).hasStatus(200);
        assertThat((Integer) read(changed, "$.version")).isEqualTo(2);
        MvcTestResult history = as("quality").get("/api/v1/categories/" + category + "/policy/history");
        assertThat((List<Integer>) read(history, "$[*].version")).containsExactly(2, 1);
        assertThat((List<String>) read(history, "$[*].changedBy")).containsExactly("admin", "supervisor");
        assertThat((List<String>) read(history, "$[1].attributes[*].name")).hasSize(6);
    }

    @Test
    void a_policy_without_a_reason_or_with_a_broken_rule_is_refused_and_nothing_is_stored() {
        MvcTestResult noReason = as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"attributes": [{"name": "origin", "type": "COUNTRY"}]}""");
        MvcTestResult brokenPattern = as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "x", "attributes": [{"name": "origin", "type": "COUNTRY"},
                 {"name": "area", "type": "TEXT", "pattern": "FAO [0-9"}]}""");
        MvcTestResult numberWithoutUnit = as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "x", "attributes": [{"name": "potency", "type": "NUMBER", "min": 90}]}""");

        assertThat(noReason).hasStatus(400).hasContentType("application/problem+json");
        assertThat(noReason).bodyJson().extractingPath("$.field").isEqualTo("reason");
        assertThat(brokenPattern).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("attributes[1].pattern");
        assertThat(brokenPattern).bodyJson().extractingPath("$.rule").isEqualTo("pattern-syntax");
        assertThat(brokenPattern).bodyJson().extractingPath("$.value").isEqualTo("FAO [0-9");
        assertThat(numberWithoutUnit).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("unit-required");
        assertThat(as("supervisor").get("/api/v1/categories/" + category + "/policy")).hasStatus(404);
        assertThat(as("supervisor").put("/api/v1/categories/NO-SUCH/policy", SEAFOOD_POLICY)).hasStatus(404);
    }

    @Test
    void an_item_of_the_category_takes_tracking_and_picking_from_the_policy_unless_it_states_its_own() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY.replace(
                "\"tracking\": \"LOT\"", "\"tracking\": \"LOT_AND_SERIAL\""));

        MvcTestResult plain = as("supervisor").post("/api/v1/items", """
                {"sku": "%s-A", "description": "Hake", "baseUnit": "EA", "category": "%s"}"""
                .formatted(category, category));
        MvcTestResult own = as("supervisor").post("/api/v1/items", """
                {"sku": "%s-B", "description": "Cod", "baseUnit": "KG", "category": "%s", "tracking": "LOT",
                 "pickingStrategy": "LIFO"}""".formatted(category, category));

        assertThat(plain).hasStatus(201);
        assertThat((String) read(plain, "$.tracking")).isEqualTo("LOT_AND_SERIAL");
        assertThat((String) read(plain, "$.pickingStrategy")).isEqualTo("FEFO");
        assertThat((String) read(own, "$.tracking")).isEqualTo("LOT");
        assertThat((String) read(own, "$.pickingStrategy")).isEqualTo("LIFO");
    }

    @Test
    void an_item_overrides_its_category_policy_with_attributes_of_its_own() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        as("supervisor").post("/api/v1/items", """
                {"sku": "%s-C", "description": "Shrimp", "baseUnit": "KG", "category": "%s"}"""
                .formatted(category, category));
        assertThat((Integer) read(as("operator").get("/api/v1/items/" + category + "-C/policy"),
                "$.attributes.length()")).isEqualTo(6);

        MvcTestResult own = as("supervisor").put("/api/v1/items/" + category + "-C/policy", """
                {"reason": "Farmed shrimp carry the farm", "attributes": [
                  {"name": "farm", "type": "TEXT", "requiredAt": ["RECEIPT"]}]}""");
        MvcTestResult withTracking = as("supervisor").put("/api/v1/items/" + category + "-C/policy", """
                {"reason": "x", "tracking": "LOT"}""");

        assertThat(own).hasStatus(200);
        assertThat((String) read(own, "$.item")).isEqualTo(category + "-C");
        assertThat((List<String>) read(as("operator").get("/api/v1/items/" + category + "-C/policy"),
                "$.attributes[*].name")).containsExactly("farm");
        assertThat(withTracking).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("item-states-its-own");
    }
}

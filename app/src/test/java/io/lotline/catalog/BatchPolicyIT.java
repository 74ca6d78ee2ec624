package io.lotline.catalog;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
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
    void a_change_is_a_new_version_and_the_earlier_one_stays_readable_and_unchanged() {
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
        assertThatThrownBy(() -> jdbc.sql("update batch_policies set reason = 'rewritten' where version = 1")
                .update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from batch_policy_attributes").update())
                .isInstanceOf(DataAccessException.class);
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

    private String fish() {
        String sku = category + "-" + Floor.next();
        assertThat(as("supervisor").post("/api/v1/items", """
                {"sku": "%s", "description": "Hake fillet", "baseUnit": "KG", "category": "%s",
                 "initialLotStatus": "RELEASED"}""".formatted(sku, category))).hasStatus(201);
        return sku;
    }

    private MvcTestResult receive(Floor.Site site, String sku, String attributes) {
        return as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "lines": [{"sku": "%s", "quantity": {"amount": 40, "unit": "KG"},
                 "destination": {"location": "%s"}%s}]}""".formatted(site.supplier(), sku, site.rack(),
                attributes == null ? "" : ", \"attributes\": " + attributes));
    }

    @Test
    void a_receipt_without_a_required_attribute_or_with_an_invalid_value_is_refused_and_books_nothing() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();
        long lotsBefore = count("lots");
        long entriesBefore = count("ledger_entries");

        MvcTestResult missing = receive(site, hake, "{\"origin\": \"PE\"}");
        MvcTestResult wrongCountry = receive(site, hake, "{\"origin\": \"XX\", \"catchArea\": \"FAO 87\"}");
        MvcTestResult tooWarm = receive(site, hake,
                "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\", \"storageTemperature\": \"7.5\"}");
        MvcTestResult unknown = receive(site, hake,
                "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\", \"vessel\": \"Santa Maria\"}");

        assertThat(missing).hasStatus(400).hasContentType("application/problem+json");
        assertThat(missing).bodyJson().extractingPath("$.field").isEqualTo("lines[0].attributes.catchArea");
        assertThat(missing).bodyJson().extractingPath("$.rule").isEqualTo("required-at-receipt");
        assertThat(wrongCountry).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("lines[0].attributes.origin");
        assertThat(wrongCountry).bodyJson().extractingPath("$.value").isEqualTo("XX");
        assertThat(wrongCountry).bodyJson().extractingPath("$.rule").isEqualTo("attribute-country");
        assertThat(tooWarm).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("attribute-range");
        assertThat(tooWarm).bodyJson().extractingPath("$.detail")
                .isEqualTo("A storageTemperature lies between -30 and 4 CEL");
        assertThat(unknown).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("attribute-in-policy");
        assertThat(count("lots")).isEqualTo(lotsBefore);
        assertThat(count("ledger_entries")).isEqualTo(entriesBefore);
    }

    @Test
    void a_lot_received_with_valid_attributes_carries_them_and_the_policy_version_in_its_dossier() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();

        MvcTestResult received = receive(site, hake, """
                {"origin": "PE", "catchArea": "FAO 87", "landedOn": "2026-05-14", "allergen": "fish",
                 "storageTemperature": "-18", "catchCertificate": "CC-PE-2026-0042"}""");

        assertThat(received).hasStatus(201);
        assertThat((String) read(received, "$.lots[0].attributes.origin")).isEqualTo("PE");
        MvcTestResult dossier = as("operator").get("/api/v1/lots/" + read(received, "$.lots[0].lotNumber"));
        assertThat((String) read(dossier, "$.lot.attributes.catchArea")).isEqualTo("FAO 87");
        assertThat((String) read(dossier, "$.lot.attributes.storageTemperature")).isEqualTo("-18");
        assertThat((Integer) read(dossier, "$.lot.batchPolicyVersion")).isEqualTo(1);
    }

    @Test
    void a_policy_change_applies_to_lots_created_afterwards_and_not_to_those_before() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();
        String before = read(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\"}"),
                "$.lots[0].lotNumber");

        as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "Vessel asked for by the new customer; catch area by pattern dropped",
                 "attributes": [{"name": "origin", "type": "COUNTRY", "requiredAt": ["RECEIPT"]},
                                {"name": "vessel", "type": "TEXT", "requiredAt": ["RECEIPT"]}]}""");

        assertThat(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\"}")).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("lines[0].attributes.catchArea");
        MvcTestResult after = receive(site, hake, "{\"origin\": \"CL\", \"vessel\": \"Don Lucho\"}");
        assertThat(after).hasStatus(201);
        MvcTestResult old = as("operator").get("/api/v1/lots/" + before);
        assertThat((Integer) read(old, "$.lot.batchPolicyVersion")).isEqualTo(1);
        assertThat((String) read(old, "$.lot.attributes.catchArea")).isEqualTo("FAO 87");
        assertThat((Integer) read(as("operator").get("/api/v1/lots/" + read(after, "$.lots[0].lotNumber")),
                "$.lot.batchPolicyVersion")).isEqualTo(2);
        // the earlier lot is corrected under the version it was born under, which knows no vessel
        assertThat(as("quality").post("/api/v1/lots/" + before + "/corrections", """
                {"attribute": "vessel", "value": "Don Lucho", "reason": "Asked by the customer"}"""))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("attribute-in-policy");
        assertThat(as("quality").post("/api/v1/lots/" + before + "/corrections", """
                {"attribute": "allergen", "value": "fish", "reason": "Declared later by the supplier"}"""))
                .hasStatus(201);
    }

    @Test
    void lots_are_found_by_their_attributes() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();
        String peru = read(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\"}"),
                "$.lots[0].lotNumber");
        String chile = read(receive(site, hake, "{\"origin\": \"CL\", \"catchArea\": \"FAO 87\"}"),
                "$.lots[0].lotNumber");
        String peruAtlantic = read(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 41\"}"),
                "$.lots[0].lotNumber");

        MvcTestResult fromPeru = as("operator").get("/api/v1/lots?sku=" + hake + "&attribute.origin=PE");
        MvcTestResult pacificPeru = as("operator").get("/api/v1/lots?sku=" + hake
                + "&attribute.origin=PE&attribute.catchArea=FAO 87");

        assertThat((List<String>) read(fromPeru, "$.content[*].number")).containsExactlyInAnyOrder(peru, peruAtlantic);
        assertThat((Integer) read(fromPeru, "$.totalElements")).isEqualTo(2);
        assertThat((List<String>) read(pacificPeru, "$.content[*].number")).containsExactly(peru);
        assertThat((List<String>) read(as("operator").get("/api/v1/lots?sku=" + hake + "&attribute.origin=CL"),
                "$.content[*].number")).containsExactly(chile);
        assertThat((List<String>) read(as("operator").get("/v3/api-docs"),
                "$.paths['/api/v1/lots'].get.parameters[*].name")).contains("attribute.{name}", "sku");
    }

    @Test
    void a_corrected_attribute_is_a_correction_entry_with_its_reason_and_is_searched_by_its_new_value() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();
        String lot = read(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\"}"),
                "$.lots[0].lotNumber");

        MvcTestResult invalid = as("quality").post("/api/v1/lots/" + lot + "/corrections", """
                {"attribute": "origin", "value": "Chile", "reason": "Typo at receipt"}""");
        MvcTestResult withoutReason = as("quality").post("/api/v1/lots/" + lot + "/corrections", """
                {"attribute": "origin", "value": "CL"}""");
        MvcTestResult corrected = as("quality").post("/api/v1/lots/" + lot + "/corrections", """
                {"attribute": "origin", "value": "CL", "reason": "Typo at receipt"}""");

        assertThat(invalid).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("attribute-country");
        assertThat(withoutReason).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("reason");
        assertThat(corrected).hasStatus(201);
        MvcTestResult dossier = as("operator").get("/api/v1/lots/" + lot);
        assertThat((String) read(dossier, "$.lot.attributes.origin")).isEqualTo("CL");
        assertThat((String) read(dossier, "$.history[1].type")).isEqualTo("CORRECTION");
        assertThat((String) read(dossier, "$.history[1].change.attribute")).isEqualTo("origin");
        assertThat((String) read(dossier, "$.history[1].change.oldValue")).isEqualTo("PE");
        assertThat((String) read(dossier, "$.history[1].change.newValue")).isEqualTo("CL");
        assertThat((String) read(dossier, "$.history[1].note")).isEqualTo("Typo at receipt");
        assertThat((List<String>) read(as("operator").get("/api/v1/lots?sku=" + hake + "&attribute.origin=CL"),
                "$.content[*].number")).containsExactly(lot);
    }

    @Test
    void a_production_output_carries_the_attributes_required_there_and_a_split_keeps_its_source_attributes() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();
        String order = "PO-" + Floor.next();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, hake));

        MvcTestResult missing = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 5, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 5, "unit": "KG"}, "to": {"location": "%s"},
                              "attributes": {"origin": "PE"}}]}""".formatted(site.rack()));

        assertThat(missing).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("outputs[0].attributes.origin");
        assertThat(missing).bodyJson().extractingPath("$.rule").isEqualTo("required-at-production-output");
        assertThat(made).hasStatus(201);
        String lot = read(made, "$.lots[0].lotNumber");
        MvcTestResult split = as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s"},
                 "parts": [{"quantity": {"amount": 2, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(lot, site.rack(), site.rack()));
        assertThat(split).hasStatus(201);
        MvcTestResult part = as("operator").get("/api/v1/lots/" + read(split, "$.lots[0].lotNumber"));
        assertThat((String) read(part, "$.lot.attributes.origin")).isEqualTo("PE");
        assertThat((Integer) read(part, "$.lot.batchPolicyVersion")).isEqualTo(1);
    }

    @Test
    void the_lot_page_shows_the_attributes_and_corrects_one_with_a_reason() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String lot = read(receive(site, fish(), "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\"}"),
                "$.lots[0].lotNumber");

        MvcTestResult page = mvc.get().uri("/lots/" + lot).with(user("quality").roles("QUALITY")).exchange();
        MvcTestResult corrected = mvc.post().uri("/lots/" + lot + "/correction")
                .with(user("quality").roles("QUALITY")).with(csrf()).param("idempotencyKey", "page-" + lot)
                .param("attribute", "catchArea").param("value", "FAO 41").param("reason", "Misread the label")
                .exchange();

        assertThat(page).hasStatus(200);
        assertThat(Api.body(page)).contains("id=\"attribute-origin\">PE<").contains("<option value=\"catchArea\">")
                .contains("id=\"batch-policy\">version 1<");
        assertThat(corrected).hasStatus3xxRedirection();
        assertThat((String) read(as("operator").get("/api/v1/lots/" + lot), "$.lot.attributes.catchArea"))
                .isEqualTo("FAO 41");
    }

    @Test
    void a_blend_keeps_the_attributes_all_its_inputs_share() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String hake = fish();
        String pacific = read(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 87\"}"),
                "$.lots[0].lotNumber");
        String atlantic = read(receive(site, hake, "{\"origin\": \"PE\", \"catchArea\": \"FAO 41\"}"),
                "$.lots[0].lotNumber");

        MvcTestResult blend = as("operator").post("/api/v1/merges", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 10, "unit": "KG"}, "from": {"location": "%s"}},
                            {"lotNumber": "%s", "quantity": {"amount": 10, "unit": "KG"}, "from": {"location": "%s"}}],
                 "to": {"location": "%s"}, "reason": "One tray of Peruvian hake"}"""
                .formatted(pacific, site.rack(), atlantic, site.rack(), site.rack()));

        assertThat(blend).hasStatus(201);
        MvcTestResult lot = as("operator").get("/api/v1/lots/" + read(blend, "$.lots[0].lotNumber"));
        assertThat((java.util.Map<String, String>) read(lot, "$.lot.attributes")).containsExactly(
                java.util.Map.entry("origin", "PE"));
        assertThat((Integer) read(lot, "$.lot.batchPolicyVersion")).isEqualTo(1);
    }

    @Test
    void the_handheld_asks_for_the_attributes_of_the_item_and_refuses_a_missing_one_beside_its_field() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String gtin = gtin();
        as("supervisor").post("/api/v1/items", """
                {"sku": "%s-H", "gtin": "%s", "description": "Hake, handheld", "baseUnit": "KG", "category": "%s"}"""
                .formatted(category, gtin, category));
        String supplierLot = "HH" + Floor.next();

        MvcTestResult form = mvc.get().uri("/handheld/receive").with(user("operator").roles("OPERATOR"))
                .param("supplier", site.supplier()).param("label", "(01)" + gtin + "(10)" + supplierLot).exchange();
        MvcTestResult missing = mvc.post().uri("/handheld/receive").with(user("operator").roles("OPERATOR"))
                .with(csrf()).param("idempotencyKey", "hh-" + supplierLot).param("supplier", site.supplier())
                .param("sku", category + "-H").param("supplierLot", supplierLot).param("quantity", "5")
                .param("location", site.rack()).param("attributes.origin", "PE").exchange();
        MvcTestResult booked = mvc.post().uri("/handheld/receive").with(user("operator").roles("OPERATOR"))
                .with(csrf()).param("idempotencyKey", "hh2-" + supplierLot).param("supplier", site.supplier())
                .param("sku", category + "-H").param("supplierLot", supplierLot).param("quantity", "5")
                .param("location", site.rack()).param("attributes.origin", "PE")
                .param("attributes.catchArea", "FAO 87").param("attributes.allergen", "").exchange();

        assertThat(Api.body(form)).contains("name=\"attributes.origin\"").contains("<option value=\"crustaceans\">")
                .contains("storageTemperature (CEL)");
        assertThat(missing).hasStatus(400);
        assertThat(Api.body(missing)).contains("id=\"attributes.catchArea-error\"");
        assertThat(booked).hasStatusOk();
        assertThat((java.util.Map<String, String>) read(as("operator").get("/api/v1/lots/"
                + read(as("operator").get("/api/v1/lots/by-supplier-lot?supplierLot=" + supplierLot),
                "$[0].number")), "$.lot.attributes")).containsOnly(java.util.Map.entry("origin", "PE"),
                java.util.Map.entry("catchArea", "FAO 87"));
    }

    @Test
    void the_fsma_204_records_carry_each_lot_attribute_in_a_column_of_its_own() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String lot = read(receive(site, fish(), """
                {"origin": "PE", "catchArea": "FAO 87", "landedOn": "2026-05-14"}"""), "$.lots[0].lotNumber");

        MvcTestResult rows = as("compliance").get("/api/v1/exports/fsma204?lot=" + lot);
        String csv = Api.body(as("compliance").get("/api/v1/exports/fsma204.csv?lot=" + lot));

        assertThat((List<String>) read(rows, "$[*].lotAttributes.landedOn")).containsExactly("2026-05-14");
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",SKU,Harvest Location,Harvest Date,Harvest End Date,Cooling Location,"
                + "Cooling Date,Landing Date,Vessel Name,Vessel ID,Catch Area,Lot Attribute: catchArea,"
                + "Lot Attribute: landedOn,Lot Attribute: origin");
        assertThat(lines[1]).endsWith(",FAO 87,2026-05-14,PE");
    }

    @Test
    void a_lot_received_by_its_suppliers_label_takes_its_attributes_beside_the_label() {
        as("supervisor").put("/api/v1/categories/" + category + "/policy", SEAFOOD_POLICY);
        Floor.Site site = floor.aSite();
        String gtin = gtin();
        as("supervisor").post("/api/v1/items", """
                {"sku": "%s-L", "gtin": "%s", "description": "Hake, labelled", "baseUnit": "KG", "category": "%s"}"""
                .formatted(category, gtin, category));
        String label = "(01)" + gtin + "(3102)002500(10)FV" + Floor.next();

        MvcTestResult missing = as("operator").post("/api/v1/receipts/labels", """
                {"supplier": "%s", "label": "%s", "destination": {"location": "%s"}}"""
                .formatted(site.supplier(), label, site.rack()));
        MvcTestResult received = as("operator").post("/api/v1/receipts/labels", """
                {"supplier": "%s", "label": "%s", "destination": {"location": "%s"},
                 "attributes": {"origin": "PE", "catchArea": "FAO 87"}}""".formatted(site.supplier(), label,
                site.rack()));

        assertThat(missing).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("required-at-receipt");
        assertThat(received).hasStatus(201);
        assertThat((String) read(received, "$.lots[0].attributes.catchArea")).isEqualTo("FAO 87");
    }

    /** A GTIN in a range no other test uses, check digit and all. */
    private static String gtin() {
        String digits = "0229" + String.format("%09d", Floor.next());
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return digits + (10 - sum % 10) % 10;
    }
}

package io.lotline.catalog;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Items, locations and parties are changed through the API, their codes stay, and every change is kept. */
class MasterDataChangesIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Test
    void a_supervisor_changes_an_item_and_every_reader_sees_the_change_with_who_changed_what() {
        Item flour = floor.anItem().describedAs("Flour").shelfLife(30).register();
        catalog.item(flour.id());

        MvcTestResult changed = as("supervisor").put("/api/v1/items/" + flour.sku(), """
                {"description": "Wheat flour T55", "shelfLifeDays": 45, "minRemainingShelfLifeAtReceiptDays": 20,
                 "initialLotStatus": "QUARANTINE"}""");

        assertThat(changed).hasStatus(200);
        assertThat((String) read(changed, "$.sku")).isEqualTo(flour.sku());
        assertThat((String) read(changed, "$.description")).isEqualTo("Wheat flour T55");
        assertThat((String) read(changed, "$.baseUnit")).isEqualTo(flour.baseUnit().code());
        assertThat(catalog.item(flour.id()).shelfLifeDays()).isEqualTo(45);
        assertThat(catalog.items(List.of(flour.id())).get(flour.id()).description()).isEqualTo("Wheat flour T55");
        MvcTestResult history = as("operator").get("/api/v1/items/" + flour.sku() + "/changes");
        assertThat(history).hasStatus(200);
        assertThat((String) read(history, "$[0].changedBy")).isEqualTo("supervisor");
        assertThat((List<String>) read(history, "$[0].fields[*].field")).containsExactly("description",
                "shelfLifeDays", "minRemainingShelfLifeAtReceiptDays", "initialLotStatus");
        assertThat((String) read(history, "$[0].fields[0].before")).isEqualTo("Flour");
        assertThat((String) read(history, "$[0].fields[1].after")).isEqualTo("45");
    }

    @Test
    void an_operator_may_not_change_master_data_and_nothing_changes() {
        Item flour = floor.anItem().describedAs("Flour").register();
        Floor.Site site = floor.aSite();

        assertThat(as("operator").put("/api/v1/items/" + flour.sku(), "{\"description\": \"Sand\"}"))
                .hasStatus(403);
        assertThat(as("quality").put("/api/v1/parties/" + site.supplier(), "{\"name\": \"Other mill\"}"))
                .hasStatus(403);
        assertThat(as("operator").put("/api/v1/locations/" + site.rack(), "{\"pickable\": false}")).hasStatus(403);

        assertThat(catalog.item(flour.sku()).description()).isEqualTo("Flour");
        assertThat(catalog.party(site.supplier()).name()).startsWith("Mill ");
        assertThat(catalog.location(site.rack()).pickable()).isTrue();
        assertThat(as("operator").get("/api/v1/items/" + flour.sku() + "/changes")).bodyJson()
                .isLenientlyEqualTo("[]");
    }

    @Test
    void a_wrong_change_is_refused_naming_field_value_and_rule_and_changes_nothing() {
        Item flour = floor.anItem().describedAs("Flour").shelfLife(30).withGtin().register();
        Item sugar = floor.anItem().withGtin().register();

        MvcTestResult tooShort = as("supervisor").put("/api/v1/items/" + flour.sku(), """
                {"description": "Flour", "shelfLifeDays": 10, "minRemainingShelfLifeAtReceiptDays": 20}""");
        MvcTestResult noDescription = as("supervisor").put("/api/v1/items/" + flour.sku(), "{\"shelfLifeDays\": 5}");
        MvcTestResult takenGtin = as("supervisor").put("/api/v1/items/" + flour.sku(), """
                {"description": "Flour", "gtin": "%s"}""".formatted(sugar.gtin().value()));
        MvcTestResult unknown = as("supervisor").put("/api/v1/items/NO-SUCH-ITEM", "{\"description\": \"x\"}");

        assertThat(tooShort).hasStatus(400).hasContentType("application/problem+json");
        assertThat(tooShort).bodyJson().extractingPath("$.field").isEqualTo("minRemainingShelfLifeAtReceiptDays");
        assertThat(tooShort).bodyJson().extractingPath("$.value").isEqualTo("20");
        assertThat(tooShort).bodyJson().extractingPath("$.rule").isEqualTo("not-above-shelf-life");
        assertThat(noDescription).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("description");
        assertThat(takenGtin).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("unique");
        assertThat(takenGtin).bodyJson().extractingPath("$.field").isEqualTo("gtin");
        assertThat(unknown).hasStatus(404);
        Item unchanged = catalog.item(flour.sku());
        assertThat(unchanged.shelfLifeDays()).isEqualTo(30);
        assertThat(unchanged.gtin()).isEqualTo(flour.gtin());
        assertThat(catalog.changes(MasterDataChange.Kind.ITEM, flour.sku())).isEmpty();
    }

    @Test
    void a_party_keeps_its_code_and_role_and_changes_its_name_address_and_recall_contact() {
        Floor.Site site = floor.aSite();
        long id = catalog.party(site.customer()).id();
        catalog.party(id);

        MvcTestResult changed = as("admin").put("/api/v1/parties/" + site.customer(), """
                {"name": "Corner shop", "address": {"street": "Dorpsstraat 1", "postalCode": "1234 AB",
                 "city": "Utrecht", "country": "NL"}, "phone": "+31 30 123 4567",
                 "recallContact": {"name": "Els de Boer", "email": "els@shop.example"},
                 "role": "SUPPLIER"}""");
        MvcTestResult badEmail = as("admin").put("/api/v1/parties/" + site.customer(), """
                {"name": "Corner shop", "recallContact": {"email": "not-an-address"}}""");

        assertThat(changed).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("role");
        assertThat(changed).bodyJson().extractingPath("$.rule").isEqualTo("unknown-property");
        assertThat(badEmail).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("recallContact.email");
        MvcTestResult accepted = as("admin").put("/api/v1/parties/" + site.customer(), """
                {"name": "Corner shop", "address": {"street": "Dorpsstraat 1", "postalCode": "1234 AB",
                 "city": "Utrecht", "country": "NL"}, "phone": "+31 30 123 4567",
                 "recallContact": {"name": "Els de Boer", "email": "els@shop.example"}}""");
        assertThat(accepted).hasStatus(200);
        assertThat((String) read(accepted, "$.role")).isEqualTo("CUSTOMER");
        Party read = catalog.party(id);
        assertThat(read.name()).isEqualTo("Corner shop");
        assertThat(read.address().city()).isEqualTo("Utrecht");
        assertThat(read.recallContact().email()).isEqualTo("els@shop.example");
        assertThat(catalog.changes(MasterDataChange.Kind.PARTY, site.customer()).get(0).fields())
                .extracting(MasterDataChange.FieldChange::field)
                .contains("name", "address.street", "address.city", "recallContact.name", "recallContact.email");
        assertThat(as("operator").get("/api/v1/parties/" + site.customer())).hasStatus(200);
    }

    @Test
    void a_location_changes_its_name_and_whether_it_feeds_orders_and_a_change_of_nothing_is_no_change() {
        Floor.Site site = floor.aSite();
        long rackId = catalog.location(site.rack()).id();
        assertThat(catalog.location(rackId).pickable()).isTrue();

        MvcTestResult changed = as("supervisor").put("/api/v1/locations/" + site.rack(), """
                {"name": "Rack A, level 1", "pickable": false}""");
        MvcTestResult again = as("supervisor").put("/api/v1/locations/" + site.rack(), """
                {"name": "Rack A, level 1", "pickable": false}""");

        assertThat(changed).hasStatus(200);
        assertThat(again).hasStatus(200);
        assertThat((String) read(changed, "$.warehouse")).isEqualTo(site.warehouse());
        Location rack = catalog.location(site.rack());
        assertThat(rack.name()).isEqualTo("Rack A, level 1");
        assertThat(rack.pickable()).isFalse();
        assertThat(catalog.location(rackId).name()).isEqualTo("Rack A, level 1");
        assertThat(catalog.changes(MasterDataChange.Kind.LOCATION, site.rack())).hasSize(1);
    }

    @Test
    void a_recorded_change_cannot_be_rewritten() {
        Item flour = floor.anItem().describedAs("Flour").register();
        as("supervisor").put("/api/v1/items/" + flour.sku(), "{\"description\": \"Rye flour\"}");

        assertThatThrownBy(() -> jdbc.sql("update master_data_change_fields set before_value = 'x'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from master_data_changes").update())
                .isInstanceOf(DataAccessException.class);
    }
}

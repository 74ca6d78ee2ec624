package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.MasterDataChange.Kind;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Items, locations and parties are changed on their pages, with the catalog's rules and the change on record. */
class MasterDataEditPagesIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    private Floor.Site site;
    private Item flour;

    @BeforeEach
    void aSiteAndAnItem() {
        site = floor.aSite();
        flour = floor.anItem().describedAs("Flour").shelfLife(30).register();
    }

    @Test
    void a_supervisor_changes_an_item_on_its_page_and_sees_the_change_on_record() {
        String page = Api.body(get("supervisor", "/admin/items/" + flour.sku()));
        assertThat(page).contains("id=\"change-item\"").contains("value=\"Flour\"").contains("value=\"30\"");

        MvcTestResult changed = post("supervisor", "/admin/items/" + flour.sku(), "edit", "true",
                "description", "Wheat flour", "shelfLifeDays", "40", "initialLotStatus", "QUARANTINE");

        assertThat(changed).hasStatus(HttpStatus.FOUND).headers().hasValue(HttpHeaders.LOCATION,
                "/admin/items/" + flour.sku() + "?done=changed");
        assertThat(catalog.item(flour.sku()).description()).isEqualTo("Wheat flour");
        assertThat(catalog.item(flour.id()).shelfLifeDays()).isEqualTo(40);
        String after = Api.body(get("supervisor", "/admin/items/" + flour.sku() + "?done=changed"));
        assertThat(after).contains("The item is changed.").contains("id=\"changes\"").contains("Wheat flour")
                .contains("Shelf life (days)");
    }

    @Test
    void a_refused_change_shows_the_reason_beside_its_field_in_dutch_as_typed_and_changes_nothing() {
        MvcTestResult refused = mvc.post().uri("/admin/items/" + flour.sku())
                .with(user("admin").roles("ADMIN")).with(csrf()).locale(Locale.forLanguageTag("nl"))
                .param("edit", "true").param("description", "Flour").param("shelfLifeDays", "10")
                .param("minRemainingShelfLifeAtReceiptDays", "20").exchange();

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"minRemainingShelfLifeAtReceiptDays-error\"")
                .contains("value=\"10\"").contains("Wijzigingen opslaan");
        assertThat(catalog.item(flour.sku()).shelfLifeDays()).isEqualTo(30);
        assertThat(catalog.changes(Kind.ITEM, flour.sku())).isEmpty();
    }

    @Test
    void a_location_and_a_supplier_are_changed_on_their_pages() {
        assertThat(Api.body(get("admin", "/admin/locations"))).contains("href=\"/admin/locations/" + site.rack() + "\"");
        assertThat(Api.body(get("admin", "/admin/parties"))).contains("href=\"/admin/parties/" + site.supplier() + "\"");

        assertThat(post("admin", "/admin/locations/" + site.rack(), "edit", "true", "name", "Rack A"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(post("admin", "/admin/parties/" + site.supplier(), "edit", "true", "name", "Mill & Sons",
                "address.country", "NL", "recallContact.email", "recall@mill.example")).hasStatus(HttpStatus.FOUND);
        MvcTestResult wrongCountry = post("admin", "/admin/parties/" + site.supplier(), "edit", "true",
                "name", "Mill & Sons", "address.country", "Holland");

        assertThat(catalog.location(site.rack()).name()).isEqualTo("Rack A");
        assertThat(catalog.location(site.rack()).pickable()).isFalse();
        assertThat(catalog.party(site.supplier()).name()).isEqualTo("Mill & Sons");
        assertThat(catalog.party(site.supplier()).recallContact().email()).isEqualTo("recall@mill.example");
        assertThat(wrongCountry).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(wrongCountry)).contains("id=\"address.country-error\"").contains("value=\"Holland\"");
        assertThat(catalog.party(site.supplier()).address().country()).isEqualTo("NL");
        assertThat(Api.body(get("admin", "/admin/locations/" + site.rack()))).contains("Rack A")
                .contains("Pickable");
    }

    @Test
    void only_supervisors_and_admins_change_master_data_on_the_pages() {
        for (String role : new String[] {"operator", "quality", "compliance"}) {
            assertThat(post(role, "/admin/items/" + flour.sku(), "description", "Sand")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(post(role, "/admin/locations/" + site.rack(), "name", "X")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(get(role, "/admin/locations/" + site.rack())).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(catalog.item(flour.sku()).description()).isEqualTo("Flour");
        assertThat(get("admin", "/admin/locations/NO-SUCH-PLACE")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult get(String username, String path) {
        return mvc.get().uri(path).with(user(username).roles(username.toUpperCase())).exchange();
    }

    private MvcTestResult post(String username, String path, String... params) {
        var request = mvc.post().uri(path).with(user(username).roles(username.toUpperCase())).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}

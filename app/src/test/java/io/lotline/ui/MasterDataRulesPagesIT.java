package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.identity.Role;
import io.lotline.picking.CustomerRequirements;
import io.lotline.picking.CustomerShelfLife;
import io.lotline.production.Production;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the administration pages change of registered master data, as far as the APIs allow: an item's production
 * rules and a customer's minimum remaining shelf life; a wrong value is refused beside its input and changes nothing.
 */
class MasterDataRulesPagesIT extends IntegrationTest {
    @Autowired
    Production production;

    @Autowired
    CustomerRequirements requirements;

    Floor.Site site;
    Item item;

    @BeforeEach
    void aSiteAndAnItem() {
        site = floor.aSite();
        item = floor.anItem().register();
    }

    @Test
    void a_supervisor_changes_an_items_production_rules_from_its_page() {
        assertThat(Api.body(get("admin", "/admin/items"))).contains("href=\"/admin/items/" + item.sku() + "\"");
        assertThat(Api.body(get("supervisor", "/admin/items/" + item.sku()))).contains("id=\"production-rules\"");

        assertThat(post("supervisor", "/admin/items/" + item.sku() + "/production-rules", "requiresInputs", "true",
                "expiryFromInputs", "true")).hasRedirectedUrl("/admin/items/" + item.sku() + "?done=production-rules");
        assertThat(production.rules(item.sku()).requiresInputs()).isTrue();
        assertThat(production.rules(item.sku()).expiryFromInputs()).isTrue();
        assertThat(Api.body(get("supervisor", "/admin/items/" + item.sku() + "?done=production-rules")))
                .contains("The production rules are saved").contains("id=\"requiresInputs\" name=\"requiresInputs\"");

        post("admin", "/admin/items/" + item.sku() + "/production-rules", "requiresInputs", "true");
        assertThat(production.rules(item.sku()).expiryFromInputs()).isFalse();
        assertThat(get("admin", "/admin/items/NO-SUCH-SKU")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void an_admin_sets_a_customers_minimum_shelf_life_and_a_wrong_value_is_refused_beside_its_input() {
        String customer = site.customer();
        assertThat(Api.body(get("admin", "/admin/parties"))).contains("href=\"/admin/parties/" + customer + "\"");

        assertThat(post("admin", "/admin/parties/" + customer + "/shelf-life", "minimumRemainingDays", "30"))
                .hasRedirectedUrl("/admin/parties/" + customer + "?done=shelf-life");
        post("supervisor", "/admin/parties/" + customer + "/shelf-life", "sku", item.sku(),
                "minimumRemainingDays", "60");
        CustomerShelfLife set = requirements.shelfLife(customer);
        assertThat(set.minimumRemainingDays()).isEqualTo(30);
        assertThat(set.items()).singleElement().satisfies(minimum -> {
            assertThat(minimum.sku()).isEqualTo(item.sku());
            assertThat(minimum.minimumRemainingDays()).isEqualTo(60);
        });
        assertThat(Api.body(get("admin", "/admin/parties/" + customer))).contains("At least 30 days");

        MvcTestResult tooLong = post("admin", "/admin/parties/" + customer + "/shelf-life",
                "minimumRemainingDays", "5000");
        assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(tooLong)).contains("id=\"minimumRemainingDays-error\"").contains("value=\"5000\"");
        MvcTestResult unknownItem = post("admin", "/admin/parties/" + customer + "/shelf-life", "sku", "NO-SUCH-SKU",
                "minimumRemainingDays", "10");
        assertThat(Api.body(unknownItem)).contains("id=\"sku-error\"");
        MvcTestResult notANumber = post("admin", "/admin/parties/" + customer + "/shelf-life",
                "minimumRemainingDays", "a month");
        assertThat(Api.body(notANumber)).contains("id=\"minimumRemainingDays-error\"");
        assertThat(requirements.shelfLife(customer)).isEqualTo(set);
    }

    @Test
    void only_supervisors_and_admins_reach_these_pages_and_a_supplier_has_no_shelf_life_form() {
        String customer = site.customer();
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            boolean allowed = EnumSet.of(Role.SUPERVISOR, Role.ADMIN).contains(role);
            for (MvcTestResult result : List.of(get(name, "/admin/items/" + item.sku()),
                    get(name, "/admin/parties/" + customer),
                    post(name, "/admin/items/" + item.sku() + "/production-rules"),
                    post(name, "/admin/parties/" + customer + "/shelf-life", "minimumRemainingDays", "1"))) {
                if (allowed == (result.getResponse().getStatus() == 403)) {
                    wrong.add(role + " " + result.getRequest().getRequestURI() + " -> "
                            + result.getResponse().getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(requirements.shelfLife(customer).minimumRemainingDays()).isEqualTo(1);
        assertThat(Api.body(get("admin", "/admin/parties/" + site.supplier()))).contains("id=\"change-party\"")
                .doesNotContain("id=\"shelf-life\"");
        assertThat(post("admin", "/admin/parties/" + site.supplier() + "/shelf-life", "minimumRemainingDays", "1"))
                .hasStatus(HttpStatus.NOT_FOUND);
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

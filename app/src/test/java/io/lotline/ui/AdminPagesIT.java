package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.identity.ApiToken;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.Role;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The administration pages without a browser: each page and action by role, what they create through the users,
 * tokens and catalog APIs, and refusals beside their field that create nothing.
 */
class AdminPagesIT extends IntegrationTest {
    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Catalog catalog;

    Floor.Site site;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
    }

    @Test
    void the_admin_creates_a_user_and_a_service_account_and_sees_them_listed() {
        String username = "ada" + Floor.next();
        MvcTestResult created = post("/admin/users", "admin", "ADMIN").param("username", username)
                .param("displayName", "Ada de Vries").param("roles", "QUALITY", "COMPLIANCE")
                .param("password", "a long enough password").exchange();
        assertThat(created).hasStatusOk();
        assertThat(Api.body(created)).contains(username + " is created.").contains("Ada de Vries");
        User ada = users.user(username);
        assertThat(ada.roles()).containsExactlyInAnyOrder(Role.QUALITY, Role.COMPLIANCE);
        assertThat(users.passwordMatches(username, "a long enough password")).isTrue();

        String mes = "mes" + Floor.next();
        assertThat(post("/admin/service-accounts", "admin", "ADMIN").param("username", mes)
                .param("displayName", "MES line 3").param("roles", "OPERATOR").exchange()).hasStatusOk()
                .bodyText().contains("/admin/service-accounts/" + mes + "/tokens");
        assertThat(users.user(mes).serviceAccount()).isTrue();
    }

    @Test
    void a_user_with_a_short_password_is_refused_beside_the_password_and_nothing_is_created() {
        String username = "bob" + Floor.next();
        MvcTestResult refused = post("/admin/users", "admin", "ADMIN").param("username", username)
                .param("displayName", "Bob").param("roles", "OPERATOR").param("password", "short").exchange();
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"password-error\"").contains("A password has 12-128 characters")
                .contains("value=\"" + username + "\"").doesNotContain("value=\"short\"");
        assertThatThrownBy(() -> users.user(username)).isInstanceOf(Unknown.class);

        MvcTestResult noRole = post("/admin/service-accounts", "admin", "ADMIN").param("username", username)
                .param("displayName", "ERP").exchange();
        assertThat(Api.body(noRole)).contains("id=\"account-roles-error\"").contains("at least one role");
        assertThatThrownBy(() -> users.user(username)).isInstanceOf(Unknown.class);
    }

    @Test
    void only_the_admin_manages_users_and_service_accounts() {
        for (String role : List.of("SUPERVISOR", "QUALITY", "OPERATOR")) {
            String username = role.toLowerCase();
            assertThat(mvc.get().uri("/admin/users").with(user(username).roles(role)).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(post("/admin/users", username, role).param("username", "eve" + Floor.next())
                    .param("displayName", "Eve").param("roles", "ADMIN").param("password", "a long enough password")
                    .exchange()).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(post("/admin/service-accounts", username, role).exchange()).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/admin/service-accounts/any/tokens").with(user(username).roles(role))
                    .exchange()).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void master_data_is_for_supervisors_and_admins() {
        for (String path : List.of("/admin", "/admin/items", "/admin/locations", "/admin/parties")) {
            assertThat(mvc.get().uri(path).with(user("supervisor").roles("SUPERVISOR")).exchange()).hasStatusOk();
            assertThat(mvc.get().uri(path).with(user("admin").roles("ADMIN")).exchange()).hasStatusOk();
            for (String role : List.of("OPERATOR", "QUALITY", "COMPLIANCE")) {
                assertThat(mvc.get().uri(path).with(user(role.toLowerCase()).roles(role)).exchange())
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
        }
        String sku = "DENIED-" + Floor.next();
        assertThat(post("/admin/items", "quality", "QUALITY").param("sku", sku).param("description", "Salt")
                .param("baseUnit", "KG").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> catalog.item(sku)).isInstanceOf(Unknown.class);
        assertThat(post("/admin/locations", "operator", "OPERATOR").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/admin/parties", "compliance", "COMPLIANCE").exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_supervisor_registers_an_item_and_a_second_submit_registers_nothing_more() {
        String sku = "SALT-" + Floor.next();
        String gtin = Labelled.gtin().value();
        for (int submit = 0; submit < 2; submit++) {
            MvcTestResult answer = post("/admin/items", "supervisor", "SUPERVISOR").param("sku", sku)
                    .param("gtin", gtin).param("description", "Sea salt").param("baseUnit", "KG")
                    .param("shelfLifeDays", "720").param("pickingStrategy", "FEFO")
                    .param("initialLotStatus", "RELEASED").exchange();
            if (submit == 0) {
                assertThat(answer).hasStatusOk();
                assertThat(Api.body(answer)).contains(sku + " is registered.");
            } else {
                assertThat(answer).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
                assertThat(Api.body(answer)).contains("id=\"sku-error\"");
            }
        }
        Item salt = catalog.item(sku);
        assertThat(salt.shelfLifeDays()).isEqualTo(720);
        assertThat(salt.pickingStrategy()).isEqualTo(PickingStrategy.FEFO);
        assertThat(salt.initialLotStatus()).isEqualTo(InitialLotStatus.RELEASED);
        assertThat(catalog.items(new PageRequest(0, PageRequest.MAX_SIZE)).content())
                .filteredOn(item -> item.sku().equals(sku)).hasSize(1);
    }

    @Test
    void an_item_refused_by_the_catalog_shows_the_reason_beside_its_field_and_registers_nothing() {
        String sku = "BAD-" + Floor.next();
        MvcTestResult badGtin = post("/admin/items", "admin", "ADMIN").param("sku", sku).param("gtin", "12345678")
                .param("description", "Flour").param("baseUnit", "KG").exchange();
        assertThat(badGtin).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(badGtin)).contains("id=\"gtin-error\"").contains("value=\"" + sku + "\"");

        MvcTestResult badDays = post("/admin/items", "admin", "ADMIN").param("sku", sku).param("description", "Flour")
                .param("baseUnit", "KG").param("shelfLifeDays", "30").param("minRemainingShelfLifeAtReceiptDays", "40")
                .exchange();
        assertThat(Api.body(badDays)).contains("id=\"minRemainingShelfLifeAtReceiptDays-error\"")
                .contains("cannot exceed the shelf life (30 days)");

        MvcTestResult badUnit = post("/admin/items", "admin", "ADMIN").param("sku", sku).param("description", "Flour")
                .param("baseUnit", "kilo").exchange();
        assertThat(Api.body(badUnit)).contains("id=\"baseUnit-error\"");
        assertThatThrownBy(() -> catalog.item(sku)).isInstanceOf(Unknown.class);
    }

    @Test
    void a_location_and_a_party_are_registered_and_a_wrong_one_is_refused_beside_its_field() {
        String code = "BAY-" + Floor.next();
        assertThat(post("/admin/locations", "supervisor", "SUPERVISOR").param("code", code).param("name", "Bay")
                .param("warehouse", site.warehouse()).param("pickable", "true").exchange()).hasStatusOk()
                .bodyText().contains(code + " is registered.");
        assertThat(catalog.location(code).pickable()).isTrue();
        assertThat(catalog.location(code).quarantine()).isFalse();

        String nowhere = "BAY-" + Floor.next();
        MvcTestResult refused = post("/admin/locations", "supervisor", "SUPERVISOR").param("code", nowhere)
                .param("warehouse", "NO-SUCH-WH").exchange();
        assertThat(Api.body(refused)).contains("id=\"warehouse-error\"").contains("NO-SUCH-WH");
        assertThatThrownBy(() -> catalog.location(nowhere)).isInstanceOf(Unknown.class);

        String party = "CUS-X" + Floor.next();
        assertThat(post("/admin/parties", "admin", "ADMIN").param("code", party).param("role", "CUSTOMER")
                .param("name", "Bakery Jansen").param("address.city", "Utrecht").param("address.country", "NL")
                .param("recallContact.name", "Piet Jansen").param("recallContact.email", "piet@jansen.example")
                .exchange()).hasStatusOk().bodyText().contains(party + " is registered.");
        assertThat(catalog.party(party, PartyRole.CUSTOMER, "code").address().city()).isEqualTo("Utrecht");

        String wrong = "CUS-X" + Floor.next();
        MvcTestResult badCountry = post("/admin/parties", "admin", "ADMIN").param("code", wrong)
                .param("role", "SUPPLIER").param("name", "Mill").param("address.country", "Holland").exchange();
        assertThat(badCountry).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(badCountry)).contains("id=\"address.country-error\"").contains("Holland");
        assertThatThrownBy(() -> catalog.party(wrong, PartyRole.SUPPLIER, "code")).isInstanceOf(Unknown.class);
    }

    @Test
    void a_user_issues_a_token_sees_its_secret_once_and_revokes_it() {
        String name = "Lab laptop " + Floor.next();
        MvcTestResult issued = post("/tokens", "quality", "QUALITY").param("name", name).param("roles", "QUALITY")
                .exchange();
        assertThat(issued).hasStatusOk();
        Matcher secret = Pattern.compile("id=\"secret\">(llt_[^<]+)<").matcher(Api.body(issued));
        assertThat(secret.find()).isTrue();
        assertThat(tokens.authenticate(secret.group(1))).isPresent();
        ApiToken token = tokens.tokens("quality", new PageRequest(0, 100)).content().stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(Api.body(mvc.get().uri("/tokens").with(user("quality").roles("QUALITY")).exchange()))
                .contains(name).doesNotContain(secret.group(1));

        assertThat(post("/tokens/" + token.id() + "/revocation", "quality", "QUALITY").exchange()).hasStatusOk()
                .bodyText().contains("Token " + name + " is revoked.");
        assertThat(tokens.authenticate(secret.group(1))).isEmpty();
    }

    @Test
    void a_token_with_a_role_its_owner_lacks_is_refused_beside_the_roles_and_issues_nothing() {
        String name = "Too much " + Floor.next();
        MvcTestResult refused = post("/tokens", "operator", "OPERATOR").param("name", name).param("roles", "ADMIN")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).contains("id=\"roles-error\"");
        MvcTestResult past = post("/tokens", "operator", "OPERATOR").param("name", name)
                .param("expiresOn", "2001-01-01").exchange();
        assertThat(Api.body(past)).contains("id=\"expiresOn-error\"").contains("must expire in the future");
        assertThat(tokens.tokens("operator", new PageRequest(0, 100)).content())
                .noneMatch(t -> t.name().equals(name));
    }

    @Test
    void the_admin_issues_and_revokes_the_tokens_of_a_service_account() {
        String mes = "mes" + Floor.next();
        users.createServiceAccount(new io.lotline.identity.NewServiceAccount(mes, "MES", Set.of(Role.OPERATOR)));
        String path = "/admin/service-accounts/" + mes + "/tokens";
        MvcTestResult issued = post(path, "admin", "ADMIN").param("name", "Line 3").exchange();
        assertThat(issued).hasStatusOk();
        assertThat(Api.body(issued)).contains("API tokens of " + mes).contains("id=\"secret\"");
        ApiToken token = tokens.tokens(mes, new PageRequest(0, 10)).content().get(0);
        assertThat(token.roles()).containsExactly(Role.OPERATOR);

        assertThat(post(path + "/" + token.id() + "/revocation", "admin", "ADMIN").exchange()).hasStatusOk();
        assertThat(tokens.tokens(mes, new PageRequest(0, 10)).content().get(0).revokedAt()).isNotNull();
        assertThat(mvc.get().uri("/admin/service-accounts/operator/tokens").with(user("admin").roles("ADMIN"))
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MockMvcRequestBuilder post(String path, String username, String role) {
        return mvc.post().uri(path).with(user(username).roles(role)).with(csrf());
    }
}

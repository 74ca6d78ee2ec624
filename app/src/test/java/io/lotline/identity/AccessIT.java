package io.lotline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, walked with one user of each role and with no user at all. Allowed calls get past
 * authorization (whatever the answer to their empty body is); the others get 403, anonymous ones 401.
 */
class AccessIT extends IntegrationTest {
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> MASTER_DATA = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    private static final Set<Role> FLOOR = EnumSet.of(Role.OPERATOR, Role.SUPERVISOR);
    private static final Set<Role> TRACE = EnumSet.of(Role.QUALITY, Role.COMPLIANCE);
    private static final Set<Role> EXPIRY_RULES = EnumSet.of(Role.SUPERVISOR, Role.QUALITY);
    private static final Set<Role> EPCIS_CAPTURE = EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN);

    record Call(String method, String path, Set<Role> allowed) {
    }

    private static final List<Call> API = List.of(
            new Call("GET", "/api/v1/items", ALL),
            new Call("POST", "/api/v1/items", MASTER_DATA),
            new Call("GET", "/api/v1/items/NONE", ALL),
            new Call("PUT", "/api/v1/items/NONE", MASTER_DATA),
            new Call("GET", "/api/v1/items/NONE/changes", ALL),
            new Call("GET", "/api/v1/categories", ALL),
            new Call("POST", "/api/v1/categories", MASTER_DATA),
            new Call("GET", "/api/v1/categories/NONE/policy", ALL),
            new Call("PUT", "/api/v1/categories/NONE/policy", MASTER_DATA),
            new Call("GET", "/api/v1/categories/NONE/policy/history", ALL),
            new Call("GET", "/api/v1/items/NONE/policy", ALL),
            new Call("PUT", "/api/v1/items/NONE/policy", MASTER_DATA),
            new Call("GET", "/api/v1/items/NONE/policy/history", ALL),
            new Call("GET", "/api/v1/sites", ALL),
            new Call("POST", "/api/v1/sites", MASTER_DATA),
            new Call("GET", "/api/v1/warehouses", ALL),
            new Call("POST", "/api/v1/warehouses", MASTER_DATA),
            new Call("GET", "/api/v1/locations", ALL),
            new Call("GET", "/api/v1/locations/NONE", ALL),
            new Call("PUT", "/api/v1/locations/NONE", MASTER_DATA),
            new Call("GET", "/api/v1/locations/NONE/changes", ALL),
            new Call("POST", "/api/v1/locations", MASTER_DATA),
            new Call("GET", "/api/v1/parties?role=SUPPLIER", ALL),
            new Call("POST", "/api/v1/parties", MASTER_DATA),
            new Call("GET", "/api/v1/parties/NONE", ALL),
            new Call("PUT", "/api/v1/parties/NONE", MASTER_DATA),
            new Call("GET", "/api/v1/parties/NONE/changes", ALL),
            new Call("GET", "/api/v1/pallets/NONE", ALL),
            new Call("POST", "/api/v1/pallets/LP-ACCESS", FLOOR),
            new Call("GET", "/api/v1/pallets/NONE/contents", ALL),
            new Call("POST", "/api/v1/pallets/NONE/packing", FLOOR),
            new Call("POST", "/api/v1/pallets/NONE/unpacking", FLOOR),
            new Call("POST", "/api/v1/pallets/NONE/transfers", FLOOR),
            new Call("POST", "/api/v1/pallets/NONE/shipments", FLOOR),
            new Call("GET", "/api/v1/imports/templates/items.csv", MASTER_DATA),
            new Call("POST", "/api/v1/imports/items", MASTER_DATA),
            new Call("GET", "/api/v1/imports/0", MASTER_DATA),
            new Call("GET", "/api/v1/imports", MASTER_DATA),
            new Call("GET", "/api/v1/lot-number-formats", ALL),
            new Call("POST", "/api/v1/lot-number-formats", MASTER_DATA),
            new Call("GET", "/api/v1/lots", ALL),
            new Call("GET", "/api/v1/lots/by-supplier-lot?supplierLot=X", ALL),
            new Call("GET", "/api/v1/lots/NONE", ALL),
            new Call("POST", "/api/v1/receipts", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("POST", "/api/v1/receipts/labels", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("POST", "/api/v1/scans", ALL),
            new Call("GET", "/api/v1/labels/lots?lot=NONE", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("GET", "/api/v1/labels/pallets/NONE", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("POST", "/api/v1/labels/ssccs", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("POST", "/api/v1/transfers", FLOOR),
            new Call("POST", "/api/v1/scraps", FLOOR),
            new Call("POST", "/api/v1/counts", FLOOR),
            new Call("POST", "/api/v1/shipments", FLOOR),
            new Call("POST", "/api/v1/returns", FLOOR),
            new Call("POST", "/api/v1/lots/NONE/status", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/lots/NONE/corrections", EnumSet.of(Role.SUPERVISOR, Role.QUALITY)),
            new Call("POST", "/api/v1/entries/0/reversal", EnumSet.of(Role.SUPERVISOR, Role.QUALITY)),
            new Call("GET", "/api/v1/entries/0", ALL),
            new Call("GET", "/api/v1/stock", ALL),
            new Call("GET", "/api/v1/ledger/verification", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("POST", "/api/v1/ledger/checkpoints", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("PUT", "/api/v1/retention-rules", EnumSet.of(Role.ADMIN)),
            new Call("GET", "/api/v1/retention-rules", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("GET", "/api/v1/retention-rules/history", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("GET", "/api/v1/retention", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("GET", "/api/v1/retention?by=rule", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("GET", "/api/v1/archive?until=1999-12-31", EnumSet.of(Role.COMPLIANCE)),
            new Call("GET", "/api/v1/users", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/v1/users", EnumSet.of(Role.ADMIN)),
            new Call("GET", "/api/v1/users/me", ALL),
            new Call("POST", "/api/v1/production-orders", FLOOR),
            new Call("GET", "/api/v1/production-orders/NONE", ALL),
            new Call("POST", "/api/v1/production-orders/NONE/consumptions", FLOOR),
            new Call("POST", "/api/v1/production-orders/NONE/outputs", FLOOR),
            new Call("POST", "/api/v1/production-orders/NONE/completion", FLOOR),
            new Call("POST", "/api/v1/splits", FLOOR),
            new Call("POST", "/api/v1/merges", FLOOR),
            new Call("GET", "/api/v1/items/NONE/production-rules", ALL),
            new Call("PUT", "/api/v1/items/NONE/production-rules", MASTER_DATA),
            new Call("GET", "/api/v1/traces?direction=FORWARD&lot=NONE", TRACE),
            new Call("GET", "/api/v1/traces/csv?direction=FORWARD&lot=NONE", TRACE),
            new Call("GET", "/api/v1/traces/summary?direction=FORWARD&lot=NONE", TRACE),
            new Call("GET", "/api/v1/traces/lots?direction=FORWARD&lot=NONE", TRACE),
            new Call("GET", "/api/v1/traces/partner-lots?direction=REVERSE&lot=NONE", TRACE),
            new Call("GET", "/api/v1/traces/edges?direction=FORWARD&lot=NONE", TRACE),
            new Call("POST", "/api/v1/customer-orders", FLOOR),
            new Call("GET", "/api/v1/customer-orders", ALL),
            new Call("GET", "/api/v1/customer-orders/NONE", ALL),
            new Call("POST", "/api/v1/customer-orders/NONE/allocation", FLOOR),
            new Call("GET", "/api/v1/customer-orders/NONE/pick-list", ALL),
            new Call("POST", "/api/v1/customer-orders/NONE/picks/0/confirmation", FLOOR),
            new Call("POST", "/api/v1/customer-orders/NONE/cancellation", FLOOR),
            new Call("POST", "/api/v1/customer-orders/NONE/shipment", FLOOR),
            new Call("GET", "/api/v1/customers/NONE/shelf-life-requirements", ALL),
            new Call("PUT", "/api/v1/customers/NONE/shelf-life-requirements", MASTER_DATA),
            new Call("PUT", "/api/v1/customers/NONE/shelf-life-requirements/NONE", MASTER_DATA),
            new Call("PUT", "/api/v1/items/NONE/specification", EnumSet.of(Role.QUALITY)),
            new Call("GET", "/api/v1/items/NONE/specification", ALL),
            new Call("POST", "/api/v1/lots/NONE/results", EnumSet.of(Role.QUALITY)),
            new Call("GET", "/api/v1/lots/NONE/quality", ALL),
            new Call("POST", "/api/v1/lots/NONE/decision", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/lots/NONE/documents", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("GET", "/api/v1/documents/0", ALL),
            new Call("GET", "/api/v1/documents/0/content", ALL),
            new Call("POST", "/api/v1/nonconformances", EnumSet.of(Role.QUALITY)),
            new Call("GET", "/api/v1/nonconformances", ALL),
            new Call("GET", "/api/v1/nonconformances/NONE", ALL),
            new Call("POST", "/api/v1/nonconformances/NONE/disposition", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/nonconformances/NONE/closure", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/recalls", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/recalls/NONE/confirmation", EnumSet.of(Role.QUALITY)),
            new Call("GET", "/api/v1/recalls", TRACE),
            new Call("GET", "/api/v1/recalls/NONE", TRACE),
            new Call("GET", "/api/v1/recalls/NONE/report.pdf", TRACE),
            new Call("GET", "/api/v1/recalls/NONE/report.csv", TRACE),
            new Call("GET", "/api/v1/recalls/NONE/notices/NONE.pdf", TRACE),
            new Call("POST", "/api/v1/recalls/NONE/notices/NONE/sent", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/recalls/NONE/notices/NONE/email", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/recalls/NONE/acknowledgements", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/recalls/NONE/returns", EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("POST", "/api/v1/recalls/NONE/dispositions", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/recalls/NONE/closure", EnumSet.of(Role.QUALITY)),
            new Call("POST", "/api/v1/mock-recalls", TRACE),
            new Call("GET", "/api/v1/mass-balance?lot=NONE", TRACE),
            new Call("GET", "/api/v1/exports/fsma204?sku=NONE", TRACE),
            new Call("GET", "/api/v1/exports/fsma204.xlsx?sku=NONE", TRACE),
            new Call("GET", "/api/v1/exports/fsma204.csv?sku=NONE", TRACE),
            new Call("GET", "/api/v1/exports/one-up-one-down?lot=NONE", TRACE),
            new Call("GET", "/api/v1/exports/one-up-one-down.csv?lot=NONE", TRACE),
            new Call("GET", "/api/v1/exports/trace.pdf?direction=FORWARD&lot=NONE", TRACE),
            new Call("POST", "/api/v1/expiry-alert-rules", EXPIRY_RULES),
            new Call("GET", "/api/v1/expiry-alert-rules", ALL),
            new Call("GET", "/api/v1/expiry-alert-rules/0", ALL),
            new Call("PUT", "/api/v1/expiry-alert-rules/0", EXPIRY_RULES),
            new Call("POST", "/api/v1/expiry-sweeps", EXPIRY_RULES),
            new Call("GET", "/api/v1/expiry-alerts", ALL),
            new Call("GET", "/api/v1/expiry-alerts/0", ALL),
            new Call("POST", "/api/v1/expiry-alerts/0/acknowledgement",
                    EnumSet.of(Role.OPERATOR, Role.SUPERVISOR, Role.QUALITY)),
            new Call("PUT", "/api/v1/alert-recipients/NONE", EnumSet.of(Role.ADMIN)),
            new Call("GET", "/api/v1/alert-recipients", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/v1/admin/backups", EnumSet.of(Role.ADMIN)),
            new Call("PUT", "/api/v1/users/me/password", ALL),
            new Call("POST", "/api/v1/tokens", ALL),
            new Call("GET", "/api/v1/tokens", ALL),
            new Call("POST", "/api/v1/tokens/0/revocation", ALL),
            new Call("POST", "/api/v1/service-accounts", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/v1/service-accounts/NONE/tokens", EnumSet.of(Role.ADMIN)),
            new Call("GET", "/api/v1/service-accounts/NONE/tokens", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/v1/epcis/capture", EPCIS_CAPTURE),
            new Call("POST", "/api/v1/epcis/events", EPCIS_CAPTURE),
            new Call("GET", "/api/v1/epcis/events", TRACE),
            new Call("GET", "/api/v1/epcis/origins", TRACE),
            new Call("GET", "/api/v1/master-data/provisional", MASTER_DATA),
            new Call("GET", "/api/v1/epcis/trace", TRACE),
            new Call("GET", "/api/v1/subscriptions", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("POST", "/api/v1/subscriptions", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("DELETE", "/api/v1/subscriptions/0", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("GET", "/api/v1/subscriptions/0/deliveries", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("GET", "/api/v1/sign-ins", EnumSet.of(Role.COMPLIANCE, Role.ADMIN)),
            new Call("DELETE", "/api/v1/users/NONE/lock", EnumSet.of(Role.ADMIN)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_role_reaches_exactly_the_endpoints_it_is_allowed() {
        List<String> wrong = new ArrayList<>();
        for (Call call : API) {
            for (Role role : Role.values()) {
                int status = send(as(role.name().toLowerCase()), call).getResponse().getStatus();
                boolean allowed = call.allowed().contains(role);
                if (allowed == (status == 403) || status == 401) {
                    wrong.add(role + " " + call.method() + " " + call.path() + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_caller_without_credentials_or_with_a_wrong_password_gets_401_as_a_problem() {
        for (Call call : API) {
            MvcTestResult anonymous = switch (call.method()) {
                case "GET" -> mvc.get().uri(call.path()).exchange();
                case "PUT" -> mvc.put().uri(call.path()).contentType("application/json").content("{}").exchange();
                case "DELETE" -> mvc.delete().uri(call.path()).exchange();
            default -> mvc.post().uri(call.path()).contentType("application/json").content("{}").exchange();
            };
            assertThat(anonymous).as(call.path()).hasStatus(401).hasContentType("application/problem+json");
        }
        assertThat(new Api(mvc, "operator", "not-the-password").get("/api/v1/items")).hasStatus(401);
    }

    @Test
    void a_caller_without_the_role_gets_403_even_for_a_body_that_would_not_parse() {
        MvcTestResult result = as("operator").post("/api/v1/users", "{not json");

        assertThat(result).hasStatus(403).hasContentType("application/problem+json");
    }

    @Test
    void every_endpoint_declares_who_may_call_it_and_is_walked_by_this_test() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("io.lotline")
                    && !method.hasMethodAnnotation(PreAuthorize.class)) {
                undeclared.add(info.toString());
            }
        });
        long lotlineEndpoints = mappings.getHandlerMethods().values().stream()
                .filter(method -> method.getBeanType().getPackageName().startsWith("io.lotline")
                        && method.getBeanType().getSimpleName().endsWith("Controller")
                        && !method.getBeanType().getPackageName().contains(".ui"))
                .count();

        assertThat(undeclared).isEmpty();
        assertThat(API).hasSize((int) lotlineEndpoints);
    }

    @Test
    void a_role_without_trace_access_sees_a_lots_movements_but_not_who_supplied_or_received_it() {
        Floor.Site site = floor.aSite();
        String lot = floor.receive(site, floor.anItem().register(), "10", site.rack(), null);

        MvcTestResult forOperator = as("operator").get("/api/v1/lots/" + lot);
        assertThat(forOperator).hasStatus(200).hasHeader("Lotline-Masked", "lot.supplierId, history.party");
        assertThat(Api.<String>read(forOperator, "$.history[0].type")).isEqualTo("RECEIPT");
        assertThat(Api.<Object>read(forOperator, "$.history[0].party")).isNull();
        assertThat(Api.<Object>read(forOperator, "$.lot.supplierId")).isNull();
        MvcTestResult forQuality = as("quality").get("/api/v1/lots/" + lot);
        assertThat(forQuality).doesNotContainHeader("Lotline-Masked");
        assertThat(Api.<String>read(forQuality, "$.history[0].party")).isEqualTo(site.supplier());
        assertThat(Api.<Object>read(forQuality, "$.lot.supplierId")).isNotNull();

        Number entry = Api.read(forQuality, "$.history[0].id");
        MvcTestResult entryForAdmin = as("admin").get("/api/v1/entries/" + entry);
        assertThat(entryForAdmin).hasStatus(200).hasHeader("Lotline-Masked", "party");
        assertThat(Api.<Object>read(entryForAdmin, "$.party")).isNull();
        assertThat(Api.<String>read(as("compliance").get("/api/v1/entries/" + entry), "$.party"))
                .isEqualTo(site.supplier());
    }

    @Test
    void a_refusal_names_the_roles_that_would_be_allowed() {
        MvcTestResult refused = as("admin").get("/api/v1/traces?direction=FORWARD&lot=NONE");

        assertThat(refused).hasStatus(403).hasContentType("application/problem+json");
        assertThat(Api.<List<String>>read(refused, "$.requiredRoles")).containsExactly("QUALITY", "COMPLIANCE");
        assertThat(Api.<String>read(refused, "$.detail")).isEqualTo("This request needs the role QUALITY or COMPLIANCE");
        assertThat(Api.<String>read(refused, "$.rule")).isEqualTo("role-required");
    }

    @Test
    void the_role_table_in_the_readme_says_exactly_who_may_call_each_operation() throws IOException {
        Map<String, Set<Role>> declared = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
            if (method.getBeanType().getPackageName().startsWith("io.lotline") && rule != null
                    && !method.getBeanType().getPackageName().contains(".ui")) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                    for (String path : info.getPatternValues()) {
                        declared.put("`" + verb + " " + path + "`", Access.rolesOf(rule.value()));
                    }
                }
            }
        });
        Map<String, Set<Role>> documented = new TreeMap<>();
        for (String row : Files.readAllLines(Path.of("README.md"))) {
            String[] cells = row.split("\\|");
            if (cells.length == Role.values().length + 2 && cells[1].strip().matches("`[A-Z]+ /api/.*`")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (Role role : Role.values()) {
                    if (!cells[role.ordinal() + 2].isBlank()) {
                        roles.add(role);
                    }
                }
                documented.put(cells[1].strip(), roles);
            }
        }

        StringBuilder table = new StringBuilder();
        declared.forEach((operation, roles) -> table.append("| ").append(operation).append(" |")
                .append(Arrays.stream(Role.values()).map(role -> roles.contains(role) ? " ✓ |" : "   |")
                        .collect(Collectors.joining())).append('\n'));
        assertThat(documented).as("the README's role table; the code declares:%n%s", table).isEqualTo(declared);
    }

    private static MvcTestResult send(Api api, Call call) {
        return switch (call.method()) {
            case "GET" -> api.get(call.path());
            case "PUT" -> api.put(call.path(), "{}");
            case "DELETE" -> api.mvc().delete().uri(call.path()).with(httpBasic(api.username(), api.password()))
                    .exchange();
            default -> api.post(call.path(), "{}");
        };
    }
}

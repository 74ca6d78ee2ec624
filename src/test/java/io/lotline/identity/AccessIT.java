package io.lotline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.support.Api;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
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
    private static final Set<Role> TRACE = EnumSet.of(Role.QUALITY, Role.COMPLIANCE, Role.ADMIN);
    private static final Set<Role> EXPIRY_RULES = EnumSet.of(Role.SUPERVISOR, Role.QUALITY);

    record Call(String method, String path, Set<Role> allowed) {
    }

    private static final List<Call> API = List.of(
            new Call("GET", "/api/v1/items", ALL),
            new Call("POST", "/api/v1/items", MASTER_DATA),
            new Call("GET", "/api/v1/items/NONE", ALL),
            new Call("GET", "/api/v1/categories", ALL),
            new Call("POST", "/api/v1/categories", MASTER_DATA),
            new Call("GET", "/api/v1/sites", ALL),
            new Call("POST", "/api/v1/sites", MASTER_DATA),
            new Call("GET", "/api/v1/warehouses", ALL),
            new Call("POST", "/api/v1/warehouses", MASTER_DATA),
            new Call("GET", "/api/v1/locations", ALL),
            new Call("GET", "/api/v1/locations/NONE", ALL),
            new Call("POST", "/api/v1/locations", MASTER_DATA),
            new Call("GET", "/api/v1/parties?role=SUPPLIER", ALL),
            new Call("POST", "/api/v1/parties", MASTER_DATA),
            new Call("GET", "/api/v1/pallets/NONE", ALL),
            new Call("POST", "/api/v1/pallets/LP-ACCESS", FLOOR),
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

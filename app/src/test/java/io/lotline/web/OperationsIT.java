package io.lotline.web;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Operating Lotline: probes answer a load balancer without sign-in, metrics only the roles that may see them, and
 * the scrape counts what was booked and traced.
 */
class OperationsIT extends IntegrationTest {

    @Test
    void liveness_and_readiness_answer_without_sign_in() {
        MvcTestResult liveness = mvc.get().uri("/actuator/health/liveness").exchange();
        MvcTestResult readiness = mvc.get().uri("/actuator/health/readiness").exchange();

        assertThat(liveness).hasStatus(200);
        assertThat((String) read(liveness, "$.status")).isEqualTo("UP");
        assertThat(readiness).hasStatus(200);
        assertThat((String) read(readiness, "$.status")).isEqualTo("UP");
        assertThat(body(readiness)).doesNotContain("components");
    }

    @Test
    void readiness_is_the_database_and_its_migrations_being_applied() {
        MvcTestResult readiness = as("admin").get("/actuator/health/readiness");

        assertThat(readiness).hasStatus(200);
        assertThat((String) read(readiness, "$.components.db.status")).isEqualTo("UP");
        assertThat((String) read(readiness, "$.components.migrations.status")).isEqualTo("UP");
        assertThat((String) read(readiness, "$.components.migrations.details.version"))
                .isEqualTo(jdbc.sql("select version from flyway_schema_history where success "
                        + "order by installed_rank desc fetch first 1 rows only").query(String.class).single());
        assertThat((String) read(readiness, "$.components.readinessState.status")).isEqualTo("UP");
    }

    @Test
    void metrics_need_sign_in_and_the_admin_or_compliance_role() {
        MvcTestResult anonymous = mvc.get().uri("/actuator/prometheus").exchange();
        MvcTestResult operator = as("operator").get("/actuator/prometheus");

        assertThat(anonymous).hasStatus(401);
        assertThat(anonymous.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(operator).hasStatus(403);
        assertThat((String) read(operator, "$.rule")).isEqualTo("role-required");
        assertThat(as("quality").get("/actuator/prometheus")).hasStatus(403);
        assertThat(as("compliance").get("/actuator/prometheus")).hasStatus(200);
        assertThat(as("admin").get("/actuator/prometheus")).hasStatus(200);
    }

    @Test
    void requests_are_timed_but_not_each_filter_that_signs_them_in() {
        assertThat(as("operator").get("/api/v1/lots")).hasStatus(200);

        String scrape = scrape();

        assertThat(scrape).contains("http_server_requests_seconds_count{");
        assertThat(scrape).doesNotContain("spring_security_filterchains")
                .doesNotContain("spring_security_authorizations");
    }

    @Test
    void the_scrape_counts_bookings_by_kind_traces_by_direction_and_engine_and_drills() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String before = scrape();

        String lot = floor.receive(site, flour, "100", site.rack(), null);
        assertThat(as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + lot)).hasStatus(200);
        String after = scrape();
        assertThat(as("quality").post("/api/v1/mock-recalls", """
                {"purpose": "Metrics drill", "scope": {"lots": ["%s"]}}""".formatted(lot))).hasStatus(201);
        String drilled = scrape();

        assertThat(value(after, "lotline_bookings_total", "kind=\"receipt\"")
                - value(before, "lotline_bookings_total", "kind=\"receipt\"")).isEqualTo(1);
        assertThat(value(after, "lotline_bookings_total", "kind=\"shipment\"")
                - value(before, "lotline_bookings_total", "kind=\"shipment\"")).isZero();
        assertThat(value(after, "lotline_traces_seconds_count", "direction=\"forward\"")
                - value(before, "lotline_traces_seconds_count", "direction=\"forward\"")).isEqualTo(1);
        assertThat(after).containsPattern("lotline_traces_seconds_count\\{[^}]*engine=\"(index|sql)\"");
        assertThat(value(drilled, "lotline_recalls_seconds_count", "kind=\"mock\"")
                - value(after, "lotline_recalls_seconds_count", "kind=\"mock\"")).isEqualTo(1);
        assertThat(value(drilled, "lotline_recalls_seconds_count", "kind=\"live\"")
                - value(after, "lotline_recalls_seconds_count", "kind=\"live\"")).isZero();
    }

    private String scrape() {
        MvcTestResult scrape = as("compliance").get("/actuator/prometheus");
        assertThat(scrape).hasStatus(200);
        return body(scrape);
    }

    /** The sum of a meter's samples whose labels include the given one; 0 when there is none yet. */
    private static double value(String scrape, String meter, String label) {
        Matcher sample = Pattern.compile("(?m)^" + meter + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        double sum = 0;
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }
}

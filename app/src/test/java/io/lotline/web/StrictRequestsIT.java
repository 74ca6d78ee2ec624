package io.lotline.web;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class StrictRequestsIT extends IntegrationTest {
    private Floor.Site site;
    private Item flour;
    private String lot;

    @BeforeEach
    void aLotOfFlour() {
        site = floor.aSite();
        flour = floor.anItem().register();
        lot = floor.receive(site, flour, "100", site.dock(), null);
    }

    private static void assertProblem(MvcTestResult answer, int status, String field, String rule) {
        assertThat(answer).hasStatus(status);
        assertThat(answer.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) read(answer, "$.rule")).isEqualTo(rule);
        if (field != null) {
            assertThat((String) read(answer, "$.field")).isEqualTo(field);
        }
        assertThat(body(answer)).doesNotContain("io.lotline").doesNotContain("java.");
    }

    private String countOf(String counted) {
        return """
                {"lotNumber": "%s", "at": {"location": "%s"}%s}""".formatted(lot, site.dock(), counted);
    }

    @Test
    void a_specification_with_a_null_parameter_is_refused_naming_the_parameter() {
        MvcTestResult answer = as("quality").put("/api/v1/items/" + flour.sku() + "/specification",
                """
                {"parameters": [null]}""");

        assertProblem(answer, 400, "parameters[0]", "required");
    }

    @Test
    void a_count_without_what_was_counted_is_refused_and_books_nothing() {
        long entries = count("ledger_entries");

        MvcTestResult answer = as("operator").post("/api/v1/counts", countOf(""));

        assertProblem(answer, 400, "counted", "required");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_property_given_twice_is_refused() {
        MvcTestResult answer = as("operator").post("/api/v1/counts",
                countOf(", \"counted\": {\"amount\": 5, \"unit\": \"KG\"}, \"counted\": {\"amount\": 50, \"unit\": \"KG\"}"));

        assertProblem(answer, 400, null, "duplicate-property");
        assertThat((String) read(answer, "$.detail")).contains("counted");
    }

    @Test
    void a_number_where_text_belongs_is_refused_naming_the_field() {
        MvcTestResult answer = as("operator").post("/api/v1/counts", """
                {"lotNumber": "%s", "at": {"location": "%s"}, "counted": {"amount": 5, "unit": "KG"}, "note": 12}"""
                .formatted(lot, site.dock()));

        assertProblem(answer, 400, "note", "type");
    }

    @Test
    void text_where_a_number_belongs_is_refused_naming_the_field() {
        MvcTestResult answer = as("operator").post("/api/v1/counts",
                countOf(", \"counted\": {\"amount\": \"5\", \"unit\": \"KG\"}"));

        assertProblem(answer, 400, "counted.amount", "type");
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_refused_naming_the_field() {
        MvcTestResult answer = as("supervisor").post("/api/v1/items", """
                {"sku": "FRAC-%d", "description": "x", "baseUnit": "KG", "shelfLifeDays": 1.5}"""
                .formatted(Floor.next()));

        assertProblem(answer, 400, "shelfLifeDays", "type");
    }

    @Test
    void an_unknown_property_is_named_without_java_class_names() {
        MvcTestResult answer = as("operator").post("/api/v1/counts",
                countOf(", \"counted\": {\"amount\": 5, \"unit\": \"KG\"}, \"countedBy\": \"anna\""));

        assertProblem(answer, 400, "countedBy", "unknown-property");
    }

    @Test
    void malformed_json_is_refused_as_not_well_formed() {
        MvcTestResult answer = as("operator").post("/api/v1/counts", "{\"lotNumber\": ");

        assertProblem(answer, 400, null, "well-formed-json");
    }

    @Test
    void an_empty_body_is_refused_as_required() {
        MvcTestResult answer = as("operator").post("/api/v1/counts", "");

        assertProblem(answer, 400, null, "required");
    }

    @Test
    void a_body_larger_than_the_limit_is_refused_with_413_and_books_nothing() {
        long entries = count("ledger_entries");
        String note = "x".repeat(1024 * 1024);

        MvcTestResult answer = as("operator").post("/api/v1/counts",
                countOf(", \"counted\": {\"amount\": 5, \"unit\": \"KG\"}, \"note\": \"" + note + "\""));

        assertProblem(answer, 413, "body", "max-body-bytes");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_wrong_content_type_is_answered_with_a_problem_naming_the_header() {
        MvcTestResult answer = mvc.post().uri("/api/v1/counts").with(httpBasic("operator", PASSWORD))
                .header("Idempotency-Key", "count-" + Floor.next())
                .contentType(MediaType.TEXT_PLAIN).content("5 KG").exchange();

        assertProblem(answer, 415, "Content-Type", "media-type");
    }

    @Test
    void hostile_path_values_are_answered_with_a_problem_naming_the_path() {
        for (String hostile : List.of("/api/v1/lots/..%2F..%2Fetc%2Fpasswd", "/api/v1/lots/A%00B")) {
            MvcTestResult answer = mvc.get().uri(URI.create(hostile)).with(httpBasic("operator", PASSWORD))
                    .exchange();

            assertProblem(answer, 400, "path", "safe-path");
        }
    }

    @Test
    void a_gtin_sent_as_a_number_is_refused_because_its_leading_zeros_are_lost() {
        MvcTestResult answer = as("supervisor").post("/api/v1/items", """
                {"sku": "NUM-%d", "gtin": 4012345000008, "description": "x", "baseUnit": "KG"}"""
                .formatted(Floor.next()));

        assertProblem(answer, 400, "gtin", "type");
    }
}

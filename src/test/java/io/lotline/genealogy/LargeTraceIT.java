package io.lotline.genealogy;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A trace of more lots than the full answer may hold answers its summary with links; a smaller one, in full. */
@TestPropertySource(properties = "lotline.traces.full-answer-max-lots=3")
class LargeTraceIT extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_trace_beyond_the_limit_answers_its_summary_with_links_to_its_pages_unless_the_full_answer_is_asked() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String root = floor.receive(site, flour, "90", site.rack(), null);
        String small = floor.receive(site, flour, "10", site.rack(), null);
        assertThat(as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s"},
                 "parts": [{"quantity": {"amount": 30, "unit": "KG"}, "to": {"location": "%s"}},
                           {"quantity": {"amount": 30, "unit": "KG"}, "to": {"location": "%s"}},
                           {"quantity": {"amount": 30, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(root, site.rack(), site.rack(), site.rack(), site.rack()))).hasStatus(201);

        MvcTestResult answer = as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + root);
        MvcTestResult full = as("quality").get("/api/v1/traces?direction=FORWARD&view=full&lot=" + root);

        assertThat(answer).hasStatus(200);
        assertThat((Integer) read(answer, "$.totals.lots")).isEqualTo(4);
        assertThat((String) read(answer, "$.links.lots"))
                .isEqualTo("/api/v1/traces/lots?direction=FORWARD&lot=" + root);
        assertThat((List<String>) read(as("quality").get((String) read(answer, "$.links.lots")),
                "$.items[*].lotNumber")).hasSize(4).contains(root);
        assertThat((List<String>) read(full, "$.lots[*].lotNumber")).hasSize(4);
        assertThat((List<String>) read(as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + small),
                "$.lots[*].lotNumber")).containsExactly(small);
        assertThat(as("quality").get("/api/v1/traces?direction=FORWARD&view=everything&lot=" + root)).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("view");
    }
}

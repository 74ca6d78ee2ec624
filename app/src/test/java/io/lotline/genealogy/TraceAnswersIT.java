package io.lotline.genealogy;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A trace answered for its reader: a summary whose numbers are the full trace's, its lots and edges a page at a
 * time behind a signed cursor, and everything as NDJSON.
 */
class TraceAnswersIT extends IntegrationTest {
    private Floor.Site site;
    private String root;
    private String query;

    @BeforeEach
    void aFlourLotSplitTwiceAndPartlyShipped() {
        site = floor.aSite();
        Item flour = floor.anItem().register();
        root = floor.receive(site, flour, "100", site.rack(), null);
        MvcTestResult split = as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s"},
                 "parts": [{"quantity": {"amount": 30, "unit": "KG"}, "to": {"location": "%s", "pallet": "LP-A-%d"}},
                           {"quantity": {"amount": 30, "unit": "KG"}, "to": {"location": "%s", "pallet": "LP-B-%d"}},
                           {"quantity": {"amount": 40, "unit": "KG"}, "to": {"location": "%s", "pallet": "LP-C-%d"}}]}"""
                .formatted(root, site.rack(), site.rack(), Floor.next(), site.rack(), Floor.next(), site.rack(),
                        Floor.next()));
        assertThat(split).hasStatus(201);
        String first = read(split, "$.lots[0].lotNumber");
        String third = read(split, "$.lots[2].lotNumber");
        assertThat(as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s", "pallet": "%s"},
                 "parts": [{"quantity": {"amount": 10, "unit": "KG"}, "to": {"location": "%s"}},
                           {"quantity": {"amount": 20, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(first, site.rack(), read(split, "$.lots[0].pallet"), site.rack(), site.rack())))
                .hasStatus(201);
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 15, "unit": "KG"},
                 "from": {"location": "%s", "pallet": "%s"}, "customer": "%s"}"""
                .formatted(third, site.rack(), read(split, "$.lots[2].pallet"), site.customer()))).hasStatus(201);
        query = "direction=FORWARD&lot=" + root;
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_summary_counts_what_the_full_trace_holds() {
        MvcTestResult full = as("quality").get("/api/v1/traces?" + query);
        MvcTestResult summary = as("quality").get("/api/v1/traces/summary?" + query);

        assertThat(summary).hasStatus(200);
        List<Map<String, Object>> lots = read(full, "$.lots");
        assertThat((Integer) read(summary, "$.totals.lots")).isEqualTo(lots.size()).isEqualTo(6);
        assertThat((Integer) read(summary, "$.totals.edges")).isEqualTo(((List<?>) read(full, "$.edges")).size());
        assertThat((Integer) read(summary, "$.totals.shipments"))
                .isEqualTo(((List<?>) read(full, "$.shipments")).size()).isEqualTo(1);
        assertThat((Integer) read(summary, "$.totals.stockPlaces")).isEqualTo(((List<?>) read(full, "$.stock")).size());
        for (int depth = 0; depth <= 2; depth++) {
            int atDepth = ((List<?>) read(full, "$.lots[?(@.depth == " + depth + ")]")).size();
            assertThat((List<Integer>) read(summary, "$.lotsByDepth[?(@.depth == " + depth + ")].lots"))
                    .containsExactly(atDepth);
        }
        assertThat((List<Integer>) read(summary, "$.lotsByItem[*].lots")).containsExactly(6);
        assertThat((List<String>) read(summary, "$.customers[*].code")).containsExactly(site.customer());
        assertThat((List<Integer>) read(summary, "$.customers[*].lots")).containsExactly(1);
        double stock = ((List<Number>) read(full, "$.stock[*].quantity.amount")).stream()
                .mapToDouble(Number::doubleValue).sum();
        assertThat(((Number) read(summary, "$.stockOnHand[0].quantity.amount")).doubleValue()).isEqualTo(stock)
                .isEqualTo(85.0);
        assertThat(body(as("quality").get("/api/v1/traces?view=summary&" + query))).isEqualTo(body(summary));
    }

    @Test
    @SuppressWarnings("unchecked")
    void paging_through_every_page_gives_exactly_the_full_traces_lots_and_edges() {
        MvcTestResult full = as("quality").get("/api/v1/traces?" + query);

        assertThat(everyPage("/api/v1/traces/lots?size=4&" + query, "$.items[*].lotNumber", 2))
                .containsExactlyElementsOf(((List<String>) read(full, "$.lots[*].lotNumber")).stream().sorted()
                        .toList());
        assertThat(everyPage("/api/v1/traces/edges?size=2&" + query, "$.items[*].child", 3))
                .containsExactlyInAnyOrderElementsOf(read(full, "$.edges[*].child"));
    }

    @Test
    void a_cursor_that_was_altered_or_pages_another_list_is_refused() {
        String next = read(as("quality").get("/api/v1/traces/lots?size=2&" + query), "$.next");
        String payload = next.substring(0, next.indexOf('.'));
        String otherRoots = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(payload)).replace(root, "SOMEONE-ELSES")
                        .getBytes());

        for (String tampered : List.of(otherRoots + next.substring(next.indexOf('.')), next + "x", "garbage")) {
            MvcTestResult refused = as("quality").get("/api/v1/traces/lots?cursor=" + tampered);
            assertThat(refused).hasStatus(400);
            assertThat((String) read(refused, "$.field")).isEqualTo("cursor");
            assertThat((String) read(refused, "$.rule")).isEqualTo("cursor-signed");
        }
        MvcTestResult wrongList = as("quality").get("/api/v1/traces/edges?cursor=" + next);
        assertThat(wrongList).hasStatus(400);
        assertThat((String) read(wrongList, "$.rule")).isEqualTo("cursor-of-this-list");
        assertThat(as("quality").get("/api/v1/traces/lots?size=0&" + query)).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("size");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ndjson_streams_the_summary_then_every_item_one_json_object_a_line() {
        MvcTestResult full = as("quality").get("/api/v1/traces?" + query);
        MvcTestResult streamed = mvc.get().uri("/api/v1/traces?" + query).header("Accept", "application/x-ndjson")
                .with(httpBasic("quality", PASSWORD)).exchange();

        assertThat(streamed).hasStatus(200);
        assertThat(streamed.getResponse().getContentType()).startsWith("application/x-ndjson");
        List<String> lines = body(streamed).lines().toList();
        List<String> types = lines.stream().map(line -> (String) JsonPath.read(line, "$.type")).toList();
        assertThat(types.get(0)).isEqualTo("summary");
        assertThat(lines.stream().filter(line -> line.contains("\"type\":\"lot\""))
                .map(line -> (String) JsonPath.read(line, "$.data.lotNumber")).toList())
                .containsExactlyElementsOf(read(full, "$.lots[*].lotNumber"));
        assertThat(types.stream().filter("edge"::equals).count())
                .isEqualTo(((List<?>) read(full, "$.edges")).size());
        assertThat(types.stream().filter("shipment"::equals).count()).isEqualTo(1);
    }

    private List<String> everyPage(String first, String path, int expectedPages) {
        List<String> all = new ArrayList<>();
        MvcTestResult page = as("quality").get(first);
        int pages = 1;
        all.addAll(read(page, path));
        while (read(page, "$.next") != null) {
            page = as("quality").get("/api/v1/traces/" + (first.contains("/lots") ? "lots" : "edges") + "?cursor="
                    + read(page, "$.next"));
            assertThat(page).hasStatus(200);
            all.addAll(read(page, path));
            pages++;
        }
        assertThat(pages).isEqualTo(expectedPages);
        return all;
    }
}

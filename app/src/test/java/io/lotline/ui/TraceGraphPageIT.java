package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.Part;
import io.lotline.production.ProductionCommands.SplitLot;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The graph behind the trace graph page: a small trace lot by lot, a big one clustered by item and depth so that the
 * browser never receives thousands of boxes; for quality, compliance and admins only, like the trace API.
 */
class TraceGraphPageIT extends IntegrationTest {
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Autowired
    Catalog catalog;

    @Autowired
    Production production;

    @Test
    void a_trace_of_more_than_two_thousand_lots_is_sent_clustered_by_item_and_depth() throws Exception {
        Floor.Site site = floor.aSite();
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "2100", site.rack(), null);
        Place rack = new Place(site.rack(), null);
        production.split(key(), new SplitLot(lot, rack, IntStream.range(0, 2100)
                .mapToObj(i -> new Part(Quantity.of("1", "KG"), rack, null)).toList(), "Repacked into 1 kg bags"));

        MvcTestResult graph = graph("quality", lot, "FORWARD");

        assertThat(graph).hasStatusOk();
        String json = graph.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_BYTES);
        assertThat((Boolean) JsonPath.read(json, "$.clustered")).isTrue();
        assertThat((Integer) JsonPath.read(json, "$.lotsReached")).isEqualTo(2101);
        assertThat((List<String>) JsonPath.read(json, "$.lots")).isEmpty();
        List<Map<String, Object>> nodes = JsonPath.read(json, "$.nodes");
        assertThat(nodes).extracting(n -> n.get("id"), n -> n.get("count")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("cluster:0:" + item.sku(), 1),
                org.assertj.core.groups.Tuple.tuple("cluster:1:" + item.sku(), 2100));
        List<Map<String, Object>> edges = JsonPath.read(json, "$.edges");
        assertThat(edges).extracting(e -> e.get("source"), e -> e.get("target"), e -> e.get("label"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cluster:0:" + item.sku(),
                        "cluster:1:" + item.sku(), "2100 × · 2100 KG"));
    }

    @Test
    void a_small_trace_is_sent_lot_by_lot_with_the_quantities_on_its_edges() throws Exception {
        Floor.Site site = floor.aSite();
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.rack(), null);
        Place rack = new Place(site.rack(), null);
        String part = production.split(key(), new SplitLot(lot, rack, List.of(new Part(Quantity.of("4", "KG"), rack,
                null)), "Relabelled")).lots().get(0).lotNumber();

        String json = graph("compliance", part, "REVERSE").getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat((Boolean) JsonPath.read(json, "$.clustered")).isFalse();
        assertThat((List<String>) JsonPath.read(json, "$.lots")).containsExactlyInAnyOrder(lot, part);
        assertThat((List<String>) JsonPath.read(json, "$.nodes[?(@.kind == 'lot')].id"))
                .containsExactlyInAnyOrder("lot:" + lot, "lot:" + part);
        assertThat((List<String>) JsonPath.read(json, "$.edges[?(@.source == 'lot:" + lot + "')].label"))
                .containsExactly("4 KG");
    }

    @Test
    void the_trace_graph_is_for_quality_and_compliance_only_and_a_wrong_direction_is_refused() {
        Floor.Site site = floor.aSite();
        Item item = Labelled.item(catalog, PickingStrategy.FEFO, InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.rack(), null);

        assertThat(graph("operator", lot, "FORWARD")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/lots/" + lot + "/trace").with(user("operator").roles("OPERATOR")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/lots/" + lot + "/trace").with(user("admin").roles("ADMIN")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/lots/" + lot + "/trace").param("direction", "REVERSE")
                .with(user("compliance").roles("COMPLIANCE")).exchange()).hasStatusOk().bodyText()
                .contains("Trace of lot " + lot).contains("/api/v1/exports/trace.pdf?direction=REVERSE&amp;lot=" + lot);
        MvcTestResult sideways = graph("quality", lot, "SIDEWAYS");
        assertThat(sideways).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(sideways).bodyJson().extractingPath("$.field").isEqualTo("direction");
    }

    private MvcTestResult graph(String user, String lot, String direction) {
        return mvc.get().uri("/lots/" + lot + "/trace/graph").param("direction", direction)
                .with(user(user).roles(user.toUpperCase())).exchange();
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}

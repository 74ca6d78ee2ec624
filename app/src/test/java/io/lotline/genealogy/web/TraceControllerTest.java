package io.lotline.genealogy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Link;
import io.lotline.genealogy.LotFlows;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.shared.InvalidInput;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The full trace answers in full up to the configured number of lots, and its summary with links beyond. */
class TraceControllerTest {
    private static final int MAX_LOTS = 3;

    @Test
    void a_trace_beyond_the_limit_answers_its_summary_with_links_unless_the_full_answer_is_asked() throws Exception {
        TraceController controller = controllerTracing(4);

        Object answer = controller.trace("forward", List.of("ROOT"), null, null, null, new MockHttpServletResponse());
        Object full = controller.trace("forward", List.of("ROOT"), null, "full", null, new MockHttpServletResponse());

        assertThat(answer).isInstanceOf(TraceSummary.class);
        TraceSummary summary = (TraceSummary) answer;
        assertThat(summary.totals().lots()).isEqualTo(4);
        assertThat(summary.links()).containsEntry("lots", "/api/v1/traces/lots?direction=FORWARD&lot=ROOT")
                .containsEntry("edges", "/api/v1/traces/edges?direction=FORWARD&lot=ROOT")
                .containsEntry("full", "/api/v1/traces?direction=FORWARD&lot=ROOT&view=full");
        assertThat(full).isInstanceOf(Trace.class);
    }

    @Test
    void a_trace_within_the_limit_answers_in_full_as_before() throws Exception {
        Object answer = controllerTracing(MAX_LOTS).trace("FORWARD", List.of("ROOT"), null, null, null,
                new MockHttpServletResponse());

        assertThat(answer).isInstanceOf(Trace.class);
        assertThat(((Trace) answer).lots()).hasSize(MAX_LOTS);
    }

    @Test
    void an_unknown_view_is_refused() {
        assertThatThrownBy(() -> controllerTracing(1).trace("FORWARD", List.of("ROOT"), null, "everything", null,
                new MockHttpServletResponse()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("summary");
    }

    private static TraceController controllerTracing(int lots) {
        List<Trace.Node> nodes = IntStream.range(0, lots).mapToObj(i -> new Trace.Node(i == 0 ? "ROOT" : "L" + i,
                "FLOUR", "Flour", "RELEASED", "RECEIVED", null, null, null, i == 0 ? 0 : 1)).toList();
        Genealogy genealogy = new Genealogy() {
            @Override
            public void link(List<Link> links, Set<Long> newLots) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Trace trace(TraceRequest request) {
                return new Trace(Direction.FORWARD, request.lotNumbers(), request.maxDepth(), nodes, List.of(),
                        List.of(), List.of(), List.of(), List.of(), nodes.size(), 0.1);
            }

            @Override
            public List<LotFlows> flows(TraceRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<LotFlows> flows(List<String> lotNumbers) {
                throw new UnsupportedOperationException();
            }

        };
        JsonMapper json = JsonMapper.builder().build();
        TraceAnswerProperties settings = new TraceAnswerProperties(MAX_LOTS, "a-configured-key");
        return new TraceController(genealogy, new TraceCursors(json, null, settings), json, settings);
    }
}

package io.lotline.recall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Link;
import io.lotline.genealogy.LotFlows;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Widening a recall walks back from the suspects and then forward from every lot found there, as one trace: when
 * more lots are found than one trace may start from, the recall is refused naming the widening, before it changes
 * anything.
 */
class WidenedScopeTest {
    private final List<TraceRequest> asked = new ArrayList<>();

    @Test
    void a_widening_that_reaches_more_lots_than_one_trace_may_start_from_is_refused_naming_the_widening() {
        RecallAssembler assembler = new RecallAssembler(reaching(TraceRequest.MAX_ROOTS + 1), null, null);

        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> assembler.scope(List.of("L-SUSPECT"), 3))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).isEqualTo("scope.widenLevels");
                    assertThat(refusal.value()).isEqualTo(3);
                    assertThat(refusal.rule()).isEqualTo("widened-scope-within-trace-limit");
                    assertThat(refusal.getMessage()).contains("1001 lots").contains("at most 1000");
                });
        assertThat(asked).noneMatch(request -> request.direction() == Direction.FORWARD
                && request.lotNumbers().size() > 1);
    }

    @Test
    void a_widening_within_the_limit_traces_forward_from_every_lot_it_reached() {
        RecallAssembler assembler = new RecallAssembler(reaching(TraceRequest.MAX_ROOTS), null, null);

        RecallAssembler.Scope scope = assembler.scope(List.of("L-SUSPECT"), 3);

        assertThat(scope.forwardRequest().lotNumbers()).hasSize(TraceRequest.MAX_ROOTS);
    }

    /** A lot graph where walking back from the suspect with a depth limit reaches so many lots. */
    private Genealogy reaching(int lots) {
        return new Genealogy() {
            @Override
            public void link(List<Link> links, Set<Long> newLots) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Trace trace(TraceRequest request) {
                asked.add(request);
                List<String> reached = request.direction() == Direction.REVERSE && request.maxDepth() != null
                        ? IntStream.range(0, lots).mapToObj(n -> n == 0 ? "L-SUSPECT" : "L-INPUT-" + n).toList()
                        : request.lotNumbers();
                return new Trace(request.direction(), request.lotNumbers(), request.maxDepth(),
                        reached.stream().map(WidenedScopeTest::node).toList(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), reached.size(), 0);
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
    }

    private static Trace.Node node(String lotNumber) {
        return new Trace.Node(lotNumber, "SALT", "Salt", "RELEASED", "RECEIPT", null, null, null, 0);
    }
}

package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.GenealogyCycle;
import io.lotline.genealogy.Link;
import io.lotline.genealogy.LotFlows;
import io.lotline.genealogy.PartnerOrigins;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.CurrentActor;
import io.lotline.lots.Lots;
import io.lotline.shared.LotlineException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class GenealogyService implements Genealogy {
    private final Edges edges;
    private final LotGraphIndex index;
    private final SqlTraversal sql;
    private final TraceAssembler assembler;
    private final LotFactsCache facts;
    private final Lots lots;
    private final CurrentActor actor;
    private final TraceLog traceLog;
    private final Clock clock;
    private final boolean useIndex;
    private final MeterRegistry meters;
    private final ObjectProvider<PartnerOrigins> partnerOrigins;

    GenealogyService(Edges edges, LotGraphIndex index, SqlTraversal sql, TraceAssembler assembler,
                     LotFactsCache facts, Lots lots, CurrentActor actor, TraceLog traceLog, Clock clock,
                     TraceProperties settings, MeterRegistry meters, ObjectProvider<PartnerOrigins> partnerOrigins) {
        this.partnerOrigins = partnerOrigins;
        this.edges = edges;
        this.index = index;
        this.sql = sql;
        this.assembler = assembler;
        this.facts = facts;
        this.lots = lots;
        this.actor = actor;
        this.traceLog = traceLog;
        this.clock = clock;
        this.useIndex = settings.indexed();
        this.meters = meters;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void link(List<Link> proposed, Set<Long> newLots) {
        Set<Long> reversed = edges.reversed(proposed.stream()
                .flatMap(link -> Stream.of(link.issueEntryId(), link.outputEntryId())).collect(Collectors.toSet()));
        List<Link> links = proposed.stream().filter(link -> !reversed.contains(link.issueEntryId())
                && !reversed.contains(link.outputEntryId())).toList();
        List<Link> intoExisting = links.stream().filter(link -> !newLots.contains(link.childLotId())).toList();
        if (!intoExisting.isEmpty()) {
            Set<Long> involved = new LinkedHashSet<>();
            intoExisting.forEach(link -> {
                involved.add(link.parentLotId());
                involved.add(link.childLotId());
            });
            edges.lockForExistingLots(new ArrayList<>(involved));
        }
        List<long[]> committed = new ArrayList<>();
        for (Link link : links) {
            if (link.parentLotId() == link.childLotId() || (!newLots.contains(link.childLotId())
                    && sql.isMadeFrom(link.parentLotId(), link.childLotId()))) {
                throw new GenealogyCycle("lotNumber", lots.lot(link.childLotId()).number().value(),
                        lots.lot(link.parentLotId()).number().value());
            }
            committed.add(new long[] {edges.insert(link, clock.instant()), link.parentLotId(), link.childLotId(),
                    TimedWalk.micros(link.drawnAt()),
                    link.enteredAt() == null ? TimedWalk.FROM_THE_START : TimedWalk.micros(link.enteredAt())});
        }
        facts.invalidateWhenTransactionEnds(links.stream().map(Link::childLotId).toList());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.added(committed);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Trace trace(TraceRequest request) {
        long started = System.nanoTime();
        List<Long> roots = request.lotNumbers().stream().distinct()
                .map(number -> lots.lot(number).id()).toList();
        boolean indexed = useIndex && index.isReady();
        Walk walk = walk(roots, request.direction(), request.maxDepth(), indexed);
        long[] reached = walk.lots();
        TraceAssembler.Reached result = assembler.assemble(roots, walk, request.direction(),
                request.maxDepth());
        long nanos = System.nanoTime() - started;
        double elapsed = nanos / 1_000_000.0;
        Timer.builder("lotline.traces").description("Traces, by direction and engine")
                .tag("direction", request.direction().name().toLowerCase(Locale.ROOT))
                .tag("engine", indexed ? "index" : "sql")
                .register(meters).record(nanos, TimeUnit.NANOSECONDS);
        traceLog.record(actor.current().username(), clock.instant(), request, reached.length, elapsed);
        Trace trace = new Trace(request.direction(), request.lotNumbers(), request.maxDepth(), result.nodes(),
                result.edges(), result.shipments(), result.receipts(), result.stock(), result.shares(),
                reached.length, elapsed);
        PartnerOrigins origins = partnerOrigins.getIfAvailable();
        return request.direction() != Direction.REVERSE || origins == null ? trace
                : trace.withPartners(origins.behind(result.nodes(), request.maxDepth()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotFlows> flows(TraceRequest request) {
        List<Long> roots = request.lotNumbers().stream().distinct().map(number -> lots.lot(number).id()).toList();
        return facts.flows(walk(roots, request.direction(), request.maxDepth(), useIndex && index.isReady()).lots());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotFlows> flows(List<String> lotNumbers) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < lotNumbers.size(); i++) {
            try {
                ids.add(lots.lot(lotNumbers.get(i)).id());
            } catch (LotlineException unknown) {
                throw unknown.within("lots[" + i + "]");
            }
        }
        return facts.flows(ids.stream().mapToLong(Long::longValue).toArray());
    }


    /** Which traversal answers; used by the tests that compare both. */
    long[] reach(List<Long> roots, Direction direction, Integer maxDepth, boolean inMemory) {
        return walk(roots, direction, maxDepth, inMemory).lots();
    }

    Walk walk(List<Long> roots, Direction direction, Integer maxDepth, boolean inMemory) {
        return inMemory ? index.walk(roots, direction, maxDepth) : sql.walk(roots, direction, maxDepth);
    }

}

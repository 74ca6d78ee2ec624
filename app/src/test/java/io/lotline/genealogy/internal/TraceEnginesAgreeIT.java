package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.GenealogyCycle;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.InsufficientStock;
import io.lotline.ledger.StockNotAtPlace;
import io.lotline.ledger.Place;
import io.lotline.lots.Lots;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.production.ProductionCommands.MergeLots;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The in-memory index and the recursive SQL give the same lots for the same trace, on random DAGs built through
 * merges (new blends, and blends into earlier lots, some of which the cycle rule refuses); and, on random graphs in
 * business time, the same lots, depths, edges and shares as each other and as every path in time would.
 */
class TraceEnginesAgreeIT extends IntegrationTest {
    @Autowired
    Production production;

    @Autowired
    GenealogyService genealogy;

    @Autowired
    Lots lots;

    @Autowired
    TraceAssembler assembler;

    @Test
    void index_and_sql_reach_the_same_lots_on_random_graphs() {
        Random random = new Random(20261121);
        Floor.Site site = floor.aSite();
        Item grain = floor.anItem().register();
        List<String> lotNumbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lotNumbers.add(floor.receive(site, grain, "1000", site.rack(), null));
        }
        int refused = 0;
        for (int i = 0; i < 90; i++) {
            List<Input> inputs = new ArrayList<>();
            int parents = 1 + random.nextInt(4);
            for (int p = 0; p < parents; p++) {
                String lot = lotNumbers.get(random.nextInt(lotNumbers.size()));
                if (inputs.stream().noneMatch(in -> in.lotNumber().equals(lot))) {
                    inputs.add(new Input(lot, Quantity.of("0.5", "KG"), new Place(site.rack(), null), List.of()));
                }
            }
            boolean intoExisting = random.nextInt(5) == 0;
            String into = intoExisting ? lotNumbers.get(random.nextInt(lotNumbers.size())) : null;
            try {
                var made = production.merge(new BookingContext(UUID.randomUUID().toString(), null),
                        new MergeLots(inputs, into, new Place(site.rack(), null), "test"));
                if (into == null) {
                    lotNumbers.add(made.lots().get(0).lotNumber());
                }
            } catch (GenealogyCycle cycle) {
                refused++;
            } catch (StockNotAtPlace | InsufficientStock drained) {
                // a small blend was used up by earlier draws: draw from other lots next time
            }
        }
        assertThat(refused).as("some blends into earlier lots close a cycle").isPositive();

        for (int trial = 0; trial < 60; trial++) {
            List<Long> roots = List.of(lots.lot(lotNumbers.get(random.nextInt(lotNumbers.size()))).id(),
                    lots.lot(lotNumbers.get(random.nextInt(lotNumbers.size()))).id());
            Direction direction = random.nextBoolean() ? Direction.FORWARD : Direction.REVERSE;
            Integer depth = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : null;
            long[] inMemory = genealogy.reach(roots, direction, depth, true);
            long[] sql = genealogy.reach(roots, direction, depth, false);
            Arrays.sort(inMemory);
            Arrays.sort(sql);
            assertThat(inMemory).as("%s from %s, depth %s", direction, roots, depth).isEqualTo(sql);
        }
    }

    @Test
    void index_sql_and_every_path_in_time_agree_on_random_time_stamped_graphs() {
        Random random = new Random(20261206);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(40, ChronoUnit.DAYS);
        Floor.Site site = floor.aSite();
        Item milk = floor.anItem().register();
        List<String> lotNumbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lotNumbers.add(floor.receive(site, milk, "1000", site.rack(), null));
        }
        int pouredIn = 0;
        for (int i = 0; i < 110; i++) {
            List<Input> inputs = new ArrayList<>();
            for (int p = 0, parents = 1 + random.nextInt(3); p < parents; p++) {
                String lot = lotNumbers.get(random.nextInt(lotNumbers.size()));
                if (inputs.stream().noneMatch(in -> in.lotNumber().equals(lot))) {
                    inputs.add(new Input(lot, Quantity.of("0.5", "KG"), new Place(site.rack(), null), List.of()));
                }
            }
            String into = random.nextInt(3) == 0 ? lotNumbers.get(random.nextInt(lotNumbers.size())) : null;
            // business times from a few days, so that many coincide, booked in any order (late bookings included)
            Instant occurred = start.plus(random.nextInt(12), ChronoUnit.DAYS);
            try {
                var made = production.merge(new BookingContext(UUID.randomUUID().toString(), occurred),
                        new MergeLots(inputs, into, new Place(site.rack(), null), "test"));
                if (into == null) {
                    lotNumbers.add(made.lots().get(0).lotNumber());
                } else {
                    pouredIn++;
                }
            } catch (GenealogyCycle | StockNotAtPlace | InsufficientStock refused) {
                // a blend that would close a cycle, or a lot used up: draw from other lots next time
            }
        }
        assertThat(pouredIn).as("some inputs are poured into running lots").isGreaterThan(10);
        PathsInTime reference = new PathsInTime(edgesAmong(lotNumbers));

        int excludedByTime = 0;
        for (int trial = 0; trial < 80; trial++) {
            List<Long> roots = List.of(lots.lot(lotNumbers.get(random.nextInt(lotNumbers.size()))).id(),
                    lots.lot(lotNumbers.get(random.nextInt(lotNumbers.size()))).id()).stream().distinct().toList();
            Direction direction = random.nextBoolean() ? Direction.FORWARD : Direction.REVERSE;
            Integer depth = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : null;
            String trace = direction + " from " + roots + ", depth " + depth;
            Map<Long, Integer> expected = reference.reach(roots, direction == Direction.FORWARD, depth);
            Walk inMemory = genealogy.walk(roots, direction, depth, true);
            Walk sql = genealogy.walk(roots, direction, depth, false);

            assertThat(sorted(inMemory.lots())).as(trace).isEqualTo(sorted(expected.keySet()));
            assertThat(sorted(sql.lots())).as(trace).isEqualTo(sorted(expected.keySet()));
            TraceAssembler.Reached fromIndex = assembler.assemble(roots, inMemory, direction, depth);
            assertThat(fromIndex).as(trace).isEqualTo(assembler.assemble(roots, sql, direction, depth));
            for (var node : fromIndex.nodes()) {
                assertThat(node.depth()).as(trace + ": " + node.lotNumber())
                        .isEqualTo(expected.get(lots.lot(node.lotNumber()).id()));
            }
            if (depth == null && genealogy.reach(roots, direction, null, true).length
                    < new PathsInTime(reference.withoutTimes()).reach(roots, direction == Direction.FORWARD, null)
                    .size()) {
                excludedByTime++;
            }
        }
        assertThat(excludedByTime).as("traces that time made narrower").isPositive();
    }

    private List<PathsInTime.Edge> edgesAmong(List<String> lotNumbers) {
        List<Long> ids = lotNumbers.stream().map(number -> lots.lot(number).id()).toList();
        return jdbc.sql("""
                        select parent_lot_id, child_lot_id, drawn_at, entered_at from genealogy_edges
                         where child_lot_id in (:ids) order by id""")
                .param("ids", ids)
                .query((rs, n) -> new PathsInTime.Edge(rs.getLong(1), rs.getLong(2),
                        TimedWalk.micros(rs.getObject(3, OffsetDateTime.class), TimedWalk.EVERYTHING),
                        TimedWalk.micros(rs.getObject(4, OffsetDateTime.class), TimedWalk.FROM_THE_START)))
                .list();
    }

    private static List<Long> sorted(long[] lots) {
        return Arrays.stream(lots).sorted().boxed().toList();
    }

    private static List<Long> sorted(Collection<Long> lots) {
        return lots.stream().sorted().toList();
    }
}

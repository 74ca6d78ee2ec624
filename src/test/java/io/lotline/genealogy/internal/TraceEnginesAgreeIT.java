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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The in-memory index and the recursive SQL give the same lots for the same trace, on random DAGs built through
 * merges (new blends, and blends into earlier lots, some of which the cycle rule refuses).
 */
class TraceEnginesAgreeIT extends IntegrationTest {
    @Autowired
    Production production;

    @Autowired
    GenealogyService genealogy;

    @Autowired
    Lots lots;

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
}

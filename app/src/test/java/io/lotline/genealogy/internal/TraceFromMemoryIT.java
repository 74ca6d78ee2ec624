package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.ledger.References;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.production.ProductionCommands.MergeLots;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trace answered from the facts kept in memory says exactly what the database says, after every kind of booking:
 * blends, shipments and their reversal, transfers, scrap, holds, attribute corrections, and bookings that were rolled
 * back.
 */
class TraceFromMemoryIT extends IntegrationTest {
    @Autowired
    Production production;

    @Autowired
    Movements movements;

    @Autowired
    GenealogyService genealogy;

    @Autowired
    TraceAssembler fromMemory;

    @Autowired
    LotFactsReader reader;

    @Autowired
    Lots lots;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void after_every_booking_a_trace_from_memory_equals_the_trace_read_from_the_database() {
        TraceAssembler fromDatabase = new TraceAssembler(new LotFactsCache(reader, () -> 0L,
                new TraceProperties("sql", new TraceProperties.Cache(0))));
        Random random = new Random(20261121);
        Floor.Site site = floor.aSite();
        Item grain = floor.anItem().register();
        List<String> lotNumbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lotNumbers.add(floor.receive(site, grain, "1000", site.rack(), null));
        }
        List<Long> shipments = new ArrayList<>();
        int booked = 0;
        for (int step = 0; step < 120; step++) {
            String lot = lotNumbers.get(random.nextInt(lotNumbers.size()));
            Place rack = new Place(site.rack(), null);
            try {
                switch (random.nextInt(7)) {
                    case 0, 1 -> {
                        List<Input> inputs = new ArrayList<>();
                        for (int p = 0; p < 1 + random.nextInt(3); p++) {
                            String input = lotNumbers.get(random.nextInt(lotNumbers.size()));
                            if (inputs.stream().noneMatch(in -> in.lotNumber().equals(input))) {
                                inputs.add(new Input(input, Quantity.of("0.5", "KG"), rack, List.of()));
                            }
                        }
                        String into = random.nextInt(4) == 0 ? lot : null;
                        var made = production.merge(context(), new MergeLots(inputs, into, rack, "test"));
                        if (into == null) {
                            lotNumbers.add(made.lots().get(0).lotNumber());
                        }
                    }
                    case 2 -> shipments.add(movements.ship(context(), new Movements.ShipStock(lot,
                            Quantity.of("0.2", "KG"), rack, site.customer(),
                            new References(null, "SO-" + step, null, null, "DN-" + step), List.of()))
                            .entries().get(0).id());
                    case 3 -> {
                        if (!shipments.isEmpty()) {
                            movements.reverse(context(), new Movements.ReverseEntry(
                                    shipments.remove(random.nextInt(shipments.size())), "shipped by mistake"));
                        }
                    }
                    case 4 -> movements.scrap(context(), new Movements.ScrapStock(lot, Quantity.of("0.1", "KG"),
                            rack, List.of(), "DAMAGED", null));
                    case 5 -> {
                        if (step % 4 == 0) {
                            movements.changeStatus(context(), new Movements.ChangeLotStatus(lot, LotStatus.ON_HOLD,
                                    "complaint"));
                        }
                    }
                    default -> movements.correct(context(), new Movements.CorrectLotAttribute(lot,
                            LotAttribute.SUPPLIER_LOT, "S-" + step, "typo on the delivery note"));
                }
                booked++;
            } catch (LotlineException refused) {
                // a blend that closes a cycle, a lot drained or on hold: refused, nothing booked
            }
            String root = lotNumbers.get(random.nextInt(lotNumbers.size()));
            Direction direction = random.nextBoolean() ? Direction.FORWARD : Direction.REVERSE;
            assertThat(fromMemory(root, direction)).as("step %d, %s from %s", step, direction, root)
                    .isEqualTo(fromDatabase(fromDatabase, root, direction));
        }
        assertThat(booked).as("most steps booked something").isGreaterThan(60);
    }

    @Test
    void a_trace_inside_a_booking_sees_the_booking_and_after_a_rollback_the_trace_no_longer_does() {
        TraceAssembler fromDatabase = new TraceAssembler(new LotFactsCache(reader, () -> 0L,
                new TraceProperties("sql", new TraceProperties.Cache(0))));
        Floor.Site site = floor.aSite();
        Item grain = floor.anItem().register();
        String lot = floor.receive(site, grain, "100", site.rack(), null);
        assertThat(fromMemory(lot, Direction.FORWARD).shipments()).isEmpty();

        List<Trace.Shipment> seenInside = transaction.execute(status -> {
            movements.ship(context(), new Movements.ShipStock(lot, Quantity.of("5", "KG"),
                    new Place(site.rack(), null), site.customer(), References.NONE, List.of()));
            List<Trace.Shipment> inside = genealogy.trace(new TraceRequest(Direction.FORWARD, List.of(lot), null))
                    .shipments();
            status.setRollbackOnly();
            return inside;
        });

        assertThat(seenInside).hasSize(1);
        assertThat(fromMemory(lot, Direction.FORWARD).shipments()).isEmpty();
        assertThat(fromMemory(lot, Direction.FORWARD)).isEqualTo(fromDatabase(fromDatabase, lot, Direction.FORWARD));
    }

    private TraceAssembler.Reached fromMemory(String lot, Direction direction) {
        List<Long> roots = List.of(lots.lot(lot).id());
        return fromMemory.assemble(roots, genealogy.walk(roots, direction, null, true), direction,
                null);
    }

    private TraceAssembler.Reached fromDatabase(TraceAssembler assembler, String lot, Direction direction) {
        List<Long> roots = List.of(lots.lot(lot).id());
        return assembler.assemble(roots, genealogy.walk(roots, direction, null, false), direction,
                null);
    }

    private static BookingContext context() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}

package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.LotFlows;
import io.lotline.genealogy.TraceRequest;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.EntryType;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The books of a lot answered from memory for its mass balance say exactly what the database says, after every kind
 * of booking that moves stock or says where it is: receipts, blends (consumption and output), transfers, counts,
 * scrap, shipments and their reversal, returns, holds, attribute corrections, and bookings that were rolled back.
 */
class LotFlowsFromMemoryIT extends IntegrationTest {
    @Autowired
    Production production;

    @Autowired
    Movements movements;

    @Autowired
    Genealogy genealogy;

    @Autowired
    LotFactsCache memory;

    @Autowired
    LotFactsReader reader;

    @Autowired
    Lots lots;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void after_every_booking_the_books_from_memory_equal_the_books_read_from_the_database() {
        LotFactsCache database = new LotFactsCache(reader, () -> 0L,
                new TraceProperties("sql", new TraceProperties.Cache(0)));
        Random random = new Random(20261121);
        Floor.Site site = floor.aSite();
        Item grain = floor.anItem().register();
        List<String> lotNumbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lotNumbers.add(floor.receive(site, grain, "1000", site.rack(), null));
        }
        Place rack = new Place(site.rack(), null);
        Place dock = new Place(site.dock(), null);
        List<Long> shipments = new ArrayList<>();
        Map<Long, String> shippedLots = new HashMap<>();
        Map<Long, Integer> unreturned = new HashMap<>();
        int booked = 0;
        for (int step = 0; step < 150; step++) {
            String lot = lotNumbers.get(random.nextInt(lotNumbers.size()));
            try {
                switch (random.nextInt(11)) {
                    case 0, 1 -> {
                        String other = lotNumbers.get(random.nextInt(lotNumbers.size()));
                        List<Input> inputs = new ArrayList<>(List.of(new Input(lot, Quantity.of("0.5", "KG"), rack,
                                List.of())));
                        if (!other.equals(lot)) {
                            inputs.add(new Input(other, Quantity.of("0.25", "KG"), rack, List.of()));
                        }
                        String into = random.nextInt(4) == 0 ? lotNumbers.get(random.nextInt(lotNumbers.size()))
                                : null;
                        var made = production.merge(context(), new MergeLots(inputs, into, rack, "test"));
                        if (into == null) {
                            lotNumbers.add(made.lots().get(0).lotNumber());
                        }
                    }
                    case 2 -> {
                        long shipped = movements.ship(context(), new Movements.ShipStock(lot,
                                Quantity.of("0.2", "KG"), rack, site.customer(),
                                new References(null, "SO-" + step, null, null, "DN-" + step), List.of()))
                                .entries().get(0).id();
                        shipments.add(shipped);
                        shippedLots.put(shipped, lot);
                        unreturned.put(shipped, 4);
                    }
                    case 3 -> {
                        if (!shipments.isEmpty()) {
                            movements.reverse(context(), new Movements.ReverseEntry(
                                    shipments.remove(random.nextInt(shipments.size())), "shipped by mistake"));
                        }
                    }
                    case 4 -> movements.scrap(context(), new Movements.ScrapStock(lot, Quantity.of("0.1", "KG"),
                            rack, List.of(), "DAMAGED", null));
                    case 5 -> movements.transfer(context(), new Movements.TransferStock(lot,
                            Quantity.of("0.3", "KG"), rack, dock, List.of(), null, null));
                    case 6 -> movements.count(context(), new Movements.CountStock(lot, dock,
                            Quantity.of(new BigDecimal(random.nextInt(3)), grain.baseUnit()), List.of(), "cycle count"));
                    case 7 -> {
                        // a customer returns only what it was shipped: 0.05 KG at a time of a 0.2 KG shipment
                        Long shipped = shipments.isEmpty() ? null : shipments.get(random.nextInt(shipments.size()));
                        if (shipped != null && unreturned.get(shipped) > 0) {
                            movements.receiveReturn(context(), new Movements.ReturnStock(shippedLots.get(shipped),
                                    Quantity.of("0.05", "KG"), rack, site.customer(), References.NONE, List.of(),
                                    "DAMAGED"));
                            unreturned.merge(shipped, -1, Integer::sum);
                        }
                    }
                    case 8 -> {
                        if (step % 4 == 0) {
                            movements.changeStatus(context(), new Movements.ChangeLotStatus(lot, LotStatus.ON_HOLD,
                                    "complaint"));
                        }
                    }
                    case 9 -> transaction.executeWithoutResult(status -> {
                        movements.scrap(context(), new Movements.ScrapStock(lot, Quantity.of("0.4", "KG"), rack,
                                List.of(), "DAMAGED", null));
                        assertThat(books(genealogy.flows(List.of(lot))).get(lot).out())
                                .as("inside the booking").containsKey(EntryType.SCRAP);
                        status.setRollbackOnly();
                    });
                    default -> movements.correct(context(), new Movements.CorrectLotAttribute(lot,
                            LotAttribute.SUPPLIER_LOT, "S-" + step, "typo on the delivery note"));
                }
                booked++;
            } catch (LotlineException refused) {
                // a blend that closes a cycle, a lot drained, empty or on hold: refused, nothing booked
            }
            long[] ids = lotNumbers.stream().mapToLong(number -> lots.lot(number).id()).toArray();
            assertThat(sorted(memory.flows(ids))).as("step %d", step).isEqualTo(sorted(database.flows(ids)));
        }
        assertThat(booked).as("most steps booked something").isGreaterThan(75);
    }

    @Test
    void the_books_of_a_trace_cover_every_lot_it_reaches_and_balance_in_and_out_with_what_is_on_hand() {
        Floor.Site site = floor.aSite();
        Item grain = floor.anItem().register();
        String wheat = floor.receive(site, grain, "100", site.rack(), null);
        Place rack = new Place(site.rack(), null);
        String flour = production.merge(context(), new MergeLots(List.of(new Input(wheat, Quantity.of("40", "KG"),
                rack, List.of())), null, rack, "milled")).lots().get(0).lotNumber();
        movements.ship(context(), new Movements.ShipStock(flour, Quantity.of("15", "KG"), rack, site.customer(),
                References.NONE, List.of()));

        Map<String, LotFlows> books = books(genealogy.flows(new TraceRequest(Direction.FORWARD, List.of(wheat), null)));

        assertThat(books).containsOnlyKeys(wheat, flour);
        assertThat(books.get(wheat).in().get(EntryType.RECEIPT)).isEqualByComparingTo("100");
        assertThat(books.get(wheat).out().get(EntryType.ISSUE)).isEqualByComparingTo("40");
        assertThat(books.get(wheat).onHand()).isEqualByComparingTo("60");
        assertThat(books.get(flour).in().get(EntryType.OUTPUT)).isEqualByComparingTo("40");
        assertThat(books.get(flour).out().get(EntryType.SHIPMENT)).isEqualByComparingTo("15");
        assertThat(books.get(flour).onHand()).isEqualByComparingTo("25");
        assertThat(books.get(flour).unit()).isEqualTo(grain.baseUnit());
    }

    private static Map<String, LotFlows> books(List<LotFlows> flows) {
        return flows.stream().collect(java.util.stream.Collectors.toMap(LotFlows::lotNumber, lot -> lot));
    }

    private static List<LotFlows> sorted(List<LotFlows> flows) {
        return flows.stream().sorted(Comparator.comparing(LotFlows::lotNumber)).toList();
    }

    private static BookingContext context() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }
}

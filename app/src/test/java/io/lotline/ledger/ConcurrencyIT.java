package io.lotline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.ledger.Movements.ReverseEntry;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.AtOnce;
import io.lotline.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many scanners at once: stock is never taken twice, numbers are never given twice, a retry never books twice. */
class ConcurrencyIT extends IntegrationTest {
    private static final int CLIENTS = 8;

    @Autowired
    Movements movements;

    @Autowired
    Receiving receiving;

    @Autowired
    Ledger ledger;

    @Test
    void eight_clients_taking_the_same_pallet_at_once_never_take_more_than_is_there() throws Exception {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String lot = floor.receive(site, flour, "100", site.dock(), "LP-C-" + Floor.next());
        String pallet = ledger.dossier(lot).balances().get(0).pallet();
        List<Callable<Booking>> takes = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            takes.add(() -> movements.transfer(new BookingContext(UUID.randomUUID().toString(), null),
                    new TransferStock(lot, Quantity.of("30", "KG"), new Place(site.dock(), pallet),
                            new Place(site.rack(), null), List.of(), null, null)));
        }

        List<Object> outcomes = AtOnce.run(takes);

        assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(InsufficientStock.class::isInstance).hasSize(CLIENTS - 3);
        LotDossier dossier = ledger.dossier(lot);
        assertThat(dossier.balances()).extracting(b -> b.location() + "=" + b.quantity())
                .containsExactlyInAnyOrder(site.dock() + "=10 KG", site.rack() + "=90 KG");
        assertThat(dossier.history()).filteredOn(e -> e.type() == EntryType.TRANSFER).hasSize(3);
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void eight_reversals_of_one_entry_at_once_book_one_and_refuse_the_others_by_name() throws Exception {
        Floor.Site site = floor.aSite();
        Item oats = floor.anItem().register();
        String lot = floor.receive(site, oats, "100", site.dock(), "LP-R-" + Floor.next());
        String pallet = ledger.dossier(lot).balances().get(0).pallet();
        Entry moved = movements.transfer(new BookingContext(UUID.randomUUID().toString(), null),
                new TransferStock(lot, Quantity.of("40", "KG"), new Place(site.dock(), pallet),
                        new Place(site.rack(), null), List.of(), null, null)).entries().get(0);
        List<Callable<Booking>> reversals = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            reversals.add(() -> movements.reverse(new BookingContext(UUID.randomUUID().toString(), null),
                    new ReverseEntry(moved.id(), "Moved to the wrong rack")));
        }

        List<Object> outcomes = AtOnce.run(reversals);

        assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(EntryAlreadyReversed.class::isInstance).hasSize(CLIENTS - 1);
        LotDossier dossier = ledger.dossier(lot);
        assertThat(dossier.balances()).extracting(b -> b.location() + "=" + b.quantity())
                .containsExactly(site.dock() + "=100 KG");
        assertThat(dossier.history()).filteredOn(e -> e.type() == EntryType.CORRECTION).hasSize(1);
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void receipts_booked_at_the_same_moment_get_distinct_lot_numbers() throws Exception {
        Floor.Site site = floor.aSite();
        Item salt = floor.anItem().register();
        List<Callable<GoodsReceived>> receipts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            receipts.add(() -> receiving.receive(new BookingContext(UUID.randomUUID().toString(), null),
                    new ReceiveGoods(site.supplier(), "PO-C", List.of(line(salt, site), line(salt, site)))));
        }

        List<Object> outcomes = AtOnce.run(receipts);

        assertThat(outcomes).allMatch(GoodsReceived.class::isInstance);
        List<String> numbers = outcomes.stream().map(GoodsReceived.class::cast)
                .flatMap(r -> r.lots().stream()).map(GoodsReceived.ReceivedLot::lotNumber).toList();
        assertThat(numbers).hasSize(2 * CLIENTS).doesNotHaveDuplicates();
    }

    @Test
    void the_same_idempotency_key_sent_by_two_clients_at_once_books_once() throws Exception {
        Floor.Site site = floor.aSite();
        Item sugar = floor.anItem().register();
        String key = UUID.randomUUID().toString();
        ReceiveGoods receipt = new ReceiveGoods(site.supplier(), "PO-K", List.of(line(sugar, site)));
        List<Callable<GoodsReceived>> twice = List.of(
                () -> receiving.receive(new BookingContext(key, null), receipt),
                () -> receiving.receive(new BookingContext(key, null), receipt));

        List<Object> outcomes = AtOnce.run(twice);

        List<GoodsReceived> answers = outcomes.stream().filter(GoodsReceived.class::isInstance)
                .map(GoodsReceived.class::cast).toList();
        assertThat(answers).isNotEmpty();
        assertThat(answers).extracting(GoodsReceived::receiptId).containsOnly(answers.get(0).receiptId());
        assertThat(jdbc.sql("select count(*) from ledger_entries where command_id = ?")
                .param(answers.get(0).receiptId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from lots where item_id = ?").param(sugar.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    private static ReceiveGoods.Line line(Item item, Floor.Site site) {
        return new ReceiveGoods.Line(item.sku(), new Quantity(BigDecimal.TEN, item.baseUnit()), null, null, null,
                null, new Place(site.dock(), null), List.of(), List.of(), null, null);
    }
}

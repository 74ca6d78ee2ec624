package io.lotline.picking;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.ledger.Place;
import io.lotline.ledger.ReservedStock;
import io.lotline.lots.LotStatus;
import io.lotline.picking.OrderCommands.ConfirmPick;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.OrderLine;
import io.lotline.picking.OrderCommands.ShipOrder;
import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;
import io.lotline.support.AtOnce;
import io.lotline.support.Floor;
import io.lotline.support.Waiting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waves of allocations at the same moment on the same stock: no balance is ever reserved beyond what lies there,
 * every kilogram is handed out exactly once, and the orders that come too late hear so.
 */
class PickingConcurrencyIT extends PickingIntegrationTest {
    private static final int CLIENTS = 8;

    @Autowired
    Picking picking;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AvailableStock available;

    private String enter(OrderLine... lines) {
        String code = "SO-C-" + Floor.next();
        picking.enter(key(), new EnterCustomerOrder(code, site.customer(), inDays(1), List.of(lines)));
        return code;
    }

    private static OrderLine kg(Item item, String amount) {
        return new OrderLine(item.sku(), Quantity.of(amount, "KG"), null, null, null);
    }

    private List<Object> wave(List<String> orders) throws Exception {
        List<Callable<PickList>> allocations = new ArrayList<>();
        for (String order : orders) {
            allocations.add(() -> picking.allocate(key(), order));
        }
        return AtOnce.run(allocations);
    }

    private List<String> orders(int count, Supplier<String> enter) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(enter.get());
        }
        return orders;
    }

    @Test
    void concurrent_allocation_waves_never_reserve_the_same_stock_twice() throws Exception {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Item salt = shelf.item(PickingStrategy.FIFO);
        for (int lot = 0; lot < 6; lot++) {
            String pallet = Shelf.pallet();
            String number = shelf.lotOf(flour).expiringInDays(10 + lot % 3).on(site.rack(), pallet).put("50");
            shelf.move(number, "25", new Place(site.rack(), pallet),
                    new Place(site.rack(), Shelf.pallet()));
        }
        for (int lot = 0; lot < 4; lot++) {
            shelf.lotOf(salt).receivedDaysAgo(lot % 2).on(site.rack(), Shelf.pallet()).put("50");
        }

        // Flour 300 KG on 12 pallets, salt 200 KG on 4. Wave 1 asks 120 + 120, wave 2 120 + 120 (salt first),
        // wave 3 120 of flour: 360 KG of flour and 240 KG of salt are asked for.
        List<Object> first = wave(orders(CLIENTS, () -> enter(kg(flour, "15"), kg(salt, "15"))));
        List<Object> second = wave(orders(CLIENTS, () -> enter(kg(salt, "15"), kg(flour, "15"))));
        List<Object> third = wave(orders(CLIENTS, () -> enter(kg(flour, "15"))));

        assertThat(first).allMatch(PickList.class::isInstance);
        // 80 KG of salt is left for wave 2: five orders get 15, one gets 5 and says it is short, two get nothing.
        assertThat(second).filteredOn(PickList.class::isInstance).hasSize(6);
        assertThat(second).filteredOn(PickList.class::isInstance).map(PickList.class::cast)
                .filteredOn(PickList::shortAllocated).hasSize(1);
        assertThat(second).filteredOn(NothingEligible.class::isInstance).hasSize(2);
        // 300 - 120 - 90 = 90 KG of flour is left for wave 3: six orders get 15, two get nothing.
        assertThat(third).filteredOn(PickList.class::isInstance).hasSize(6);
        assertThat(third).filteredOn(NothingEligible.class::isInstance).hasSize(2);

        assertThat(overReserved()).isEmpty();
        assertThat(reserved(flour)).isEqualByComparingTo("300");
        assertThat(reserved(salt)).isEqualByComparingTo("200");
    }

    @Test
    void an_allocation_that_waited_for_another_order_on_the_same_stock_takes_the_next_lot()
            throws Exception {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String first = shelf.lotOf(flour).expiringInDays(10).on(site.rack(), Shelf.pallet()).put("50");
        String second = shelf.lotOf(flour).expiringInDays(20).on(site.rack(), Shelf.pallet()).put("50");
        String early = enter(kg(flour, "50"));
        String late = enter(kg(flour, "50"));

        // The early order takes the first lot and holds its transaction open; the late order comes while the first
        // lot still looks free, and waits for the item's lock.
        HeldOpen<PickList> both = whileAllocationIsOpen(early,
                () -> picking.allocate(key(), late));

        assertThat(both.allocation().picks()).extracting(PickList.Pick::lotNumber).containsExactly(first);
        assertThat(both.next().picks()).extracting(PickList.Pick::lotNumber).containsExactly(second);
        assertThat(both.next().shortAllocated()).isFalse();
        assertThat(overReserved()).isEmpty();
        assertThat(reserved(flour)).isEqualByComparingTo("100");
    }

    @Test
    void a_shipment_of_picks_waits_until_an_allocation_of_its_item_has_ended() throws Exception {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        shelf.lotOf(flour).expiringInDays(10).on(site.rack(), pallet).put("50");
        shelf.lotOf(flour).expiringInDays(20).on(site.rack(), Shelf.pallet()).put("50");
        String shipped = enter(kg(flour, "20"));
        PickList toShip = picking.allocate(key(), shipped);
        picking.confirm(key(), shipped, toShip.picks().get(0).pick(), new ConfirmPick(pallet, null, false));
        String allocating = enter(kg(flour, "60"));

        // The shipment takes the picked stock and gives back its reservation at once: while an allocation of the
        // same item is under way, it waits for the item's lock rather than commit between the allocation's reads.
        HeldOpen<Shipment> both = whileAllocationIsOpen(allocating,
                () -> picking.ship(key(), shipped, new ShipOrder(null)));

        assertThat(both.allocation().shortAllocated()).isFalse();
        assertThat(both.next().lines()).hasSize(1);
        assertThat(overReserved()).isEmpty();
        assertThat(reserved(flour)).isEqualByComparingTo("60");
    }

    @Test
    void a_transfer_waits_until_an_allocation_of_its_item_has_ended_and_leaves_what_it_reserved() throws Exception {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        String lot = shelf.lotOf(flour).expiringInDays(10).on(site.rack(), pallet).put("50");
        String order = enter(kg(flour, "30"));

        // The transfer of the whole pallet comes while the allocation has reserved 30 KG of it but not committed:
        // the stock still looks free, so the transfer waits for the item's lock and then finds the reservation.
        HeldOpen<String> both = whileAllocationIsOpen(order, () -> {
            try {
                movements.transfer(key(), new TransferStock(lot, Quantity.of("50", "KG"),
                        new Place(site.rack(), pallet), new Place(site.dock(), null), List.of(), null, null));
                return "moved";
            } catch (ReservedStock refused) {
                return refused.getMessage();
            }
        });

        assertThat(both.allocation().picks()).extracting(PickList.Pick::lotNumber).containsExactly(lot);
        assertThat(both.next()).contains("of which 30 KG is reserved for order " + order);
        assertThat(overReserved()).isEmpty();
        assertThat(reserved(flour)).isEqualByComparingTo("30");
    }

    @Test
    void a_lot_put_on_hold_while_an_allocation_of_its_item_is_under_way_gives_back_what_it_reserved()
            throws Exception {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String lot = shelf.lotOf(flour).expiringInDays(10).on(site.rack(), Shelf.pallet()).put("50");
        String order = enter(kg(flour, "30"));

        // The hold comes while the allocation has reserved 30 KG of the lot but not committed: it waits for the
        // item's lock, so when it gives back the lot's reservations it sees this one too.
        HeldOpen<Booking> both = whileAllocationIsOpen(order, () -> movements.changeStatus(key(),
                new ChangeLotStatus(lot, LotStatus.ON_HOLD, "Swollen pack")));

        assertThat(both.allocation().picks()).extracting(PickList.Pick::lotNumber).containsExactly(lot);
        assertThat(picking.pickList(order).picks()).extracting(PickList.Pick::status)
                .containsExactly(PickStatus.RELEASED);
        assertThat(reserved(flour)).isEqualByComparingTo("0");
    }

    @Test
    void a_substitute_scanned_while_a_hold_of_the_allocated_lot_is_under_way_waits_and_finds_the_pick_released()
            throws Exception {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String palletA = Shelf.pallet();
        String palletB = Shelf.pallet();
        shelf.lotOf(flour).expiringInDays(20).on(site.rack(), palletA).put("40");
        shelf.lotOf(flour).expiringInDays(20).on(site.rack(), palletB).put("40");
        String order = enter(kg(flour, "20"));
        PickList.Pick pick = picking.allocate(key(), order).picks().get(0);
        String otherPallet = pick.pallet().equals(palletA) ? palletB : palletA;

        // The hold has locked the item in the ledger when the operator scans the other pallet as a substitute. The
        // substitution waits for the item's lock before it locks the pick, so the hold gives the pick back and the
        // operator hears that it is no longer open. Locking the pick first, each would wait for the other.
        Waiting.Both<Booking, String> both = Waiting.whileHeldOpen(transaction, jdbc, holdOpen -> {
            available.lockAndRead(List.of(flour.id()));
            holdOpen.run();
            return movements.changeStatus(key(), new ChangeLotStatus(pick.lotNumber(), LotStatus.ON_HOLD,
                    "Swollen pack"));
        }, () -> {
            try {
                picking.confirm(key(), order, pick.pick(), new ConfirmPick(otherPallet, null, true));
                return "confirmed";
            } catch (Conflict refused) {
                return refused.rule();
            }
        });

        assertThat(both.first().entries()).hasSize(1);
        assertThat(both.second()).isEqualTo("pick-open");
        assertThat(reserved(flour)).isEqualByComparingTo("0");
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }

    /** What an allocation held open answered, and what the client that had to wait for it got afterwards. */
    private record HeldOpen<T>(PickList allocation, T next) {
    }

    /**
     * Allocates the order and holds its transaction open until {@code next}, started meanwhile by a second client,
     * waits for a lock; then lets both finish.
     */
    private <T> HeldOpen<T> whileAllocationIsOpen(String order, Callable<T> next) throws Exception {
        Waiting.Both<PickList, T> both = Waiting.whileHeldOpen(transaction, jdbc, holdOpen -> {
            PickList list = picking.allocate(key(), order);
            holdOpen.run();
            return list;
        }, next);
        return new HeldOpen<>(both.first(), both.second());
    }

    /**
     * Balances of this test's site with more reserved than lies there; none, if no stock was taken twice. (Other tests
     * may leave such a balance on purpose: a count records what it finds, whatever is reserved.)
     */
    private List<String> overReserved() {
        return jdbc.sql("""
                        select b.lot_id, b.location_id, b.container_id, b.quantity, sum(r.quantity) as reserved
                          from stock_balances b
                          join stock_reservations r on r.lot_id = b.lot_id and r.location_id = b.location_id
                                                   and r.container_id = b.container_id
                          join locations l on l.id = b.location_id
                         where l.code in (?, ?)
                         group by b.lot_id, b.location_id, b.container_id, b.quantity
                        having sum(r.quantity) > b.quantity""")
                .params(site.rack(), site.dock())
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(3) + ": " + rs.getBigDecimal(5) + " > "
                        + rs.getBigDecimal(4)).list();
    }

    private BigDecimal reserved(Item item) {
        return jdbc.sql("select coalesce(sum(quantity), 0) from stock_reservations where item_id = ?").param(item.id())
                .query(BigDecimal.class).single();
    }
}

package io.lotline.picking.internal;

import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Idempotency;
import io.lotline.picking.CustomerOrder;
import io.lotline.picking.OrderClosed;
import io.lotline.picking.OrderCommands.CancelOrder;
import io.lotline.picking.OrderCommands.ConfirmPick;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.ShipOrder;
import io.lotline.picking.OrderStatus;
import io.lotline.picking.OrderSummary;
import io.lotline.picking.PickList;
import io.lotline.picking.Picking;
import io.lotline.picking.Shipment;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.identity.CurrentActor;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer orders from entry to shipment, each command once per idempotency key and in one transaction. A command on
 * an order locks it first, so allocation, picks, cancellation and shipment of one order take turns; a cancelled or
 * shipped order refuses them all.
 */
@Service
@Transactional
class PickingService implements Picking {
    private final CustomerOrders orders;
    private final OrderDesk desk;
    private final Allocations allocations;
    private final PickConfirmations confirmations;
    private final Shipping shipping;
    private final OrderViews views;
    private final Idempotency idempotency;
    private final CurrentActor actor;
    private final Clock clock;

    PickingService(CustomerOrders orders, OrderDesk desk, Allocations allocations,
                   PickConfirmations confirmations, Shipping shipping, OrderViews views, Idempotency idempotency,
                   CurrentActor actor, Clock clock) {
        this.orders = orders;
        this.desk = desk;
        this.allocations = allocations;
        this.confirmations = confirmations;
        this.shipping = shipping;
        this.views = views;
        this.idempotency = idempotency;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public CustomerOrder enter(BookingContext context, EnterCustomerOrder command) {
        return once(context, "customer-order", command, CustomerOrder.class, () -> {
            desk.enter(command);
            return order(command.code());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerOrder order(String code) {
        return views.order(find(code));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderSummary> orders(OrderStatus status, PageRequest page) {
        return orders.page(status, page);
    }

    @Override
    public PickList allocate(BookingContext context, String order) {
        return once(context, "allocation:" + order, order, PickList.class, () -> {
            OrderRow row = open(order);
            CustomerOrders.ToAllocate needs = orders.toAllocate(row);
            OrderLines lines = views.lines(row, needs.rows());
            Allocations.Allocated allocated = allocations.allocate(row, lines, needs);
            if (allocated.walk() != null) {
                return views.pickList(row, lines, allocated.skippedByLine(), allocated.walk());
            }
            return allocated.everyLine() ? views.pickList(row, lines, allocated.skippedByLine())
                    : views.pickList(row, lines);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public PickList pickList(String order) {
        return views.pickList(find(order));
    }

    @Override
    public PickList confirm(BookingContext context, String order, long pick, ConfirmPick command) {
        return once(context, "pick:" + order + ":" + pick, command, PickList.class, () -> {
            OrderRow row = open(order);
            confirmations.confirm(row, pick, command);
            return views.pickList(row);
        });
    }

    @Override
    public CustomerOrder cancel(BookingContext context, String order, CancelOrder command) {
        return once(context, "cancellation:" + order, command, CustomerOrder.class, () -> {
            OrderRow row = open(order);
            allocations.giveBack(row);
            orders.cancel(row.id(), command.reason(), clock.instant(), actor.current().username());
            return order(order);
        });
    }

    @Override
    public Shipment ship(BookingContext context, String order, ShipOrder command) {
        return once(context, "shipment:" + order, command, Shipment.class,
                () -> shipping.ship(open(order), command, context));
    }

    private OrderRow find(String code) {
        return orders.find(code).orElseThrow(() -> new Unknown("customer order", "order", code));
    }

    /** The order, locked, if it is still open. */
    private OrderRow open(String code) {
        OrderRow row = orders.lock(code).orElseThrow(() -> new Unknown("customer order", "order", code));
        if (row.status() != OrderStatus.OPEN) {
            throw new OrderClosed(code, row.status());
        }
        return row;
    }

    private <T> T once(BookingContext context, String operation, Object command, Class<T> type, Supplier<T> work) {
        return idempotency.once(context.idempotencyKey(), operation,
                List.of(command, String.valueOf(context.occurredAt())), type, work);
    }
}

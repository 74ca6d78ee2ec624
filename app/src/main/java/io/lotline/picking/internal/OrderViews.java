package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.catalog.PickingStrategy;
import io.lotline.lots.Lots;
import io.lotline.picking.CustomerOrder;
import io.lotline.picking.OrderStatus;
import io.lotline.picking.PickList;
import io.lotline.picking.PickStatus;
import io.lotline.picking.SkippedLot;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.picking.internal.Picks.PickRow;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Shows an order as the order desk reads it, and as the handheld reads it (the pick list). */
@Component
class OrderViews {
    private final CustomerOrders orders;
    private final Picks picks;
    private final SkippedStock skipped;
    private final Catalog catalog;
    private final Lots lots;

    OrderViews(CustomerOrders orders, Picks picks, SkippedStock skipped, Catalog catalog, Lots lots) {
        this.orders = orders;
        this.picks = picks;
        this.skipped = skipped;
        this.catalog = catalog;
        this.lots = lots;
    }

    CustomerOrder order(OrderRow order) {
        OrderLines ordered = lines(order);
        Party customer = ordered.customer();
        List<PickRow> all = picks.ofOrder(order.id());
        List<CustomerOrder.Line> lines = ordered.lines().stream().map(line -> {
            Item item = ordered.item(line);
            UnitOfMeasure unit = item.baseUnit();
            List<PickRow> ofLine = all.stream().filter(pick -> pick.lineNo() == line.lineNo()).toList();
            BigDecimal covered = sum(ofLine, PickRow::covers);
            return new CustomerOrder.Line(line.lineNo(), item.sku(), item.description(), line.quantity(),
                    new Quantity(line.baseQuantity(), unit),
                    line.requestedLotId() == null ? null : lots.lot(line.requestedLotId()).number().value(),
                    strategy(line, item), line.strategySetBy(), line.strategyReason(), new Quantity(covered, unit),
                    new Quantity(sum(ofLine.stream().filter(p -> p.status() == PickStatus.PICKED
                            || p.status() == PickStatus.SHIPPED).toList(), PickRow::picked), unit),
                    new Quantity(sum(ofLine.stream().filter(p -> p.status() == PickStatus.SHIPPED).toList(),
                            PickRow::picked), unit),
                    shortfall(order, line, covered, unit));
        }).toList();
        return new CustomerOrder(order.code(), customer.code(), customer.name(), order.shipDate(), order.status(),
                lines, order.deliveryNote(), order.createdAt(), order.createdBy(), order.closedAt(), order.closedBy(),
                order.cancelReason());
    }

    /** The customer, the lines and their items, each read once. */
    OrderLines lines(OrderRow order) {
        return lines(order, orders.lines(order.id()));
    }

    /** The same for lines read already. */
    OrderLines lines(OrderRow order, List<LineRow> lines) {
        Map<Long, Item> items = catalog.items(lines.stream().map(LineRow::itemId).collect(Collectors.toSet()));
        return new OrderLines(catalog.party(order.customerId()), lines, items);
    }

    PickList pickList(OrderRow order) {
        return pickList(order, lines(order));
    }

    /** The pick list in walking order, and per line what it covers, what it misses and what it skipped. */
    PickList pickList(OrderRow order, OrderLines lines) {
        return pickList(order, lines, skipped.of(order.id()));
    }

    /** The pick list, with what each line skipped known already (an allocation of every line just stored it). */
    PickList pickList(OrderRow order, OrderLines lines, Map<Integer, List<SkippedLot>> skippedByLine) {
        return pickList(order, lines, skippedByLine, picks.walk(order.id()));
    }

    /** The pick list, with its picks known already (an allocation just made every pick of the order). */
    PickList pickList(OrderRow order, OrderLines lines, Map<Integer, List<SkippedLot>> skippedByLine,
                      List<PickList.Pick> walk) {
        List<PickList.LineState> states = lines.lines().stream().map(line -> {
            Item item = lines.item(line);
            BigDecimal covered = walk.stream().filter(pick -> pick.line() == line.lineNo())
                    .map(pick -> Picks.covers(pick.status(), pick.quantity().amount(),
                            pick.picked() == null ? null : pick.picked().amount()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new PickList.LineState(line.lineNo(), item.sku(), strategy(line, item),
                    new Quantity(line.baseQuantity(), item.baseUnit()), new Quantity(covered, item.baseUnit()),
                    shortfall(order, line, covered, item.baseUnit()),
                    skippedByLine.getOrDefault(line.lineNo(), List.of()), item.asBooked(line.quantity()));
        }).toList();
        boolean shortAllocated = states.stream().anyMatch(line -> !line.shortfall().isZero());
        Map<Integer, LineRow> byLine = lines.lines().stream().collect(Collectors.toMap(LineRow::lineNo, l -> l));
        List<PickList.Pick> shown = walk.stream().map(pick -> {
            LineRow line = byLine.get(pick.line());
            return line == null ? pick : pick.withAsBooked(lines.item(line).asBookedIn(line.quantity().unit(),
                    pick.quantity()));
        }).toList();
        return new PickList(order.code(), lines.customer().code(), order.shipDate(), order.status(), shortAllocated,
                shown, states);
    }

    static PickingStrategy strategy(LineRow line, Item item) {
        return line.strategy() == null ? item.pickingStrategy() : line.strategy();
    }

    /** What the line still misses; a cancelled order misses nothing, a shipped one what it shipped short. */
    private static Quantity shortfall(OrderRow order, LineRow line, BigDecimal covered, UnitOfMeasure unit) {
        BigDecimal missing = order.status() == OrderStatus.CANCELLED ? BigDecimal.ZERO
                : line.baseQuantity().subtract(covered).max(BigDecimal.ZERO);
        return new Quantity(missing, unit);
    }

    private static BigDecimal sum(List<PickRow> rows, Function<PickRow, BigDecimal> amount) {
        return rows.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

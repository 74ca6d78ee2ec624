package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.AvailableStock;
import io.lotline.lots.Lots;
import io.lotline.picking.MoreThanAllocated;
import io.lotline.picking.OrderCommands.ConfirmPick;
import io.lotline.picking.PickStatus;
import io.lotline.picking.ScanRefused;
import io.lotline.picking.domain.PickTarget;
import io.lotline.picking.domain.Refusal;
import io.lotline.picking.domain.Scan;
import io.lotline.picking.domain.ScanCheck;
import io.lotline.picking.domain.StockPosition;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.picking.internal.Picks.PickRow;
import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Confirms a pick by what the operator scanned. A scan that matches the pick confirms the quantity picked (the whole
 * pick unless less is given; the rest of a short pick is given back in the ledger); a scan of anything else is refused
 * with what it is and what was expected, and nothing changes, unless the operator offers it as a substitute.
 */
@Component
class PickConfirmations {
    private final Picks picks;
    private final PickableStock stock;
    private final Substitutions substitutions;
    private final Catalog catalog;
    private final Lots lots;
    private final AvailableStock available;
    private final CurrentActor actor;
    private final Clock clock;

    PickConfirmations(Picks picks, PickableStock stock, Substitutions substitutions, AvailableStock available,
                      Catalog catalog, Lots lots, CurrentActor actor, Clock clock) {
        this.picks = picks;
        this.stock = stock;
        this.available = available;
        this.substitutions = substitutions;
        this.catalog = catalog;
        this.lots = lots;
        this.actor = actor;
        this.clock = clock;
    }

    void confirm(OrderRow order, long pickId, ConfirmPick command) {
        // A confirmation that may give stock back (a short pick) or reserve other stock (a substitute) has the ledger
        // lock the item before it locks the pick, as a hold does before it releases the picks of its lot.
        List<StockPosition> itemStock = command.substitute() || command.quantity() != null
                ? picks.find(order.id(), pickId).map(found -> stock.lockAndRead(List.of(catalog.item(found.itemId())))
                        .get(found.itemId())).orElse(List.of())
                : List.of();
        PickRow pick = picks.lock(order.id(), pickId).orElseThrow(() -> new Unknown("pick", "pick", pickId));
        if (pick.status() != PickStatus.RESERVED) {
            throw new Conflict("pick", pickId, "pick-open", "Pick " + pickId + " of order " + order.code() + " is "
                    + pick.status().name().toLowerCase() + " already; only a reserved pick is confirmed");
        }
        Item item = catalog.item(pick.itemId());
        Quantity allocated = new Quantity(pick.allocated(), item.baseUnit());
        Quantity quantity = command.quantity() == null ? allocated : item.toBase(command.quantity(), "quantity.unit");
        Scan scan = Scan.read(command.scan());
        StockPosition allocatedAt = stock.at(pick.at(), item);
        Optional<Refusal> mismatch = ScanCheck.check(scan, new PickTarget(allocatedAt.lotNumber(),
                allocatedAt.location(), allocatedAt.pallet(), item.sku(), item.gtin() == null ? null
                : item.gtin().value(), lots.lot(allocatedAt.lotId()).supplierLot()));
        if (mismatch.isPresent() && (!command.substitute() || mismatch.get().rule().equals(ScanCheck.WRONG_ITEM))) {
            throw new ScanRefused(scan.shown(), mismatch.get().rule(), mismatch.get().reason() + whatIsThere(scan));
        }
        if (allocated.isLessThan(quantity)) {
            throw new MoreThanAllocated(pickId, command.quantity(), item.asBooked(command.quantity()),
                    item.asBookedIn(command.quantity().unit(), allocated));
        }
        if (mismatch.isPresent()) {
            substitutions.substitute(order, pick, allocatedAt, item, scan, quantity, itemStock);
        } else {
            if (quantity.isLessThan(allocated)) {
                available.reduce(pick.id(), quantity.amount());
            }
            picks.confirm(pickId, quantity.amount(), scan.shown(), clock.instant(), actor.current().username());
        }
    }

    /** For a scanned pallet, what it holds: the operator sees at once which lot or item they have in front of them. */
    private String whatIsThere(Scan scan) {
        String pallet = scan.sscc() != null ? scan.sscc() : scan.gs1() ? null : scan.text();
        List<String> held = pallet == null ? List.of() : stock.onPallet(pallet);
        return held.isEmpty() ? "" : ". Pallet " + pallet + " holds " + String.join(", ", held);
    }
}

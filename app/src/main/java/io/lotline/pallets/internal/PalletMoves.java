package io.lotline.pallets.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.PartyRole;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets.MovePallet;
import io.lotline.pallets.Pallets.ShipPallet;
import io.lotline.shared.InvalidInput;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns the move or shipment of an outer pallet into one posting per lot and place on it and on every pallet inside
 * it, booked as one ledger command: the whole load moves, or nothing does. Each lot stays on its own pallet, and
 * serial-numbered units move by name.
 */
@Component
class PalletMoves {
    private final Ledger ledger;
    private final Lots lots;
    private final Catalog catalog;
    private final Nesting nesting;

    PalletMoves(Ledger ledger, Lots lots, Catalog catalog, Nesting nesting) {
        this.nesting = nesting;
        this.ledger = ledger;
        this.lots = lots;
        this.catalog = catalog;
    }

    Booking transfer(BookingContext context, PalletContents load, MovePallet command) {
                    if (command.to() == null || command.to().isBlank()) {
                        throw new InvalidInput("to", command.to(), "required", "Name the location the pallet goes to");
                    }
                    long to = catalog.location(command.to()).id();
                    List<Posting> postings = load.allLots().stream().map(balance -> {
                        PlaceIds from = from(balance);
                        if (from.locationId() == to) {
                            throw new InvalidInput("to", command.to(), "to-differs-from-from",
                                    "Pallet " + load.code() + " already stands at " + command.to());
                        }
                        Lot lot = lots.lot(balance.lotNumber());
                        return Posting.transfer(lot.id(), lot.itemId(), balance.quantity(), balance.quantity(), from,
                                        new PlaceIds(to, from.containerId()), context.occurredAt())
                                .withReason(command.reasonCode()).withNote(command.note())
                                .withSerials(nesting.serialsAt(lot.id(), from.locationId(), from.containerId()));
                    }).toList();
                    return ledger.post(postings);
    }

    Booking ship(BookingContext context, PalletContents load, ShipPallet command) {
                    long customer = catalog.party(command.customer(), PartyRole.CUSTOMER, "customer").id();
                    return ledger.post(load.allLots().stream().map(balance -> {
                        Lot lot = lots.lot(balance.lotNumber());
                        PlaceIds from = from(balance);
                        return Posting.shipment(lot.id(), lot.itemId(), balance.quantity(), balance.quantity(), from,
                                        customer, command.references(), context.occurredAt())
                                .withSerials(nesting.serialsAt(lot.id(), from.locationId(), from.containerId()));
                    }).toList());
    }

    private PlaceIds from(Balance balance) {
        return new PlaceIds(catalog.location(balance.location()).id(), catalog.container(balance.pallet()).id());
    }
}

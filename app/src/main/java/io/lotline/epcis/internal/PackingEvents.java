package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import io.lotline.ledger.Balance;
import io.lotline.ledger.BookingContext;
import io.lotline.lots.Lots;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets;
import io.lotline.pallets.Pallets.PackPallets;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Sscc;
import io.lotline.shared.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * An aggregation (or association) event at one of Lotline's own places whose parent is a pallet's SSCC packs its
 * child SSCCs onto it (ADD), unpacks them (DELETE; all of them where none are named), or confirms what is on it
 * (OBSERVE), as the floor would through {@link Pallets}. A packing the rules refuse refuses the document; an event
 * elsewhere, or about something other than pallets, is kept and packs nothing, with the reason.
 */
@Component
class PackingEvents {
    private final KnownIdentifiers known;
    private final Pallets pallets;
    private final Lots lots;

    PackingEvents(KnownIdentifiers known, Pallets pallets, Lots lots) {
        this.lots = lots;
        this.known = known;
        this.pallets = pallets;
    }

    static boolean packs(CapturedEvent event) {
        return "AggregationEvent".equals(event.type()) || "AssociationEvent".equals(event.type());
    }

    EventBooking book(CapturedEvent event) {
        JsonNode body = known.body(event);
        Optional<Sscc> parent = Gs1Keys.sscc(body.path("parentID").asString(null));
        if (parent.isEmpty()) {
            return EventBooking.notBooked(event.index(), event.eventId(), "The parent is no pallet's SSCC");
        }
        Optional<String> place = event.bizLocation() == null
                ? Optional.of("The event names no business location: kept as a partner's event")
                : known.notOurPlace(event.bizLocation());
        if (place.isPresent()) {
            return EventBooking.notBooked(event.index(), event.eventId(), place.get());
        }
        List<String> children = new ArrayList<>();
        body.path("childEPCs").forEach(epc -> Gs1Keys.sscc(epc.asString()).ifPresent(s -> children.add(s.value())));
        String pallet = parent.get().value();
        BookingContext context = new BookingContext("epcis:" + event.contentHash(), event.eventTime().toInstant());
        try {
            switch (event.action()) {
                case "ADD" -> {
                    if (children.isEmpty()) {
                        return EventBooking.notBooked(event.index(), event.eventId(), "No child is a pallet's SSCC; "
                                + "lots come onto a pallet by receipts and transfers");
                    }
                    pallets.pack(context, pallet, new PackPallets(children, event.key()));
                }
                case "DELETE" -> pallets.unpack(context, pallet, new PackPallets(children.isEmpty()
                        ? pallets.contents(pallet).pallets().stream().map(PalletContents::code).toList()
                        : children, event.key()));
                default -> {
                    Optional<String> differs = known(pallet).map(contents -> observed(contents, children, body))
                            .orElse(Optional.of("Pallet " + pallet + " is not known here"));
                    if (differs.isPresent()) {
                        return EventBooking.notBooked(event.index(), event.eventId(), differs.get());
                    }
                }
            }
            return EventBooking.packed(event.index(), event.eventId(), pallet,
                    pallets.contents(pallet).allLots().stream().map(Balance::lotNumber).distinct().toList());
        } catch (LotlineException refused) {
            throw refused.within("epcisBody.eventList[" + event.index() + "]")
                    .withDetail("index", event.index()).withDetail("eventID", event.eventId());
        }
    }

    private Optional<PalletContents> known(String pallet) {
        try {
            return Optional.of(pallets.contents(pallet));
        } catch (Unknown notKnown) {
            return Optional.empty();
        }
    }

    /**
     * What an observation saw that the books do not show: a child pallet not packed here, a lot (by Lotline's number
     * or the supplier's) not on it.
     */
    private Optional<String> observed(PalletContents pallet, List<String> children, JsonNode body) {
        List<String> packed = pallet.pallets().stream().map(PalletContents::code).toList();
        for (String child : children) {
            if (!packed.contains(child)) {
                return Optional.of("Observed pallet " + child + " on pallet " + pallet.code()
                        + ", where the books do not pack it");
            }
        }
        List<String> lots = new ArrayList<>();
        pallet.allLots().forEach(balance -> {
            lots.add(balance.lotNumber());
            Optional.ofNullable(this.lots.lot(balance.lotNumber()).supplierLot()).ifPresent(lots::add);
        });
        for (JsonNode element : body.path("childQuantityList")) {
            String epcClass = element.path("epcClass").asString();
            Optional<String> lot = Gs1Keys.lotClass(epcClass).map(Gs1Keys.LotClass::lot);
            if (lot.isPresent() && !lots.contains(lot.get())) {
                return Optional.of("Observed " + epcClass + " on pallet " + pallet.code()
                        + ", where the books hold no such lot");
            }
        }
        return Optional.empty();
    }
}

package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Booking;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ReverseEntry;
import io.lotline.lots.Lots;
import io.lotline.pallets.Packing;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets;
import io.lotline.pallets.Pallets.PackPallets;
import io.lotline.shared.LotlineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event with an {@code errorDeclaration} says that an earlier event did not happen as captured: EPCIS repeats the
 * event, declared in error, instead of changing it. The event declared in error is the captured one with the same
 * content but the declaration (the same CBV event hash). What it booked is undone (ADR 54, 60, 65): each receipt,
 * shipment or scrap entry is reversed by a correction entry with the declared reason, as the REST reversal books it;
 * a production's consumptions and outputs are reversed together in one ledger command, which withdraws the genealogy
 * they made; each hold is withdrawn, the lot going back to the status it had; the pallets it packed are unpacked and
 * those it unpacked packed again, where they still lie as it left them. What the ledger or the pallets' rules refuse
 * (the received stock is gone, the output was shipped, quality decided on the held lot since) refuses the whole
 * document. A declaration of an event that booked nothing is kept, with the reason. A declaration books nothing of
 * its own kind.
 */
@Component
class ErrorDeclarations {
    private static final Set<EntryType> REVERSED = Set.of(EntryType.RECEIPT, EntryType.SHIPMENT, EntryType.SCRAP);
    private static final Set<EntryType> PRODUCED = Set.of(EntryType.ISSUE, EntryType.OUTPUT);

    private final CapturedEvents events;
    private final Ledger ledger;
    private final Movements movements;
    private final Lots lots;
    private final Pallets pallets;

    ErrorDeclarations(CapturedEvents events, Ledger ledger, Movements movements, Lots lots, Pallets pallets) {
        this.events = events;
        this.ledger = ledger;
        this.movements = movements;
        this.lots = lots;
        this.pallets = pallets;
    }

    static boolean declares(JsonNode body) {
        return body.path("errorDeclaration").isObject();
    }

    /** The CBV event hash of the event declared in error: this event's content without the declaration. */
    static String declaredHash(JsonNode body) {
        ObjectNode declared = ((ObjectNode) body).deepCopy();
        declared.remove("errorDeclaration");
        return EventHash.of(declared);
    }

    /**
     * What the declaration corrects. It reads the events captured and their bookings, this capture's included, so
     * what the capture holds is written first ({@link CapturedEvents#rowWithHash}).
     */
    List<EventBooking> book(EventRow row, CapturedEvent event, JsonNode body) {
        Optional<Long> declared = events.rowWithHash(declaredHash(body), row);
        if (declared.isEmpty()) {
            return notBooked(event, "No event captured before is the one declared in error"
                    + " (the same content without the errorDeclaration): the declaration is kept");
        }
        List<CapturedEvents.Outcome> outcomes = events.bookingsOf(declared.get());
        if (outcomes.isEmpty()) {
            return notBooked(event, "The event declared in error booked nothing: the declaration is kept");
        }
        Optional<CapturedEvents.Outcome> kept = outcomes.stream().filter(o -> !o.undone()).findFirst();
        if (kept.isPresent()) {
            return notBooked(event, kept.get().notCorrected());
        }
        List<EventBooking> corrections = new ArrayList<>();
        String reason = reason(event, body);
        try {
            for (CapturedEvents.Outcome outcome : outcomes) {
                if (outcome.pallet() != null) {
                    repacked(event, events.keyOf(declared.get()), events.keyOf(row.id()), outcome.pallet())
                            .ifPresent(corrections::add);
                    continue;
                }
                if (outcome.productionOrder() != null) {
                    unmade(event, declared.get(), reason).ifPresent(corrections::add);
                    continue;
                }
                for (Entry entry : ledger.ofCommand(outcome.ledgerCommand().orElseThrow())) {
                    undone(event, entry, reason).ifPresent(corrections::add);
                }
            }
        } catch (LotlineException refused) {
            throw EventStock.refusal(event, refused);
        }
        return corrections.isEmpty() ? notBooked(event, "What the event declared in error booked is corrected"
                + " already") : corrections;
    }

    /** A receipt, shipment or scrap reversed, or a hold withdrawn, unless a correction undid the entry already. */
    private Optional<EventBooking> undone(CapturedEvent event, Entry entry, String reason) {
        boolean hold = entry.type() == EntryType.STATUS_CHANGE;
        if (!(REVERSED.contains(entry.type()) || hold) || corrected(entry)) {
            return Optional.empty();
        }
        ReverseEntry command = new ReverseEntry(entry.id(), reason);
        Booking booking = hold ? movements.withdrawHold(EventStock.context(event, "withdraw:" + entry.id()), command)
                : movements.reverse(EventStock.context(event, "reverse:" + entry.id()), command);
        return Optional.of(EventBooking.moved(event.index(), event.eventId(), EventBooking.Movement.CORRECTION,
                booking.commandId(), List.of(entry.lotNumber())));
    }

    /**
     * The consumptions and outputs the declared transformation booked, reversed in one ledger command, so that it
     * takes every lock it needs at once (ADR 49); those corrected already are left out.
     */
    private Optional<EventBooking> unmade(CapturedEvent event, long declared, String reason) {
        List<Entry> made = events.commandsOf(declared).stream().flatMap(command -> ledger.ofCommand(command).stream())
                .filter(entry -> PRODUCED.contains(entry.type()) && !corrected(entry)).toList();
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Booking booking = movements.reverse(EventStock.context(event, "unmake"),
                made.stream().map(entry -> new ReverseEntry(entry.id(), reason)).toList());
        return Optional.of(EventBooking.moved(event.index(), event.eventId(), EventBooking.Movement.CORRECTION,
                booking.commandId(), made.stream().map(Entry::lotNumber).distinct().toList()));
    }

    /**
     * The pallets the declared event packed taken off the pallet again, those it unpacked packed again: each only
     * where it still lies as the event left it, so a packing changed since on the floor stays as the floor left it.
     * The packing is recorded under the declaration's own key, which differs from the declared event's even where
     * the declaration repeats its {@code eventID}.
     */
    private Optional<EventBooking> repacked(CapturedEvent event, String declaredKey, String ownKey, String pallet) {
        List<String> onIt = pallets.contents(pallet).pallets().stream().map(PalletContents::code).toList();
        List<String> packed = pallets.recordedFor(pallet, declaredKey, Packing.Action.PACK).stream()
                .filter(onIt::contains).toList();
        List<String> unpacked = pallets.recordedFor(pallet, declaredKey, Packing.Action.UNPACK).stream()
                .filter(child -> !onIt.contains(child)).toList();
        if (packed.isEmpty() && unpacked.isEmpty()) {
            return Optional.empty();
        }
        if (!packed.isEmpty()) {
            pallets.unpack(EventStock.context(event, "unpack"), pallet, new PackPallets(packed, ownKey));
        }
        if (!unpacked.isEmpty()) {
            pallets.pack(EventStock.context(event, "repack"), pallet, new PackPallets(unpacked, ownKey));
        }
        return Optional.of(EventBooking.packed(event.index(), event.eventId(), pallet,
                pallets.contents(pallet).allLots().stream().map(Balance::lotNumber).distinct().toList()));
    }

    /** Whether a correction entry reverses the entry already, or withdraws the hold. */
    private boolean corrected(Entry entry) {
        return ledger.history(lots.lot(entry.lotNumber()).id()).stream()
                .anyMatch(later -> Long.valueOf(entry.id()).equals(later.correctsEntryId()));
    }

    private static String reason(CapturedEvent event, JsonNode body) {
        String declared = Cbv.bare(body.path("errorDeclaration").path("reason").asString("no reason given"));
        String reason = "EPCIS errorDeclaration (" + declared + ") of event " + event.key();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private static List<EventBooking> notBooked(CapturedEvent event, String reason) {
        return List.of(EventBooking.notBooked(event.index(), event.eventId(), reason));
    }
}

package io.lotline.production.internal;

import io.lotline.catalog.CaptureStage;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Link;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.ledger.Posting;
import io.lotline.lots.Lot;
import io.lotline.lots.LotOrigin;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.lots.NewLot;
import io.lotline.lots.NumberingContext;
import io.lotline.production.ProducedLots;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.shared.LotNumber;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The steps every way of making lots shares: consumption postings, new lots and their output postings, and the
 * genealogy edges between every consumption and every output of the same order.
 */
@Component
class LotMaking {
    private final Catalog catalog;
    private final Lots lots;
    private final Ledger ledger;
    private final Movements movements;
    private final Genealogy genealogy;
    private final Clock clock;

    LotMaking(Catalog catalog, Lots lots, Ledger ledger, Movements movements, Genealogy genealogy, Clock clock) {
        this.catalog = catalog;
        this.lots = lots;
        this.ledger = ledger;
        this.movements = movements;
        this.genealogy = genealogy;
        this.clock = clock;
    }

    LocalDate day(BookingContext context) {
        return (context.occurredAt() == null ? clock.instant() : context.occurredAt()).atZone(clock.getZone())
                .toLocalDate();
    }

    /** An ISSUE posting taking a quantity of a lot from a place into the order. */
    Posting issue(Input input, String order, String reason, BookingContext context, String field) {
        try {
            Lot lot = lots.lot(input.lotNumber());
            Item item = catalog.item(lot.itemId());
            return Posting.issue(lot.id(), item.id(), input.quantity(), item.toBase(input.quantity(), "quantity.unit"),
                    place(input.from(), false), order, context.occurredAt()).withReason(reason)
                    .withSerials(input.serials());
        } catch (LotlineException refused) {
            throw refused.within(field);
        }
    }

    /** Registers a new lot made here and returns the OUTPUT posting that puts it at its place. */
    Posting output(NewOutput made, String order, String reason, BookingContext context) {
        Location location = catalog.location(made.to().location());
        Lot lot = lots.register(new NewLot(made.item().id(), made.lotNumber() == null ? null
                : new LotNumber(made.lotNumber()), LotOrigin.PRODUCTION, made.supplierLot(), made.supplierId(), null,
                made.productionDate(), made.expiryDate(), made.status(), List.of(),
                new NumberingContext(day(context), made.item().lotCode(),
                        catalog.site(location.site()).plantCode(), made.lineCode(), made.shiftCode()),
                made.attributes(), made.stage(), made.inheritedPolicyId()));
        return outputInto(lot, made.item(), made.quantity(), made.to(), order, reason, context, made.serials());
    }

    /** An OUTPUT posting putting a quantity into an existing lot (a merge into the silo's running lot). */
    Posting outputInto(Lot lot, Item item, Quantity quantity, Place to, String order, String reason,
                       BookingContext context, List<String> serials) {
        return Posting.output(lot.id(), item.id(), quantity, item.toBase(quantity, "quantity.unit"), place(to, true),
                order, context.occurredAt()).withReason(reason).withSerials(serials);
    }

    /** How the inputs of an order come into its outputs, in business time (ADR 16). */
    enum Mixing {
        /** Every input is part of every output, whenever each was booked: a batch, a split, a new blend. */
        BATCH,
        /** Each output holds only the inputs consumed by the time it was made, ties counted in. */
        CONTINUOUS,
        /** The inputs are poured into a lot that already exists; what is drawn from it before holds none of them. */
        POURED_IN;

        static Mixing of(Orders.OrderRow order) {
            return order.continuous() ? CONTINUOUS : BATCH;
        }

        boolean links(Entry issue, Entry output) {
            return this != CONTINUOUS || !issue.occurredAt().isAfter(output.occurredAt());
        }

        Instant enteredAt(Entry output) {
            return this == POURED_IN ? output.occurredAt() : null;
        }
    }

    /**
     * Books the postings and links every consumption of the order (booked now or before) to every output (booked
     * now or before) that {@code mixing} puts it in, except pairs already linked. {@code newLots} are the lots this
     * booking created: edges into them cannot close a cycle; edges into any other lot are checked.
     */
    Booking bookAndLink(String order, List<Posting> postings, Set<Long> newLots, Mixing mixing) {
        return bookAndLink(order, postings, newLots, mixing, null, List.of());
    }

    /**
     * As {@link #bookAndLink(String, List, Set, Mixing)}, with the status changes the booking brings (a rework
     * order's recall holds) in the same ledger command, so that it takes every lock it needs at once (ADR 49). The
     * booking answered holds the postings' entries only.
     */
    Booking bookAndLink(String order, List<Posting> postings, Set<Long> newLots, Mixing mixing,
                        BookingContext context, List<Movements.ChangeLotStatus> changes) {
        List<Entry> before = ledger.ofProductionOrder(order);
        Booking booked = changes.isEmpty() ? ledger.post(postings)
                : movements.postWithStatusChanges(context, postings, changes);
        Booking booking = new Booking(booked.commandId(), booked.entries().subList(0, postings.size()));
        List<Entry> all = new ArrayList<>(before);
        all.addAll(booking.entries());
        List<Link> links = new ArrayList<>();
        for (Entry issue : all) {
            for (Entry output : all) {
                boolean fresh = booking.entries().contains(issue) || booking.entries().contains(output);
                if (issue.type() == EntryType.ISSUE && output.type() == EntryType.OUTPUT && fresh
                        && mixing.links(issue, output)) {
                    links.add(new Link(lots.lot(issue.lotNumber()).id(), lots.lot(output.lotNumber()).id(),
                            issue.baseQuantity(), issue.id(), output.id(), order, issue.occurredAt(),
                            mixing.enteredAt(output)));
                }
            }
        }
        genealogy.link(links, newLots);
        return booking;
    }

    /** The lots created by the output postings made with {@link #output}. */
    static Set<Long> created(List<Posting> outputs) {
        Set<Long> ids = new HashSet<>();
        outputs.forEach(posting -> ids.add(posting.lotId()));
        return ids;
    }

    ProducedLots produced(String order, Booking booking) {
        List<ProducedLots.Made> made = booking.entries().stream().filter(e -> e.type() == EntryType.OUTPUT)
                .map(e -> {
                    Lot lot = lots.lot(e.lotNumber());
                    return new ProducedLots.Made(e.lotNumber(), e.sku(), e.quantity(), e.to().location(),
                            e.to().pallet(), lot.status(), lot.productionDate(), lot.expiryDate(), e.id());
                }).toList();
        return new ProducedLots(order, made, booking.entries());
    }

    private Posting.PlaceIds place(Place place, boolean registerPallet) {
        long location = catalog.location(place.location()).id();
        if (place.pallet() == null || place.pallet().isBlank()) {
            return new Posting.PlaceIds(location, 0);
        }
        return new Posting.PlaceIds(location, registerPallet ? catalog.containerFor(place.pallet()).id()
                : catalog.container(place.pallet()).id());
    }

    /**
     * A lot to be made: item, quantity, place, number (typed or generated), dates, status and origin details, and
     * its attributes: given at a production output ({@code stage}), or inherited with their policy version by a split
     * or a blend.
     */
    record NewOutput(Item item, Quantity quantity, Place to, String lotNumber, LocalDate productionDate,
                     LocalDate expiryDate, LotStatus status, String supplierLot, Long supplierId, String lineCode,
                     String shiftCode, List<String> serials, Map<String, String> attributes, CaptureStage stage,
                     Long inheritedPolicyId) {
    }
}

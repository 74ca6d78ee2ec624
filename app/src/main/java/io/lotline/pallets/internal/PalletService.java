package io.lotline.pallets.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Container;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.Ledger;
import io.lotline.pallets.Packing;
import io.lotline.pallets.Packing.Action;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets;
import io.lotline.pallets.PalletsPacked;
import io.lotline.pallets.internal.PackingRules.Candidate;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records packing and unpacking once per idempotency key, after the pallets involved are locked and checked. */
@Service
@Transactional
class PalletService implements Pallets {
    private final Catalog catalog;
    private final Ledger ledger;
    private final Nesting nesting;
    private final Idempotency idempotency;
    private final CurrentActor actor;
    private final Clock clock;
    private final PalletMoves moves;
    private final ApplicationEventPublisher events;

    PalletService(Catalog catalog, Ledger ledger, Nesting nesting, Idempotency idempotency, CurrentActor actor,
                  Clock clock, PalletMoves moves, ApplicationEventPublisher events) {
        this.events = events;
        this.catalog = catalog;
        this.ledger = ledger;
        this.nesting = nesting;
        this.idempotency = idempotency;
        this.actor = actor;
        this.clock = clock;
        this.moves = moves;
    }

    @Override
    public Packing pack(BookingContext context, String pallet, PackPallets command) {
        return once(context, "pack-pallets", pallet, command, () -> {
            Container parent = catalog.containerFor(pallet);
            List<Container> children = children(command);
            lock(parent, children);
            List<Long> ancestors = nesting.ancestorsOf(parent.id());
            PalletContents onParent = contents(parent);
            List<String> locations = new ArrayList<>(locations(onParent));
            boolean parentShipped = onParent.empty() && nesting.shipped(parent.id());
            for (int i = 0; i < children.size(); i++) {
                Container child = children.get(i);
                PalletContents onChild = contents(child);
                PackingRules.check(parent.code(), parent.id(), ancestors, locations, parentShipped,
                        new Candidate("children[" + i + "]", child.code(), child.id(), onChild.empty(),
                                nesting.shipped(child.id()), Optional.ofNullable(onChild.packedOn()),
                                locations(onChild)));
                locations.addAll(locations(onChild));
            }
            return record(context, parent, children, Action.PACK, command.eventId());
        });
    }

    @Override
    public Packing unpack(BookingContext context, String pallet, PackPallets command) {
        return once(context, "unpack-pallets", pallet, command, () -> {
            Container parent = catalog.container(pallet);
            List<Container> children = children(command);
            lock(parent, children);
            for (int i = 0; i < children.size(); i++) {
                Container child = children.get(i);
                if (!nesting.parentOf(child.id()).equals(Optional.of(parent.id()))) {
                    throw new Refused("children[" + i + "]", child.code(), "pallet-not-packed-here",
                            "Pallet " + child.code() + " is not packed on pallet " + parent.code());
                }
            }
            return record(context, parent, children, Action.UNPACK, command.eventId());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> recordedFor(String pallet, String eventId, Action action) {
        return nesting.childrenRecordedFor(catalog.container(pallet).id(), eventId, action).stream()
                .map(id -> catalog.container(id).code()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PalletContents contents(String pallet) {
        return contents(catalog.container(pallet));
    }

    @Override
    public Booking transfer(BookingContext context, String pallet, MovePallet command) {
        return idempotency.once(context.idempotencyKey(), "transfer-pallet",
                List.of(pallet, command, String.valueOf(context.occurredAt())), Booking.class,
                () -> moves.transfer(context, outer(pallet), command));
    }

    @Override
    public Booking ship(BookingContext context, String pallet, ShipPallet command) {
        return idempotency.once(context.idempotencyKey(), "ship-pallet",
                List.of(pallet, command, String.valueOf(context.occurredAt())), Booking.class,
                () -> moves.ship(context, outer(pallet), command));
    }

    /** The pallet with all it carries; a pallet packed inside another moves only with it. */
    private PalletContents outer(String pallet) {
        Container container = catalog.container(pallet);
        nesting.lock(List.of(container.id()));
        PalletContents contents = contents(container);
        if (contents.packedOn() != null) {
            throw new Refused("pallet", pallet, "pallet-packed", "Pallet " + pallet + " is packed on pallet "
                    + contents.packedOn() + "; it moves with that pallet, or is unpacked first");
        }
        if (contents.empty()) {
            throw new Refused("pallet", pallet, "pallet-empty", "Pallet " + pallet + " carries nothing");
        }
        return contents;
    }

    private PalletContents contents(Container pallet) {
        String packedOn = nesting.parentOf(pallet.id()).map(id -> catalog.container(id).code()).orElse(null);
        return tree(pallet, packedOn);
    }

    private PalletContents tree(Container pallet, String packedOn) {
        List<PalletContents> inner = nesting.childrenOf(pallet.id()).stream()
                .map(id -> tree(catalog.container(id), pallet.code())).toList();
        return new PalletContents(pallet.code(), packedOn, ledger.onPallet(pallet.code()), inner);
    }

    private static List<String> locations(PalletContents contents) {
        return contents.allLots().stream().map(Balance::location).distinct().toList();
    }

    private List<Container> children(PackPallets command) {
        if (command.children().isEmpty()) {
            throw new InvalidInput("children", List.of(), "required", "Name at least one pallet to pack or unpack");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Container> children = new ArrayList<>();
        for (int i = 0; i < command.children().size(); i++) {
            String code = command.children().get(i);
            String field = "children[" + i + "]";
            if (code == null || code.isBlank()) {
                throw new InvalidInput(field, code, "required", "A pallet code is required");
            }
            if (!seen.add(code)) {
                throw new InvalidInput(field, code, "distinct", "Pallet " + code + " is named twice");
            }
            try {
                children.add(catalog.container(code));
            } catch (Unknown unknown) {
                throw new Unknown("pallet", field, code);
            }
        }
        return children;
    }

    /** The pallet, its children and the pallets it is packed in, locked in id order. */
    private void lock(Container parent, List<Container> children) {
        Set<Long> ids = new TreeSet<>(nesting.ancestorsOf(parent.id()));
        ids.add(parent.id());
        children.forEach(child -> ids.add(child.id()));
        nesting.lock(ids);
    }

    private Packing record(BookingContext context, Container parent, List<Container> children, Action action,
                           String eventId) {
        String who = actor.current().username();
        Instant now = clock.instant();
        Instant occurred = context.occurredAt() == null ? now : context.occurredAt();
        children.forEach(child -> nesting.record(parent.id(), child.id(), action, who, occurred, now,
                context.idempotencyKey(), eventId));
        Packing packing = new Packing(parent.code(), action, children.stream().map(Container::code).toList(), who,
                occurred);
        events.publishEvent(new PalletsPacked(packing, context.idempotencyKey(), eventId));
        return packing;
    }

    private Packing once(BookingContext context, String operation, String pallet, PackPallets command,
                         Supplier<Packing> work) {
        return idempotency.once(context.idempotencyKey(), operation,
                List.of(pallet, command, String.valueOf(context.occurredAt())), Packing.class, work);
    }
}

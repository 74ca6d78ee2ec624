package io.lotline.ledger.internal;

import io.lotline.catalog.AttributeDefinition;
import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.PartyRole;
import io.lotline.ledger.AttributeChange;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.LotStatusChanged;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.lots.Lot;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotStatus;
import io.lotline.ledger.Signature;
import io.lotline.ledger.domain.StatusTransitionPolicy;
import io.lotline.lots.Lots;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns the floor's and quality's commands into postings, once per idempotency key. */
@Service
@Transactional
class MovementService implements Movements {
    private static final Set<EntryType> REVERSIBLE = Set.of(EntryType.RECEIPT, EntryType.TRANSFER, EntryType.SHIPMENT,
            EntryType.RETURN, EntryType.SCRAP, EntryType.COUNT_ADJUSTMENT, EntryType.ISSUE, EntryType.OUTPUT);

    private final Ledger ledger;
    private final LedgerEntries entries;
    private final Idempotency idempotency;
    private final Lots lots;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final BatchPolicies policies;

    MovementService(Ledger ledger, LedgerEntries entries, Idempotency idempotency, Lots lots, Catalog catalog,
                    ApplicationEventPublisher events, BatchPolicies policies) {
        this.policies = policies;
        this.ledger = ledger;
        this.entries = entries;
        this.idempotency = idempotency;
        this.lots = lots;
        this.catalog = catalog;
        this.events = events;
    }

    @Override
    public Booking transfer(BookingContext context, TransferStock c) {
        return once(context, "transfer", c, () -> ledger.post(List.of(transferPosting(context, c))));
    }

    @Override
    public Booking transfer(BookingContext context, List<TransferStock> commands) {
        return once(context, "transfers", commands, () -> ledger.post(commands.stream()
                .map(c -> transferPosting(context, c)).toList()));
    }

    private Posting transferPosting(BookingContext context, TransferStock c) {
        Lot lot = lots.lot(c.lotNumber());
        Item item = catalog.item(lot.itemId());
        if (c.from().equals(c.to())) {
            throw new InvalidInput("to.location", c.to().location(), "to-differs-from-from",
                    "A transfer goes to another location or pallet");
        }
        PlaceIds from = ids(c.from(), "from", false);
        PlaceIds to = ids(c.to(), "to", true);
        return movement(item, c.quantity(), (quantity, base) -> Posting.transfer(lot.id(), item.id(), quantity,
                base, from, to, context.occurredAt()).withReason(c.reasonCode()).withNote(c.note())
                .withSerials(c.serials()));
    }

    @Override
    public Booking scrap(BookingContext context, ScrapStock c) {
        return once(context, "scrap", c, () -> ledger.post(List.of(scrapPosting(context, c))));
    }

    @Override
    public Booking scrap(BookingContext context, List<ScrapStock> commands) {
        return once(context, "scraps", commands, () -> ledger.post(commands.stream()
                .map(c -> scrapPosting(context, c)).toList()));
    }

    private Posting scrapPosting(BookingContext context, ScrapStock c) {
        Lot lot = lots.lot(c.lotNumber());
        PlaceIds from = ids(c.from(), "from", false);
        return movement(catalog.item(lot.itemId()), c.quantity(), (quantity, base) -> Posting.scrap(lot.id(),
                lot.itemId(), quantity, base, from, context.occurredAt()).withReason(c.reasonCode())
                .withNote(c.note()).withSerials(c.serials()));
    }

    @Override
    public Booking count(BookingContext context, CountStock c) {
        return once(context, "count", c, () -> {
            Lot lot = lots.lot(c.lotNumber());
            Item item = catalog.item(lot.itemId());
            Quantity counted = item.toBase(c.counted(), "counted");
            PlaceIds at = ids(c.at(), "at", c.counted().amount().signum() > 0);
            BigDecimal books = ledger.balances(lot.id()).stream()
                    .filter(b -> b.location().equals(c.at().location())
                            && Objects.equals(b.pallet(), c.at().pallet()))
                    .map(b -> b.quantity().amount()).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal difference = counted.amount().subtract(books);
            return ledger.post(List.of(Posting.count(lot.id(), item.id(), at, difference, item.baseUnit(),
                    context.occurredAt()).withNote(c.note()).withSerials(c.serials())));
        });
    }

    @Override
    public Booking ship(BookingContext context, ShipStock c) {
        return once(context, "ship", c, () -> {
            Lot lot = lots.lot(c.lotNumber());
            long customer = catalog.party(c.customer(), PartyRole.CUSTOMER, "customer").id();
            Long consignee = c.consignee() == null ? null : catalog.consignee(c.consignee(), customer).id();
            PlaceIds from = ids(c.from(), "from", false);
            Booking shipped = ledger.post(List.of(movement(catalog.item(lot.itemId()), c.quantity(),
                    (quantity, base) -> Posting.shipment(lot.id(), lot.itemId(), quantity, base, from, customer,
                            c.references(), context.occurredAt()).withSerials(c.serials()))));
            if (consignee != null) {
                ledger.consignedTo(shipped, consignee);
            }
            return shipped;
        });
    }

    @Override
    public Booking receiveReturn(BookingContext context, ReturnStock c) {
        return once(context, "return", c, () -> {
            Lot lot = lots.lot(c.lotNumber());
            long customer = catalog.party(c.customer(), PartyRole.CUSTOMER, "customer").id();
            notMoreThanHeld(lot, catalog.item(lot.itemId()), customer, c);
            PlaceIds to = ids(c.to(), "to", true);
            return ledger.post(List.of(movement(catalog.item(lot.itemId()), c.quantity(), (quantity, base) ->
                    Posting.customerReturn(lot.id(), lot.itemId(), quantity, base, to, customer, c.references(),
                            context.occurredAt()).withReason(c.reasonCode()).withSerials(c.serials()))));
        });
    }

    /**
     * A customer returns at most what it holds of the lot: what was shipped to it less what it already returned,
     * compared in the item's base unit whatever unit either was booked in. The chain head is locked first, so two
     * returns booked at once, by any instance, are checked one after the other.
     */
    private void notMoreThanHeld(Lot lot, Item item, long customer, ReturnStock c) {
        if (c.quantity() == null) {
            return;
        }
        entries.lockHead();
        BigDecimal held = entries.heldByCustomer(lot.id(), customer);
        Quantity asked = item.toBase(c.quantity(), "quantity.unit");
        if (asked.amount().compareTo(held) > 0) {
            String amount = c.quantity().amount().stripTrailingZeros().toPlainString();
            throw new Refused("quantity", amount, "not-more-than-shipped", c.customer() + " holds "
                    + new Quantity(held.max(BigDecimal.ZERO), item.baseUnit()) + " of lot " + c.lotNumber()
                    + " (shipped, less what it returned); a return of " + item.asBooked(c.quantity())
                    + " is more than that");
        }
    }

    @Override
    public Booking changeStatus(BookingContext context, ChangeLotStatus c) {
        return once(context, "status", c, () -> postWithStatusChanges(context, List.of(), List.of(c)));
    }

    @Override
    public Booking changeStatus(BookingContext context, List<ChangeLotStatus> commands) {
        return once(context, "statuses", commands, () -> postWithStatusChanges(context, List.of(), commands));
    }

    @Override
    public Booking postWithStatusChanges(BookingContext context, List<Posting> postings,
                                         List<ChangeLotStatus> changes) {
        List<Lot> changed = new ArrayList<>();
        List<Posting> all = new ArrayList<>(postings);
        for (ChangeLotStatus c : changes) {
            Lot lot = lots.lot(c.lotNumber());
            all.add(statusPosting(context, lot, c));
            changed.add(lot);
        }
        Booking booking = ledger.post(all);
        List<Entry> statusEntries = booking.entries().subList(postings.size(), booking.entries().size());
        for (int i = 0; i < changes.size(); i++) {
            ChangeLotStatus c = changes.get(i);
            Lot lot = changed.get(i);
            if (c.status() == LotStatus.RECALLED && c.recall() != null) {
                lots.holdForRecall(lot.id(), c.recall());
            }
            LotStatus before = LotStatus.valueOf(statusEntries.get(i).change().oldValue());
            events.publishEvent(new LotStatusChanged(lot.id(), lot.number().value(), before, c.status(),
                    c.reason()));
        }
        return booking;
    }

    /**
     * The status change, checked against the status the lot has now (422 when refused); the ledger asks again under
     * the item's lock, where a decision booked meanwhile is seen (ADR 66).
     */
    private Posting statusPosting(BookingContext context, Lot lot, ChangeLotStatus c) {
        StatusTransitionPolicy.check(new StatusTransitionPolicy.Transition(lot.number().value(), lot.status(),
                lot.heldByRecall(), c.status(), c.recall())).ifPresent(rejection -> {
                    throw new Refused("status", c.status(), rejection.rule(), rejection.reason());
                });
        return Posting.statusChange(lot.id(), lot.itemId(), lot.status().name(), c.status().name(),
                context.occurredAt()).withReason(reasonCode(c)).withNote(signed(c)).forRecall(c.recall());
    }

    /** A recall's status entries say so, so the ledger shows which recall blocked or released the lot. */
    private static String reasonCode(ChangeLotStatus c) {
        if (c.recall() != null) {
            return c.signature() == null ? "RECALL" : "RECALL_SIGNED";
        }
        return c.signature() == null ? "STATUS" : "SIGNED";
    }

    /** Releasing and rejecting need a matching signature, whose manifestation becomes part of the entry. */
    private static String signed(ChangeLotStatus c) {
        boolean decision = c.status() == LotStatus.RELEASED || c.status() == LotStatus.REJECTED;
        if (decision && c.signature() == null) {
            throw new Refused("status", c.status(), "release-needs-signature",
                    "Releasing or rejecting a lot is signed by quality: POST /api/v1/lots/" + c.lotNumber()
                            + "/decision with your password and the meaning");
        }
        if (c.signature() == null) {
            return c.reason();
        }
        Signature.Meaning expected = c.status() == LotStatus.RELEASED ? Signature.Meaning.APPROVED
                : Signature.Meaning.REJECTED;
        if (!decision || c.signature().meaning() != expected) {
            throw new Refused("meaning", c.signature().meaning(), "signature-meaning-matches",
                    "A signature meaning " + c.signature().meaning() + " cannot make a lot " + c.status());
        }
        String note = c.signature().manifestation() + ". Reason: " + c.reason();
        return note.length() > 500 ? note.substring(0, 497) + "..." : note;
    }

    @Override
    public Booking reverse(BookingContext context, ReverseEntry c) {
        return once(context, "reverse", c, () -> ledger.post(List.of(reversalPosting(context, c))));
    }

    @Override
    public Booking reverse(BookingContext context, List<ReverseEntry> commands) {
        return once(context, "reversals", commands, () -> ledger.post(commands.stream()
                .map(c -> reversalPosting(context, c)).toList()));
    }

    private Posting reversalPosting(BookingContext context, ReverseEntry c) {
        Entry original = ledger.entry(c.entryId());
        if (!REVERSIBLE.contains(original.type())) {
            throw new Refused("entryId", c.entryId(), "entry-reversible", "A " + original.type()
                    + " entry is not reversed; " + (original.type() == EntryType.CORRECTION
                    ? "book the original movement again instead" : "book the opposite decision instead"));
        }
        if (original.quantity().isZero()) {
            throw new Refused("entryId", c.entryId(), "entry-reversible", "A confirmed count moved nothing");
        }
        Lot lot = lots.lot(original.lotNumber());
        Item item = catalog.item(lot.itemId());
        PlaceIds from = original.to() == null ? null : ids(original.to(), "entryId", false);
        PlaceIds to = original.from() == null ? null : ids(original.from(), "entryId", false);
        Long party = original.party() == null ? null : catalog.party(original.party(),
                original.type() == EntryType.RECEIPT ? PartyRole.SUPPLIER : PartyRole.CUSTOMER, "entryId").id();
        return Posting.reversal(original.id(), lot.id(), item.id(), original.quantity(),
                original.baseQuantity(), from, to, party, original.references(), c.reason(), context.occurredAt())
                .withSerials(original.serials());
    }

    @Override
    public Booking withdrawHold(BookingContext context, ReverseEntry c) {
        return once(context, "withdraw-hold", c, () -> {
            Entry hold = ledger.entry(c.entryId());
            if (hold.type() != EntryType.STATUS_CHANGE || !LotStatus.ON_HOLD.name().equals(hold.change().newValue())) {
                throw new Refused("entryId", c.entryId(), "entry-is-a-hold", "Entry " + c.entryId() + " is a "
                        + hold.type() + (hold.change() == null ? "" : " to " + hold.change().newValue())
                        + "; only a hold is withdrawn");
            }
            Lot lot = lots.lot(hold.lotNumber());
            Booking booking = ledger.post(List.of(Posting.holdWithdrawal(hold.id(), lot.id(), lot.itemId(),
                    hold.change().oldValue(), c.reason(), context.occurredAt())));
            events.publishEvent(new LotStatusChanged(lot.id(), lot.number().value(), LotStatus.ON_HOLD,
                    LotStatus.valueOf(hold.change().oldValue()), c.reason()));
            return booking;
        });
    }

    @Override
    public Booking correct(BookingContext context, CorrectLotAttribute c) {
        return once(context, "correct", c, () -> {
            Lot lot = lots.lot(c.lotNumber());
            String old = switch (c.attribute()) {
                case EXPIRY_DATE -> text(lot.expiryDate());
                case PRODUCTION_DATE -> text(lot.productionDate());
                case SUPPLIER_LOT -> lot.supplierLot();
            };
            String value = validated(lot, c.attribute(), c.value());
            if (Objects.equals(old, value)) {
                throw new InvalidInput("value", c.value(), "value-changes", "The lot already has this value");
            }
            return ledger.post(List.of(Posting.attributeCorrection(lot.id(), lot.itemId(),
                    new AttributeChange(c.attribute().name(), old, value), c.reason(), context.occurredAt())));
        });
    }

    @Override
    public Booking correct(BookingContext context, CorrectBatchAttribute c) {
        return once(context, "correct", c, () -> {
            Lot lot = lots.lot(c.lotNumber());
            AttributeDefinition attribute = (lot.batchPolicyId() == null ? Optional.<BatchPolicy>empty()
                    : Optional.of(policies.version(lot.batchPolicyId()))).flatMap(p -> p.attribute(c.name()))
                    .orElseThrow(() -> new InvalidInput("attribute", c.name(), "attribute-in-policy", "Lot "
                            + lot.number().value() + " was born under a batch policy that names no " + c.name()
                            + "; fixed attributes are EXPIRY_DATE, PRODUCTION_DATE and SUPPLIER_LOT"));
            attribute.check(c.value()).ifPresent(refused -> {
                throw new InvalidInput("value", refused.value(), refused.rule(), refused.reason());
            });
            String old = lot.attributes().get(c.name());
            if (c.value().equals(old)) {
                throw new InvalidInput("value", c.value(), "value-changes", "The lot already has this value");
            }
            return ledger.post(List.of(Posting.attributeCorrection(lot.id(), lot.itemId(),
                    new AttributeChange(c.name(), old, c.value()), c.reason(), context.occurredAt())));
        });
    }

    private Booking once(BookingContext context, String operation, Object command, Supplier<Booking> work) {
        return idempotency.once(context.idempotencyKey(), operation,
                List.of(command, String.valueOf(context.occurredAt())), Booking.class, work);
    }

    /** A movement of a positive quantity, given in any unit of the item and in its base unit. */
    private static Posting movement(Item item, Quantity quantity, BiFunction<Quantity, Quantity, Posting> posting) {
        if (quantity == null) {
            throw new InvalidInput("quantity", null, "required", "A quantity is required");
        }
        quantity.requirePositive("quantity");
        return posting.apply(quantity, item.toBase(quantity, "unit"));
    }

    private PlaceIds ids(Place place, String field, boolean registerPallet) {
        if (place == null || place.location() == null) {
            throw new InvalidInput(field + ".location", null, "required", "A location is required");
        }
        long location = catalog.location(place.location()).id();
        if (place.pallet() == null || place.pallet().isBlank()) {
            return new PlaceIds(location, 0);
        }
        long pallet = registerPallet ? catalog.containerFor(place.pallet()).id()
                : catalog.container(place.pallet()).id();
        return new PlaceIds(location, pallet);
    }

    private static String validated(Lot lot, LotAttribute attribute, String value) {
        if (attribute == LotAttribute.SUPPLIER_LOT) {
            if (value == null || value.isEmpty() || value.length() > 80) {
                throw new InvalidInput("value", value, "supplier-lot-length", "A supplier lot has 1-80 characters");
            }
            return value;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException notADate) {
            throw new InvalidInput("value", value, "iso-date", "A date is written YYYY-MM-DD");
        }
        LocalDate production = attribute == LotAttribute.PRODUCTION_DATE ? date : lot.productionDate();
        LocalDate expiry = attribute == LotAttribute.EXPIRY_DATE ? date : lot.expiryDate();
        if (production != null && expiry != null && expiry.isBefore(production)) {
            throw new InvalidInput("value", value, "expiry-not-before-production",
                    "The expiry date " + expiry + " would be before the production date " + production);
        }
        return date.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}

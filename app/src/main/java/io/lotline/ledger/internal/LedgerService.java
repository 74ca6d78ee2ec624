package io.lotline.ledger.internal;

import io.lotline.catalog.Catalog;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Booking;
import io.lotline.ledger.ChainLink;
import io.lotline.ledger.ChainPosition;
import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.EntriesPosted;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryAlreadyReversed;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.LotDossier;
import io.lotline.ledger.MovementRefused;
import io.lotline.ledger.Posting;
import io.lotline.ledger.RecallRework;
import io.lotline.ledger.StatusChangedMeanwhile;
import io.lotline.ledger.domain.ChainedEntry;
import io.lotline.ledger.domain.EntryHash;
import io.lotline.ledger.domain.MovementPolicy;
import io.lotline.ledger.domain.StatusTransitionPolicy;
import io.lotline.lots.Lot;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class LedgerService implements Ledger {
    /** Scanners' clocks drift; a booking dated a little ahead is accepted, one far in the future is a mistake. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final LedgerEntries entries;
    private final StockKeeper stock;
    private final Balances balances;
    private final Serials serials;
    private final Lots lots;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Availability availability;
    private final LedgerMeters meters;
    private final ShipmentConsignees consignees;
    private final Optional<RecallRework> rework;
    private final BalanceCheck balanceCheck;
    private final LedgerCheckpoints checkpoints;
    private final CheckpointKey checkpointKey;

    LedgerService(LedgerEntries entries, StockKeeper stock, Balances balances, Serials serials, Lots lots,
                  Catalog catalog, CurrentActor actor, Clock clock, ApplicationEventPublisher events,
                  Availability availability, LedgerMeters meters, ShipmentConsignees consignees,
                  Optional<RecallRework> rework, BalanceCheck balanceCheck, LedgerCheckpoints checkpoints,
                  CheckpointKey checkpointKey) {
        this.entries = entries;
        this.stock = stock;
        this.balances = balances;
        this.serials = serials;
        this.lots = lots;
        this.catalog = catalog;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
        this.availability = availability;
        this.meters = meters;
        this.consignees = consignees;
        this.rework = rework;
        this.balanceCheck = balanceCheck;
        this.checkpoints = checkpoints;
        this.checkpointKey = checkpointKey;
    }

    /**
     * Takes its locks in one order (ADR 49): the items whose stock it takes out of a place or whose lots' status it
     * changes, in item order; the balance rows it touches, in (lot, location, pallet) order; the chain head last.
     * An entry is reversed at most once (ADR 60): asked under the item locks, before stock is moved, and again under
     * the chain head's lock. A status change is asked again under the item locks, from the status read there
     * (ADR 66).
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = false)
    public Booking post(List<Posting> asked) {
        Instant now = EntryHash.storable(clock.instant());
        List<Lot> lotsPosted = new ArrayList<>();
        for (Posting posting : asked) {
            Lot lot = lots.lot(posting.lotId());
            check(posting, lot, now);
            lotsPosted.add(lot);
        }
        availability.lockForBooking(asked.stream().filter(p -> StockKeeper.mindsReservations(p)
                || p.type() == EntryType.STATUS_CHANGE).map(Posting::itemId).distinct().toList());
        refuseSecondReversals(asked);
        refuseWithdrawalsAfterDecisions(asked);
        List<Posting> postings = statusChangesFromTheStatusNow(asked);
        List<List<Long>> serialIds = stock.apply(postings, lotsPosted.stream().map(l -> l.number().value()).toList());
        for (Posting posting : postings) {
            applyToLot(posting);
        }
        String commandId = UUID.randomUUID().toString();
        String who = actor.current().username();
        LedgerEntries.ChainHead head = entries.lockHead();
        refuseSecondReversals(postings);
        for (int i = 0; i < postings.size(); i++) {
            ChainedEntry entry = chained(postings.get(i), head, commandId, who, now);
            String hash = EntryHash.of(entry);
            long id = entries.insert(entry, hash);
            serialIds.get(i).forEach(serial -> serials.link(id, serial));
            head = new LedgerEntries.ChainHead(entry.seq(), hash);
        }
        entries.moveHead(head);
        events.publishEvent(EntriesBooked.of(postings));
        meters.booked(postings);
        Booking booking = new Booking(commandId, entries.byCommand(commandId));
        events.publishEvent(new EntriesPosted(booking.entries()));
        return booking;
    }

    /**
     * Refuses a posting that reverses an entry reversed already, or reversed twice in the same list. Under the
     * chain head's lock the answer is final: a reversal committed before it is visible, none can commit meanwhile.
     * The unique index {@code ledger_entries_reversed_once} stays the database's own guard.
     */
    private void refuseSecondReversals(List<Posting> postings) {
        Set<Long> reversed = new HashSet<>();
        for (Posting posting : postings) {
            Long original = posting.correctsEntryId();
            if (original != null && (!reversed.add(original) || entries.isReversed(original))) {
                throw new EntryAlreadyReversed(original);
            }
        }
    }

    /**
     * A hold is withdrawn only while it is the lot's latest status change; asked under the item's lock, which every
     * status change takes, so a decision booked at the same moment is either seen here or waits for this booking.
     */
    private void refuseWithdrawalsAfterDecisions(List<Posting> postings) {
        for (Posting posting : postings) {
            if (posting.type() == EntryType.STATUS_CHANGE && posting.correctsEntryId() != null) {
                Entry latest = entries.latestStatusChange(posting.lotId()).orElseThrow();
                if (latest.id() != posting.correctsEntryId()) {
                    throw new MovementRefused("entryId", posting.correctsEntryId(), "no-decision-since",
                            "Lot " + latest.lotNumber() + " was made " + latest.change().newValue() + " by entry "
                                    + latest.id() + " after hold " + posting.correctsEntryId()
                                    + "; a decision taken since is not undone");
                }
            }
        }
    }

    /**
     * Reads each lot's status again under its item's lock, which every status change takes, and asks the transition
     * again from it: a decision booked meanwhile has committed by now and none can commit until this booking does.
     * A change still allowed is booked from the status the lot has; one no longer allowed is refused by name (409).
     * Several changes of one lot in the list are checked one after the other. A hold withdrawal is guarded apart.
     */
    private List<Posting> statusChangesFromTheStatusNow(List<Posting> postings) {
        record Standing(String lotNumber, LotStatus status, String heldByRecall) {
        }
        Map<Long, Standing> standing = new HashMap<>();
        List<Posting> checked = new ArrayList<>(postings.size());
        for (Posting posting : postings) {
            if (posting.type() != EntryType.STATUS_CHANGE || posting.correctsEntryId() != null) {
                checked.add(posting);
                continue;
            }
            Standing now = standing.computeIfAbsent(posting.lotId(), id -> {
                Lot lot = lots.lot(id);
                return new Standing(lot.number().value(), lot.status(), lot.heldByRecall());
            });
            LotStatus asked = LotStatus.valueOf(posting.change().oldValue());
            LotStatus to = LotStatus.valueOf(posting.change().newValue());
            StatusTransitionPolicy.check(new StatusTransitionPolicy.Transition(now.lotNumber(), now.status(),
                    now.heldByRecall(), to, posting.recall())).ifPresent(rejection -> {
                        throw new StatusChangedMeanwhile(now.lotNumber(), now.status(), asked, to, rejection.rule(),
                                rejection.reason());
                    });
            checked.add(posting.fromStatus(now.status().name()));
            standing.put(posting.lotId(), new Standing(now.lotNumber(), to,
                    to == LotStatus.RECALLED ? posting.recall() : null));
        }
        return checked;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = false)
    public void consignedTo(Booking shipment, long consigneeId) {
        shipment.entries().stream().filter(entry -> entry.type() == EntryType.SHIPMENT)
                .forEach(entry -> consignees.record(entry.id(), consigneeId));
    }

    private void check(Posting posting, Lot lot, Instant now) {
        if (posting.itemId() != lot.itemId()) {
            throw new IllegalArgumentException("Posting item " + posting.itemId() + " is not the item of lot " + lot.id());
        }
        if (posting.occurredAt() != null && posting.occurredAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("occurredAt", posting.occurredAt(), "not-in-future",
                    "A booking cannot be dated in the future");
        }
        boolean movesStock = posting.from() != null || posting.to() != null;
        if (movesStock && posting.baseQuantity() == null) {
            throw new InvalidInput("quantity", null, "required", "A movement needs a quantity");
        }
        if (movesStock && posting.type() != EntryType.COUNT_ADJUSTMENT) {
            posting.baseQuantity().requirePositive("quantity");
        }
        boolean fromQuarantine = posting.from() != null && catalog.location(posting.from().locationId()).quarantine();
        boolean toQuarantine = posting.to() != null && catalog.location(posting.to().locationId()).quarantine();
        Instant occurred = posting.occurredAt() == null ? now : posting.occurredAt();
        MovementPolicy.check(new MovementPolicy.Movement(posting.type(), lot.number().value(), lot.status(),
                        lot.expiryDate(), occurred.atZone(clock.getZone()).toLocalDate(), fromQuarantine, toQuarantine,
                        posting.reasonCode(), lot.heldByRecall(), reworkPermitted(posting, lot)))
                .ifPresent(rejection -> {
                    throw new MovementRefused("lotNumber", lot.number().value(), rejection.rule(), rejection.reason());
                });
    }

    /** A lot a recall holds is consumed only by the production order that the recall's rework disposition names. */
    private boolean reworkPermitted(Posting posting, Lot lot) {
        String order = posting.references().productionOrder();
        return posting.type() == EntryType.ISSUE && lot.status() == LotStatus.RECALLED && lot.heldByRecall() != null
                && order != null && rework.map(r -> r.permits(lot.heldByRecall(), lot.id(), order)).orElse(false);
    }

    private void applyToLot(Posting posting) {
        if (posting.change() == null) {
            return;
        }
        if (posting.type() == EntryType.STATUS_CHANGE) {
            LotStatus status = LotStatus.valueOf(posting.change().newValue());
            lots.applyStatus(posting.lotId(), status);
            if (status != LotStatus.RELEASED) {
                availability.lotBlocked(posting.lotId());
            }
        } else {
            String attribute = posting.change().attribute();
            LotAttribute.named(attribute).ifPresentOrElse(
                    fixed -> lots.applyCorrection(posting.lotId(), fixed, posting.change().newValue()),
                    () -> lots.applyBatchAttribute(posting.lotId(), attribute, posting.change().newValue()));
        }
    }

    private static ChainedEntry chained(Posting p, LedgerEntries.ChainHead head, String commandId, String actor,
                                        Instant now) {
        Quantity quantity = p.quantity();
        return new ChainedEntry(head.seq() + 1, commandId, p.type().name(), p.lotId(), p.itemId(),
                quantity == null ? null : quantity.amount(), quantity == null ? null : quantity.unit().code(),
                p.baseQuantity() == null ? null : p.baseQuantity().amount(),
                p.from() == null ? null : p.from().locationId(), container(p.from()),
                p.to() == null ? null : p.to().locationId(), container(p.to()), p.partyId(),
                p.references().purchaseOrder(), p.references().customerOrder(), p.references().shipment(),
                p.references().productionOrder(), p.references().deliveryNote(), p.reasonCode(), p.note(),
                p.change() == null ? null : p.change().attribute(), p.change() == null ? null : p.change().oldValue(),
                p.change() == null ? null : p.change().newValue(), p.correctsEntryId(),
                p.serials().isEmpty() ? null : String.join("\n", p.serials()), actor,
                EntryHash.storable(p.occurredAt() == null ? now : p.occurredAt()), now, head.hash());
    }

    private static Long container(Posting.PlaceIds place) {
        return place == null || place.containerId() == 0 ? null : place.containerId();
    }

    @Override
    public Entry entry(long id) {
        return entries.byId(id).orElseThrow(() -> new Unknown("entry", "entryId", id));
    }

    @Override
    public List<Entry> history(long lotId) {
        return entries.byLot(lotId);
    }

    @Override
    public List<Entry> ofCommand(String commandId) {
        return entries.byCommand(commandId);
    }

    @Override
    public List<Entry> ofProductionOrder(String productionOrder) {
        return entries.byProductionOrder(productionOrder);
    }

    @Override
    public List<Balance> balances(long lotId) {
        return balances.ofLot(lotId);
    }

    @Override
    public List<Balance> onPallet(String pallet) {
        return balances.onPallet(pallet);
    }

    @Override
    public Page<Balance> stock(String location, String sku, PageRequest page) {
        return balances.page(location == null ? null : catalog.location(location).id(),
                sku == null ? null : catalog.item(sku).id(), page);
    }

    @Override
    public LotDossier dossier(String lotNumber) {
        Lot lot = lots.lot(lotNumber);
        var item = catalog.item(lot.itemId());
        List<Balance> where = balances.ofLot(lot.id());
        Quantity onHand = where.stream().map(Balance::quantity)
                .reduce(new Quantity(java.math.BigDecimal.ZERO, item.baseUnit()), Quantity::plus);
        return new LotDossier(lot, item.description(), onHand, where, entries.byLot(lot.id()));
    }

    /** One snapshot for the chain and the balances, so that bookings committed meanwhile are not differences. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return verifying(Long.MAX_VALUE, walked -> { });
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(long every, LongConsumer progress) {
        return verifying(every, progress);
    }

    private ChainVerification verifying(long every, LongConsumer progress) {
        List<CheckpointDirectory.Stored> stored = checkpoints.stored();
        ChainVerifier chain = new ChainVerifier(entries, stored.stream().map(CheckpointDirectory.Stored::sequence)
                .collect(Collectors.toSet()), every, progress);
        ChainVerification verdict = chain.verify();
        BalanceCheck.Result differing = balanceCheck.run();
        return CheckpointCheck.against(verdict.withBalances(differing.differing(), differing.named()), stored,
                checkpointKey, chain.hashesAt(), chain.lastSeq());
    }

    @Override
    @Transactional(readOnly = true)
    public void walkChain(Consumer<ChainLink> visitor) {
        entries.inChainOrder(stored -> visitor.accept(new ChainLink(stored.entry().seq(),
                stored.entry().lotId(), EntryHash.canonicalFields(stored.entry()), stored.hash())));
    }

    @Override
    @Transactional(readOnly = true)
    public ChainPosition head() {
        LedgerEntries.ChainHead head = entries.head();
        return new ChainPosition(head.seq(), head.hash());
    }
}

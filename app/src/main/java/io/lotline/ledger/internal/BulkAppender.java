package io.lotline.ledger.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.ledger.BulkAppend;
import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Posting;
import io.lotline.ledger.domain.ChainedEntry;
import io.lotline.ledger.domain.EntryHash;
import io.lotline.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk path of the ledger. Checks every posting, locks and moves the balances of the lots it touches, then locks
 * the chain head (the same order as a single booking, so the two wait for each other instead of deadlocking),
 * chains the entries one after the other and writes them in bulk.
 */
@Service
class BulkAppender implements BulkAppend {
    private final LedgerEntries entries;
    private final BulkBalances balances;
    private final EntryRows rows;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LedgerMeters meters;

    BulkAppender(LedgerEntries entries, BulkBalances balances, EntryRows rows, CurrentActor actor, Clock clock,
                 ApplicationEventPublisher events, LedgerMeters meters) {
        this.entries = entries;
        this.balances = balances;
        this.rows = rows;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
        this.meters = meters;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long[] append(List<List<Posting>> commands) {
        Instant now = EntryHash.storable(clock.instant());
        List<Posting> postings = new ArrayList<>();
        commands.forEach(postings::addAll);
        if (postings.isEmpty()) {
            return new long[0];
        }
        for (int i = 0; i < postings.size(); i++) {
            check(postings.get(i), "postings[" + i + "]", now);
        }
        balances.checkItems(postings);
        balances.apply(postings);
        String who = actor.current().username();
        LedgerEntries.ChainHead head = entries.lockHead();
        long firstSeq = head.seq() + 1;
        List<ChainedEntry> chained = new ArrayList<>(postings.size());
        List<String> hashes = new ArrayList<>(postings.size());
        for (List<Posting> command : commands) {
            String commandId = CommandIds.next(now);
            for (Posting posting : command) {
                ChainedEntry entry = chained(posting, head, commandId, who, now);
                String hash = EntryHash.of(entry);
                chained.add(entry);
                hashes.add(hash);
                head = new LedgerEntries.ChainHead(entry.seq(), hash);
            }
        }
        rows.insert(chained, hashes);
        entries.moveHead(head);
        events.publishEvent(EntriesBooked.of(postings));
        meters.booked(postings);
        return rows.ids(firstSeq, head.seq());
    }

    private static void check(Posting p, String field, Instant now) {
        if (!p.serials().isEmpty()) {
            throw new InvalidInput(field + ".serials", p.serials().size(), "bulk-without-serials",
                    "Serial-numbered units are booked one command at a time, where each unit is checked");
        }
        if (p.change() != null) {
            throw new InvalidInput(field + ".change", p.change().attribute(), "bulk-without-changes",
                    "Status and attribute changes are booked one command at a time");
        }
        if (p.occurredAt() != null && p.occurredAt().isAfter(now.plus(LedgerService.CLOCK_TOLERANCE))) {
            throw new InvalidInput(field + ".occurredAt", p.occurredAt(), "not-in-future",
                    "A booking cannot be dated in the future");
        }
        boolean movesStock = p.from() != null || p.to() != null;
        if (movesStock && p.baseQuantity() == null) {
            throw new InvalidInput(field + ".quantity", null, "required", "A movement needs a quantity");
        }
        if (movesStock && p.type() != EntryType.COUNT_ADJUSTMENT) {
            p.baseQuantity().requirePositive(field + ".quantity");
        }
    }

    /** The entry exactly as a single booking would store it. */
    private static ChainedEntry chained(Posting p, LedgerEntries.ChainHead head, String commandId, String actor,
                                        Instant now) {
        return new ChainedEntry(head.seq() + 1, commandId, p.type().name(), p.lotId(), p.itemId(),
                p.quantity() == null ? null : p.quantity().amount(),
                p.quantity() == null ? null : p.quantity().unit().code(),
                p.baseQuantity() == null ? null : p.baseQuantity().amount(),
                p.from() == null ? null : p.from().locationId(), container(p.from()),
                p.to() == null ? null : p.to().locationId(), container(p.to()), p.partyId(),
                p.references().purchaseOrder(), p.references().customerOrder(), p.references().shipment(),
                p.references().productionOrder(), p.references().deliveryNote(), p.reasonCode(), p.note(),
                null, null, null, p.correctsEntryId(), null, actor,
                EntryHash.storable(p.occurredAt() == null ? now : p.occurredAt()), now, head.hash());
    }

    private static Long container(Posting.PlaceIds place) {
        return place == null || place.containerId() == 0 ? null : place.containerId();
    }
}

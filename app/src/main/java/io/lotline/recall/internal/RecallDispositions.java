package io.lotline.recall.internal;

import io.lotline.identity.Actor;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Users;
import io.lotline.ledger.Balance;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.ledger.Signature;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.recall.LotDisposition;
import io.lotline.recall.RecallCommands.Disposition;
import io.lotline.recall.RecallCommands.Dispose;
import io.lotline.shared.Refused;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The only way out for a lot a recall holds. Destroying scraps every unit of it on hand, and the lot stays blocked for
 * whatever might still come back. Reworking lets the production order named consume it; what that order makes is held
 * by the recall in turn. Releasing needs the recall closed, or the lot no longer in the recall's scope, and
 * no other open recall holding it. Both are signed by the user with the password re-entered, and both are booked in
 * the ledger under the recall's code.
 */
@Component
class RecallDispositions {
    static final String DESTROYED = "RECALL_DESTROYED";

    private final RecallRecords records;
    private final RecallAssembler assembler;
    private final Lots lots;
    private final Ledger ledger;
    private final Movements movements;
    private final Users users;
    private final CurrentActor actor;
    private final Clock clock;

    RecallDispositions(RecallRecords records, RecallAssembler assembler, Lots lots, Ledger ledger,
                       Movements movements, Users users, CurrentActor actor, Clock clock) {
        this.records = records;
        this.assembler = assembler;
        this.lots = lots;
        this.ledger = ledger;
        this.movements = movements;
        this.users = users;
        this.actor = actor;
        this.clock = clock;
    }

    /** Disposes of a lot held by the recall {@code row} (locked by the caller). */
    LotDisposition dispose(String key, RecallRecords.RecallRow row, Dispose c) {
        Actor signer = actor.current();
        if (!users.passwordMatches(signer.username(), c.password())) {
            throw new Refused("password", "(hidden)", "signature-password",
                    "The password does not match: a recall's disposition is signed with your own password");
        }
        Lot lot = lots.lot(c.lotNumber());
        boolean held = records.blocks(row.id(), lot.id()) || row.code().equals(lot.heldByRecall());
        if (!held || lot.status() != LotStatus.RECALLED) {
            throw new Refused("lotNumber", c.lotNumber(), "lot-held-by-recall", "Lot " + c.lotNumber()
                    + " is not held by recall " + row.code() + "; it is " + lot.status());
        }
        String note = row.code() + " " + c.disposition().name().toLowerCase() + ": " + c.reason();
        List<Entry> entries = switch (c.disposition()) {
            case DESTROY -> destroy(key, lot, note);
            case REWORK -> rework(row, lot, c, signer);
            case RELEASE -> release(key, row, lot, note, signer);
        };
        return new LotDisposition(row.code(), c.lotNumber(), c.disposition(), lots.lot(lot.id()).status(),
                signer.displayName(), entries, c.productionOrder());
    }

    private List<Entry> destroy(String key, Lot lot, String note) {
        List<Balance> onHand = ledger.balances(lot.id());
        if (onHand.isEmpty()) {
            throw new Refused("lotNumber", lot.number().value(), "stock-to-destroy",
                    "Lot " + lot.number().value() + " has no stock on hand to destroy");
        }
        return movements.scrap(new BookingContext(key + ":destroy", null), onHand.stream()
                .map(place -> new Movements.ScrapStock(lot.number().value(), place.quantity(),
                        new Place(place.location(), place.pallet()), List.of(), DESTROYED, note)).toList())
                .entries();
    }

    /**
     * Lets the production order named consume the lot; the lot stays blocked for everything else, and the order's
     * outputs are held by this recall when they are booked. Nothing moves now, so no entry is booked: the signed
     * rework is recorded with the recall.
     */
    private List<Entry> rework(RecallRecords.RecallRow row, Lot lot, Dispose c, Actor signer) {
        if (records.reworks(row.code(), lot.id(), c.productionOrder())) {
            throw new Refused("productionOrder", c.productionOrder(), "rework-once",
                    "Recall " + row.code() + " already lets " + c.productionOrder() + " rework lot "
                            + lot.number().value());
        }
        records.rework(row.id(), lot.id(), c.productionOrder(), c.reason(), signer.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return List.of();
    }

    private List<Entry> release(String key, RecallRecords.RecallRow row, Lot lot, String note, Actor signer) {
        boolean closed = "CLOSED".equals(row.status());
        if (!closed && assembler.scope(records.suspects(row.id()), row.widenLevels()).forward().lots().stream()
                .anyMatch(node -> node.lotNumber().equals(lot.number().value()))) {
            throw new Refused("disposition", Disposition.RELEASE, "recall-closed-or-out-of-scope",
                    "Lot " + lot.number().value() + " is in the scope of open recall " + row.code()
                            + "; it is released once the recall is closed or the lot is out of its scope");
        }
        List<String> others = records.otherOpenRecallsBlocking(lot.id(), row.id());
        if (!others.isEmpty()) {
            throw new Refused("lotNumber", lot.number().value(), "no-other-open-recall",
                    "Lot " + lot.number().value() + " is also held by open recall " + String.join(", ", others));
        }
        Signature signature = new Signature(signer.username(), signer.displayName(), Signature.Meaning.APPROVED,
                row.code() + " release", clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        return movements.changeStatus(new BookingContext(key + ":release", null),
                Movements.ChangeLotStatus.releasedBy(lot.heldByRecall(), lot.number().value(), note, signature))
                .entries();
    }
}

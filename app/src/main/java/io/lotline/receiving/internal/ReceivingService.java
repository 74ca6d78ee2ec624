package io.lotline.receiving.internal;

import io.lotline.catalog.CaptureStage;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Role;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Posting;
import io.lotline.ledger.References;
import io.lotline.lots.Lot;
import io.lotline.lots.LotOrigin;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.lots.NewLot;
import io.lotline.lots.NumberingContext;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.GoodsReceived.ReceivedLot;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.ReceiveLabel;
import io.lotline.receiving.Receiving;
import io.lotline.receiving.TlcSource;
import io.lotline.receiving.ShortShelfLife;
import io.lotline.receiving.domain.SerialRange;
import io.lotline.receiving.domain.ShelfLifeAtReceipt;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotNumber;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books a receipt as one transaction: every line's lot is created and its receipt entry appended, or nothing is.
 * A refusal names the line it comes from ({@code lines[2].expiryDate}).
 */
@Service
class ReceivingService implements Receiving {
    private final Catalog catalog;
    private final Lots lots;
    private final Ledger ledger;
    private final Idempotency idempotency;
    private final CurrentActor actor;
    private final Clock clock;
    private final ReceivedLotOrigins origins;

    ReceivingService(Catalog catalog, Lots lots, Ledger ledger, Idempotency idempotency, CurrentActor actor,
                     Clock clock, ReceivedLotOrigins origins) {
        this.origins = origins;
        this.catalog = catalog;
        this.lots = lots;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public GoodsReceived receive(BookingContext context, ReceiveLabel receipt) {
        return receive(context, LabelLines.receipt(receipt, catalog, LocalDate.now(clock)));
    }

    @Override
    @Transactional
    public GoodsReceived receive(BookingContext context, ReceiveGoods receipt) {
        return idempotency.once(context.idempotencyKey(), "receive",
                List.of(receipt, String.valueOf(context.occurredAt())), GoodsReceived.class,
                () -> book(context, receipt));
    }

    private GoodsReceived book(BookingContext context, ReceiveGoods receipt) {
        Party supplier = catalog.party(receipt.supplier(), PartyRole.SUPPLIER, "supplier");
        LocalDate day = (context.occurredAt() == null ? clock.instant() : context.occurredAt())
                .atZone(clock.getZone()).toLocalDate();
        if (receipt.dispatchedOn() != null && receipt.dispatchedOn().isAfter(day)) {
            throw new InvalidInput("dispatchedOn", receipt.dispatchedOn(), "dispatch-not-after-receipt",
                    "Goods received on " + day + " cannot have been dispatched on " + receipt.dispatchedOn());
        }
        Long consignor = receipt.consignor() == null ? null
                : catalog.party(receipt.consignor(), PartyRole.SUPPLIER, "consignor").id();
        List<Posting> postings = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < receipt.lines().size(); i++) {
            try {
                ReceiveGoods.Line line = receipt.lines().get(i);
                Posting posting = posting(line, supplier, receipt.purchaseOrder(), day, context);
                TlcSource source = line.tlcSource();
                origins.record(posting.lotId(), source == null || source.party() == null ? null
                                : catalog.party(source.party(), PartyRole.SUPPLIER, "tlcSource.party").id(),
                        source == null ? null : source.referenceType(), source == null ? null : source.reference(),
                        consignor, receipt.dispatchedOn());
                postings.add(posting);
                overrides.add(line.shelfLifeOverrideReason());
            } catch (LotlineException refused) {
                throw refused.within("lines[" + i + "]");
            }
        }
        Booking booking = ledger.post(postings);
        List<ReceivedLot> received = new ArrayList<>();
        for (int i = 0; i < booking.entries().size(); i++) {
            Entry entry = booking.entries().get(i);
            Lot lot = lots.lot(entry.lotNumber());
            received.add(new ReceivedLot(entry.lotNumber(), entry.sku(), lot.supplierLot(), entry.quantity(),
                    entry.baseQuantity(), entry.to().location(), entry.to().pallet(), lot.status(),
                    lot.productionDate(), lot.expiryDate(), entry.id(), overrides.get(i), lot.attributes()));
        }
        return new GoodsReceived(booking.commandId(), supplier.code(), receipt.purchaseOrder(), received);
    }

    private Posting posting(ReceiveGoods.Line line, Party supplier, String purchaseOrder, LocalDate day,
                            BookingContext context) {
        Item item = catalog.item(line.sku());
        Quantity base = item.toBase(line.quantity(), "quantity.unit");
        Location location = catalog.location(line.destination().location());
        long pallet = line.destination().pallet() == null || line.destination().pallet().isBlank() ? 0
                : catalog.containerFor(line.destination().pallet()).id();
        LocalDate expiry = line.expiryDate() != null ? line.expiryDate() : item.expiryFrom(line.productionDate());
        if (expiry == null && item.shelfLifeDays() != null) {
            throw new InvalidInput("expiryDate", null, "expiry-or-production-date",
                    "Item " + item.sku() + " keeps " + item.shelfLifeDays()
                            + " days: give the expiry date or the production date");
        }
        String note = shelfLife(item, expiry, day, line.shelfLifeOverrideReason());
        List<String> serials = line.serialRange() != null ? SerialRange.expand(line.serialRange()) : line.serials();
        if (item.tracking().serials() && serials.isEmpty()) {
            throw new InvalidInput("serials", null, "serials-required",
                    "Item " + item.sku() + " is tracked by serial: name the serial of every unit received");
        }
        LotStatus status = LotStatus.valueOf(item.initialLotStatus().name());
        Lot lot = lots.register(new NewLot(item.id(), line.lotNumber() == null ? null : new LotNumber(line.lotNumber()),
                LotOrigin.RECEIPT, line.supplierLot(), supplier.id(), purchaseOrder, line.productionDate(), expiry,
                status, line.certificates(), new NumberingContext(day, item.lotCode(),
                catalog.site(location.site()).plantCode(), null, null), line.attributes(), CaptureStage.RECEIPT,
                null));
        return Posting.receipt(lot.id(), item.id(), line.quantity(), base, new Posting.PlaceIds(location.id(), pallet),
                        supplier.id(), new References(purchaseOrder, null, null, null, null), context.occurredAt())
                .withReason(note == null ? null : "SHELF_LIFE_OVERRIDE").withNote(note).withSerials(serials);
    }

    /** Applies the shelf-life rule; returns the override note when quality accepted a short-dated lot. */
    private String shelfLife(Item item, LocalDate expiry, LocalDate day, String overrideReason) {
        var refusal = ShelfLifeAtReceipt.check(item.minRemainingShelfLifeAtReceiptDays(), expiry, day);
        if (refusal.isEmpty()) {
            return null;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new ShortShelfLife("expiryDate", expiry, refusal.get()
                    + ". Quality may accept it with a shelf-life override reason");
        }
        if (!actor.current().has(Role.QUALITY)) {
            throw new Refused("shelfLifeOverrideReason", overrideReason, "override-needs-quality-role",
                    "Only a user with the QUALITY role may accept a short-dated lot");
        }
        return "Shelf-life override by " + actor.current().username() + ": " + overrideReason + " (" + refusal.get()
                + ")";
    }
}

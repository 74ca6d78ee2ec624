package io.lotline.ledger.web;

import io.lotline.identity.Access;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.ReportedLate;
import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Checkpoint;
import io.lotline.ledger.Checkpoints;
import io.lotline.ledger.Entry;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.LotDossier;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.ledger.Movements.CorrectBatchAttribute;
import io.lotline.ledger.Movements.CorrectLotAttribute;
import io.lotline.ledger.Movements.CountStock;
import io.lotline.ledger.Movements.ReturnStock;
import io.lotline.ledger.Movements.ReverseEntry;
import io.lotline.ledger.Movements.ScrapStock;
import io.lotline.ledger.Movements.ShipStock;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.ledger.Movements;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotStatus;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.SupplierLot;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Movements after receipt, quality decisions, corrections, the lot dossier, stock lists and the audit chain check.
 * Every booking takes an {@code Idempotency-Key} header and, when reported late, the {@code occurredAt} time.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ledger")
class LedgerController {

    /** Names the fields left out of an answer because the caller's roles have no trace access. */
    static final String MASKED = "Lotline-Masked";

    private final Movements movements;
    private final Ledger ledger;

    private final CurrentActor actor;
    private final Checkpoints checkpoints;

    LedgerController(Movements movements, Ledger ledger, CurrentActor actor, Checkpoints checkpoints) {
        this.actor = actor;
        this.checkpoints = checkpoints;
        this.movements = movements;
        this.ledger = ledger;
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking transfer(@ReportedLate BookingContext booking, @RequestBody @Valid TransferStock command) {
        return movements.transfer(booking, command);
    }

    @PostMapping("/scraps")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking scrap(@ReportedLate BookingContext booking, @RequestBody @Valid ScrapStock command) {
        return movements.scrap(booking, command);
    }

    @PostMapping("/counts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking count(@ReportedLate BookingContext booking, @RequestBody @Valid CountStock command) {
        return movements.count(booking, command);
    }

    @PostMapping("/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking ship(@ReportedLate BookingContext booking, @RequestBody @Valid ShipStock command) {
        return movements.ship(booking, command);
    }

    @PostMapping("/returns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking receiveReturn(@ReportedLate BookingContext booking, @RequestBody @Valid ReturnStock command) {
        return movements.receiveReturn(booking, command);
    }

    @PostMapping("/lots/{lotNumber}/status")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    Booking changeStatus(BookingContext booking, @PathVariable String lotNumber,
                         @RequestBody @Valid StatusRequest request) {
        return movements.changeStatus(booking,
                new ChangeLotStatus(lotNumber, request.status(), request.reason()));
    }

    @PostMapping("/lots/{lotNumber}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.CORRECTIONS)
    Booking correct(BookingContext booking, @PathVariable String lotNumber,
                    @RequestBody @Valid CorrectionRequest request) {
        BookingContext context = booking;
        return request.attribute() == null || LotAttribute.named(request.attribute()).isPresent()
                ? movements.correct(context, new CorrectLotAttribute(lotNumber, LotAttribute.named(request.attribute())
                        .orElse(null), request.value(), request.reason()))
                : movements.correct(context, new CorrectBatchAttribute(lotNumber, request.attribute(), request.value(),
                        request.reason()));
    }

    @PostMapping("/entries/{entryId}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.CORRECTIONS)
    Booking reverse(BookingContext booking, @PathVariable long entryId,
                    @RequestBody @Valid ReasonRequest request) {
        return movements.reverse(booking, new ReverseEntry(entryId, request.reason()));
    }

    @GetMapping("/entries/{entryId}")
    @PreAuthorize(Access.ANY_USER)
    ResponseEntity<Entry> entry(@PathVariable long entryId) {
        // An entry never changes once booked (a correction is a new entry), and its chain hash names its content:
        // the hash is the ETag, and If-None-Match with it answers 304 Not Modified.
        Entry entry = ledger.entry(entryId);
        if (!actor.current().mayTrace()) {
            return ResponseEntity.ok().eTag(entry.hash() + "-masked").header(MASKED, "party")
                    .body(entry.withoutParty());
        }
        return ResponseEntity.ok().eTag(entry.hash()).body(entry);
    }

    /** Every movement of the lot; its supplier and the parties of its entries only for roles with trace access. */
    @GetMapping("/lots/{lotNumber}")
    @PreAuthorize(Access.ANY_USER)
    ResponseEntity<LotDossier> dossier(@PathVariable String lotNumber) {
        LotDossier dossier = ledger.dossier(lotNumber);
        if (!actor.current().mayTrace()) {
            return ResponseEntity.ok().header(MASKED, "lot.supplierId, history.party").body(dossier.withoutSupplyChain());
        }
        return ResponseEntity.ok(dossier);
    }

    @GetMapping("/stock")
    @PreAuthorize(Access.ANY_USER)
    Page<Balance> stock(@RequestParam(required = false) String location, @RequestParam(required = false) String sku,
                        PageRequest page) {
        return ledger.stock(location, sku, page);
    }

    @GetMapping("/ledger/verification")
    @PreAuthorize(Access.AUDIT)
    ChainVerification verify() {
        return ledger.verify();
    }

    /** Signs the chain's head now and writes it to the checkpoint directory (ADR 38). */
    @PostMapping("/ledger/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.AUDIT)
    Checkpoint checkpoint() {
        return checkpoints.write();
    }

    /** A quality decision on a lot. */
    record StatusRequest(LotStatus status, @FreeText String reason) {
    }

    /** A corrected lot attribute: a fixed one (EXPIRY_DATE, PRODUCTION_DATE, SUPPLIER_LOT) or one its policy names. */
    record CorrectionRequest(@Code String attribute, @SupplierLot String value, @FreeText String reason) {
    }

    /** Why an entry is reversed. */
    record ReasonRequest(@FreeText String reason) {
    }
}

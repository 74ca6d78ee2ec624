package io.lotline.recall.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.PartyRole;
import io.lotline.identity.Actor;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Users;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.ledger.References;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.recall.LotDisposition;
import io.lotline.recall.MassBalance;
import io.lotline.recall.RecallCommands.Acknowledge;
import io.lotline.recall.RecallCommands.CloseRecall;
import io.lotline.recall.RecallCommands.Dispose;
import io.lotline.recall.RecallCommands.OpenRecall;
import io.lotline.recall.RecallCommands.RecallReturn;
import io.lotline.recall.RecallCommands.RunMockRecall;
import io.lotline.recall.RecallCommands.Scope;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import io.lotline.shared.Conflict;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RecallService implements Recalls {
    static final int DEFAULT_TARGET_MINUTES = 240;

    private final RecallRecords records;
    private final RecallAssembler assembler;
    private final MassBalances massBalances;
    private final Lots lots;
    private final Catalog catalog;
    private final Movements movements;
    private final Ledger ledger;
    private final Idempotency idempotency;
    private final Users users;
    private final CurrentActor actor;
    private final Clock clock;
    private final StoredReports stored;
    private final RecallMail mail;
    private final RecallDispositions dispositions;
    private final MeterRegistry meters;
    private final SuspectsByAttribute byAttribute;

    RecallService(RecallRecords records, RecallAssembler assembler, MassBalances massBalances, Lots lots,
                  Catalog catalog, Movements movements, Ledger ledger, Idempotency idempotency, Users users,
                  CurrentActor actor, Clock clock, StoredReports stored, RecallMail mail,
                  RecallDispositions dispositions, MeterRegistry meters, SuspectsByAttribute byAttribute) {
        this.records = records;
        this.assembler = assembler;
        this.massBalances = massBalances;
        this.lots = lots;
        this.catalog = catalog;
        this.movements = movements;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.users = users;
        this.actor = actor;
        this.clock = clock;
        this.stored = stored;
        this.mail = mail;
        this.dispositions = dispositions;
        this.meters = meters;
        this.byAttribute = byAttribute;
    }

    @Override
    public RecallReport open(BookingContext context, OpenRecall c) {
        return idempotency.once(context.idempotencyKey(), "recall", c, RecallReport.class, () -> timed("live",
                () -> {
                    List<Long> suspects = suspects(c.scope());
                    String code = records.insert("LIVE", "RC", "OPEN", c.reason(), c.scope().widenLevels(),
                            c.scope().supplierLot(), clock.instant(), actor.current().username(),
                            suspects);
                    rememberAttributeScope(code, c.scope());
                    return report(code);
                }));
    }

    @Override
    public RecallReport confirm(BookingContext context, String code) {
        return idempotency.once(context.idempotencyKey(), "confirm:" + code, code, RecallReport.class, () -> {
            RecallRecords.RecallRow row = live(code);
            if (!"OPEN".equals(row.status())) {
                throw new Conflict("code", code, "recall-confirmed-once",
                        "Recall " + code + " is already " + row.status().toLowerCase());
            }
            RecallAssembler.Scope scope = assembler.scope(records.suspects(row.id()), row.widenLevels());
            Map<String, Lot> inScope = new LinkedHashMap<>();
            scope.forward().lots().forEach(node -> inScope.put(node.lotNumber(), lots.lot(node.lotNumber())));
            List<Movements.ChangeLotStatus> holds = inScope.values().stream()
                    .filter(lot -> lot.status().canChangeTo(LotStatus.RECALLED))
                    .map(lot -> Movements.ChangeLotStatus.recalledBy(code, lot.number().value(),
                            code + ": " + row.reason())).toList();
            // the status each lot had when it was blocked, read under its item's lock (ADR 66)
            Map<String, String> before = new LinkedHashMap<>();
            if (!holds.isEmpty()) {
                movements.changeStatus(new BookingContext(code + ":recall", null), holds).entries()
                        .forEach(entry -> before.put(entry.lotNumber(), entry.change().oldValue()));
            }
            inScope.values().stream().filter(lot -> lot.status() != LotStatus.REJECTED)
                    .forEach(lot -> records.blocked(row.id(), lot.id(),
                            before.getOrDefault(lot.number().value(), lot.status().name())));
            records.confirmed(row.id(), clock.instant(), actor.current().username());
            return report(code);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public RecallReport report(String code) {
        RecallRecords.RecallRow row = records.find(code, false)
                .orElseThrow(() -> new Unknown("recall", "code", code));
        if (StoredReports.kept(row)) {
            return stored.read(row);
        }
        return assembler.report(row, assembler.scope(records.suspects(row.id()), row.widenLevels()),
                records.returned(code), records.notices(row.id()))
                .scopedBy(records.attributeScope(row.id()).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RecallReport> list(String kind, PageRequest page) {
        List<RecallReport> reports = records.page(kind, page.size(), page.offset()).stream()
                .map(row -> report(row.code())).toList();
        return new Page<>(reports, page.page(), page.size(), records.count(kind));
    }

    @Override
    public Booking bookReturn(BookingContext context, String code, RecallReturn c) {
        return idempotency.once(context.idempotencyKey(), "recall-return:" + code, c, Booking.class,
                () -> checkedReturn(context, code, c));
    }

    private Booking checkedReturn(BookingContext context, String code, RecallReturn c) {
        RecallRecords.RecallRow row = live(code);
        if (!"CONFIRMED".equals(row.status())) {
            throw new Refused("code", code, "recall-confirmed", "Returns are booked against a confirmed, open recall");
        }
        RecallReport report = report(code);
        Lot lot = lots.lot(c.lotNumber());
        Item item = catalog.item(lot.itemId());
        List<Quantity> shipments = report.customers().stream().filter(x -> x.customer().equals(c.customer()))
                .flatMap(x -> x.shipments().stream()).filter(s -> s.lotNumber().equals(c.lotNumber()))
                .map(s -> s.quantity()).toList();
        BigDecimal shipped = shipments.stream().map(q -> item.toBase(q, "quantity").amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal back = records.returned(code).getOrDefault(c.customer() + "|" + c.lotNumber(), BigDecimal.ZERO);
        BigDecimal asked = item.toBase(c.quantity(), "quantity.unit").amount();
        if (asked.add(back).compareTo(shipped) > 0) {
            throw new Refused("quantity", c.quantity().amount().toPlainString(), "not-more-than-shipped",
                    c.customer() + " received " + asBooked(item, shipments, shipped) + " of lot " + c.lotNumber()
                            + " and has returned " + new Quantity(back, item.baseUnit()) + " under " + code + "; "
                            + item.asBooked(c.quantity()) + " more is too much");
        }
        return movements.receiveReturn(new BookingContext(context.idempotencyKey() + ":return", null),
                new Movements.ReturnStock(c.lotNumber(), c.quantity(),
                new Place(c.location(), c.pallet()), c.customer(), References.NONE, List.of(), code));
    }

    /** What was shipped, in the unit it was booked in where that was one unit: {@code 4 BAG (100 KG)}. */
    private static String asBooked(Item item, List<Quantity> shipments, BigDecimal inBase) {
        boolean oneUnit = !shipments.isEmpty()
                && shipments.stream().allMatch(q -> q.unit().equals(shipments.get(0).unit()));
        return oneUnit ? item.asBooked(shipments.stream().reduce(Quantity::plus).orElseThrow())
                : new Quantity(inBase, item.baseUnit()).toString();
    }

    @Override
    public RecallReport markNoticeSent(String code, String customer) {
        RecallRecords.RecallRow row = live(code);
        records.noticeSent(row.id(), catalog.party(customer, PartyRole.CUSTOMER, "customer").id(), clock.instant(),
                actor.current().username());
        return report(code);
    }

    @Override
    public RecallReport mailNotice(String code, String customer) {
        RecallRecords.RecallRow row = live(code);
        mail.send(report(code), customer);
        records.noticeSent(row.id(), catalog.party(customer, PartyRole.CUSTOMER, "customer").id(), clock.instant(),
                actor.current().username());
        return report(code);
    }

    @Override
    public RecallReport acknowledge(String code, Acknowledge c) {
        RecallRecords.RecallRow row = live(code);
        records.acknowledged(row.id(), catalog.party(c.customer(), PartyRole.CUSTOMER, "customer").id(),
                clock.instant(), actor.current().username(), c.note());
        return report(code);
    }

    @Override
    public LotDisposition dispose(BookingContext context, String code, Dispose c) {
        RecallRecords.RecallRow row = live(code);
        if ("OPEN".equals(row.status())) {
            throw new Refused("code", code, "recall-confirmed", "Recall " + code + " is not confirmed: it holds no lot");
        }
        return idempotency.once(context.idempotencyKey(), "disposition:" + code,
                List.of(c.lotNumber(), c.disposition().name(), c.reason(), String.valueOf(c.productionOrder())),
                LotDisposition.class,
                () -> dispositions.dispose(context.idempotencyKey(), row, c));
    }

    @Override
    public RecallReport close(BookingContext context, String code, CloseRecall c) {
        RecallRecords.RecallRow row = live(code);
        if (!"CONFIRMED".equals(row.status())) {
            throw new Refused("code", code, "recall-confirmed", "Recall " + code + " is " + row.status().toLowerCase()
                    + "; a confirmed recall is closed");
        }
        Actor signer = actor.current();
        if (!users.passwordMatches(signer.username(), c.password())) {
            throw new Refused("password", "(hidden)", "signature-password",
                    "The password does not match: closing a recall is signed with your own password");
        }
        records.closed(row.id(), clock.instant(), signer.username(), signer.displayName(), c.summary());
        return report(code);
    }

    /**
     * The drill's report is kept with the drill; the client's key remembers only the drill's code, so a retry gets the
     * same report back without a second copy of it being written.
     */
    @Override
    public RecallReport runMock(BookingContext context, RunMockRecall c) {
        List<RecallReport> drilled = new ArrayList<>(1);
        String code = idempotency.once(context.idempotencyKey(), "mock-recall-code", c, String.class, () -> {
            RecallReport report = timed("mock", () -> drill(c));
            drilled.add(report);
            return report.code();
        });
        return drilled.isEmpty() ? report(code) : drilled.get(0);
    }

    private RecallReport drill(RunMockRecall c) {
        Instant started = c.startedAt() == null ? clock.instant() : c.startedAt();
        if (started.isAfter(clock.instant())) {
            throw new Refused("startedAt", started, "not-in-future", "A drill cannot start in the future");
        }
        List<Long> suspects = suspects(c.scope());
        String code = records.insert("MOCK", "MR", "COMPLETED", c.purpose() == null ? "Mock recall" : c.purpose(),
                c.scope().widenLevels(), c.scope().supplierLot(), started, actor.current().username(),
                suspects);
        rememberAttributeScope(code, c.scope());
        RecallRecords.RecallRow row = records.find(code, true).orElseThrow();
        int target = c.targetMinutes() == null ? DEFAULT_TARGET_MINUTES : c.targetMinutes();
        RecallReport report = timed(started, target, clock, () -> assembler.report(new RecallRecords.RecallRow(
                row.id(), code, "MOCK", "COMPLETED", row.reason(), row.widenLevels(), row.supplierLot(), started, null,
                null, null, null, null, null, null, null, null),
                assembler.scope(records.suspects(row.id()), row.widenLevels()), Map.of(), Map.of())
                .scopedBy(records.attributeScope(row.id()).orElse(null)));
        records.completed(row.id(), report.completedAt(), report.elapsedMillis(), target, stored.deflated(report));
        return report;
    }

    /**
     * {@code lotline.recalls}: how long Lotline took to find a recall's scope and assemble its report, for live
     * recalls as they are opened and for mock recalls (drills). Idempotent replays are not timed again.
     */
    private RecallReport timed(String kind, Supplier<RecallReport> work) {
        return Timer.builder("lotline.recalls").description("Time to open a recall or run a mock recall")
                .tag("kind", kind).register(meters).record(work);
    }

    /**
     * A drill's report with its time: the clock stops once the report is assembled, scope, customers, stock and mass
     * balance included. Keeping the report in the history comes after.
     */
    static RecallReport timed(Instant started, int targetMinutes, Clock clock, Supplier<RecallReport> drill) {
        RecallReport assembled = drill.get();
        Instant completed = clock.instant();
        return assembled.completed(completed, Duration.between(started, completed).toMillis(), targetMinutes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MassBalance> massBalance(List<String> lotNumbers) {
        return massBalances.of(lotNumbers);
    }

    /** The suspect lots' ids: the lots named, those received under the supplier lot, those the attributes choose. */
    private List<Long> suspects(Scope scope) {
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < scope.lots().size(); i++) {
            try {
                found.add(lots.lot(scope.lots().get(i)).id());
            } catch (LotlineException unknown) {
                throw unknown.within("scope.lots[" + i + "]");
            }
        }
        if (scope.supplierLot() != null && !scope.supplierLot().isBlank()) {
            List<Lot> received = lots.lotsOfSupplierLot(scope.supplierLot());
            if (received.isEmpty()) {
                throw new Unknown("supplier lot", "scope.supplierLot", scope.supplierLot());
            }
            received.forEach(lot -> found.add(lot.id()));
        }
        found.addAll(byAttribute.of(scope));
        return found;
    }

    private void rememberAttributeScope(String code, Scope scope) {
        if (!scope.attributes().isEmpty()) {
            records.scopedBy(records.find(code, false).orElseThrow().id(),
                    new RecallReport.AttributeScope(scope.attributes(), scope.bornFrom(), scope.bornTo()));
        }
    }

    private RecallRecords.RecallRow live(String code) {
        RecallRecords.RecallRow row = records.find(code, true).orElseThrow(() -> new Unknown("recall", "code", code));
        if (!"LIVE".equals(row.kind())) {
            throw new Refused("code", code, "live-recall", code + " is a mock recall: it changes nothing");
        }
        return row;
    }
}

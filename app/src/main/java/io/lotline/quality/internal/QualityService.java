package io.lotline.quality.internal;

import io.lotline.catalog.Catalog;
import io.lotline.identity.Actor;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Users;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Signature;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Close;
import io.lotline.quality.QualityCommands.Decide;
import io.lotline.quality.QualityCommands.Dispose;
import io.lotline.quality.QualityCommands.OpenNonconformance;
import io.lotline.quality.QualityCommands.RecordResults;
import io.lotline.quality.QualityViews.DeskRules;
import io.lotline.quality.QualityViews.Document;
import io.lotline.quality.QualityViews.LotEvaluation;
import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.quality.QualityViews.SignatureRecord;
import io.lotline.quality.QualityViews.Specification;
import io.lotline.quality.ResultValue;
import io.lotline.quality.SpecParameter;
import io.lotline.quality.Verdict;
import io.lotline.quality.domain.SpecificationCheck;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Specifications, results and signed decisions. Documents and non-conformances are in {@link Documents} and
 * {@link NonconformanceDesk}; this class implements the facade and hands those over.
 */
@Service
@Transactional
class QualityService implements Quality {
    private final QualityRecords records;
    private final Documents documents;
    private final NonconformanceDesk desk;
    private final Catalog catalog;
    private final Lots lots;
    private final Movements movements;
    private final Idempotency idempotency;
    private final Users users;
    private final CurrentActor actor;
    private final Clock clock;
    private final DeskRules rules;

    QualityService(QualityRecords records, Documents documents, NonconformanceDesk desk, Catalog catalog, Lots lots,
                   Movements movements, Idempotency idempotency, Users users, CurrentActor actor, Clock clock,
                   QualityProperties quality, DocumentProperties documentSettings) {
        this.records = records;
        this.documents = documents;
        this.desk = desk;
        this.catalog = catalog;
        this.lots = lots;
        this.movements = movements;
        this.idempotency = idempotency;
        this.users = users;
        this.actor = actor;
        this.clock = clock;
        this.rules = new DeskRules(quality.nonconformanceHoldsLots(), documentSettings.maxBytes());
    }

    @Override
    public Specification defineSpecification(String sku, List<SpecParameter> parameters) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) == null) {
                throw new InvalidInput("parameters[" + i + "]", null, "required", "Each parameter is an object");
            }
            if (!names.add(parameters.get(i).parameter())) {
                throw new InvalidInput("parameters[" + i + "].parameter", parameters.get(i).parameter(),
                        "parameter-unique", "Each parameter is named once");
            }
        }
        records.replaceSpecification(catalog.item(sku).id(), parameters);
        return specification(sku);
    }

    @Override
    @Transactional(readOnly = true)
    public Specification specification(String sku) {
        return new Specification(sku, records.specification(catalog.item(sku).id()));
    }

    @Override
    public LotEvaluation recordResults(String lotNumber, RecordResults command) {
        Lot lot = lots.lot(lotNumber);
        if (command.documentId() != null && !records.documentLot(command.documentId()).map(id -> id == lot.id())
                .orElse(false)) {
            throw new Unknown("document of this lot", "documentId", command.documentId());
        }
        List<SpecParameter> specification = records.specification(lot.itemId());
        for (int i = 0; i < command.results().size(); i++) {
            ResultValue value = command.results().get(i);
            String field = "results[" + i + "].parameter";
            SpecParameter spec = specification.stream().filter(s -> s.parameter().equals(value.parameter()))
                    .findFirst().orElseThrow(() -> new InvalidInput(field, value.parameter(),
                            "parameter-in-specification", "The specification of " + lot.sku() + " has no parameter '"
                            + value.parameter() + "'"));
            records.insertResult(lot.id(), value, command.source().name(), command.documentId(),
                    SpecificationCheck.judge(spec, value), actor.current().username(), clock.instant());
        }
        return evaluation(lotNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public LotEvaluation evaluation(String lotNumber) {
        Lot lot = lots.lot(lotNumber);
        List<SpecParameter> specification = records.specification(lot.itemId());
        List<Verdict> verdicts = SpecificationCheck.evaluate(specification, records.latestResults(lot.id()));
        return new LotEvaluation(lot.number().value(), lot.status().name(),
                SpecificationCheck.releasable(specification, verdicts), verdicts, records.results(lot.id()),
                records.documents(lot.id()), records.signatures(lot.id()));
    }

    @Override
    public SignatureRecord decide(BookingContext context, String lotNumber, Decide decision) {
        return idempotency.once(context.idempotencyKey(), "decision:" + lotNumber, decision.withoutPassword(),
                SignatureRecord.class, () -> sign(context, lotNumber, decision));
    }

    private SignatureRecord sign(BookingContext context, String lotNumber, Decide decision) {
        Actor signer = actor.current();
        if (!users.passwordMatches(signer.username(), decision.password())) {
            throw new Refused("password", "(hidden)", "signature-password",
                    "The password does not match: a signature is given with the signer's own password");
        }
        LotEvaluation evaluation = evaluation(lotNumber);
        boolean approving = decision.meaning() == Signature.Meaning.APPROVED;
        if (approving && !evaluation.releasable() && decision.overrideReason() == null) {
            throw new Refused("lotNumber", lotNumber, "specification-met",
                    "Lot " + lotNumber + " does not meet its specification; release it only with an override reason")
                    .withDetail("verdicts", failingRequired(lots.lot(lotNumber).itemId(), evaluation.verdicts()));
        }
        Signature signature = new Signature(signer.username(), signer.displayName(), decision.meaning(),
                decision.comment(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                approving && !evaluation.releasable() ? decision.overrideReason() : null);
        Booking booking = movements.changeStatus(new BookingContext(context.idempotencyKey() + ":status", null),
                new Movements.ChangeLotStatus(lotNumber, approving ? LotStatus.RELEASED : LotStatus.REJECTED,
                        decision.comment() == null ? decision.meaning().name() : decision.comment(), signature));
        records.insertSignature(lots.lot(lotNumber).id(), booking.entries().get(0).id(), signature);
        return new SignatureRecord(signature.printedName(), signature.username(), signature.meaning(),
                signature.comment(), signature.overrideReason(), signature.signedAt(), booking.entries().get(0).id());
    }

    /** The required parameters that block a release: failing or missing. */
    private List<Verdict> failingRequired(long itemId, List<Verdict> verdicts) {
        Set<String> required = new HashSet<>();
        records.specification(itemId).stream().filter(SpecParameter::required)
                .forEach(spec -> required.add(spec.parameter()));
        return verdicts.stream().filter(v -> v.outcome() != Verdict.Outcome.PASS && required.contains(v.parameter()))
                .toList();
    }

    @Override
    public Document upload(String lotNumber, String kind, String filename, byte[] content) {
        return documents.upload(lots.lot(lotNumber), kind, filename, content);
    }

    @Override
    public DeskRules rules() {
        return rules;
    }

    @Override
    @Transactional(readOnly = true)
    public Document document(long id) {
        return documents.document(id);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return documents.content(id);
    }

    @Override
    public Nonconformance open(BookingContext context, OpenNonconformance command) {
        return idempotency.once(context.idempotencyKey(), "nonconformance", command, Nonconformance.class,
                () -> desk.open(context, command));
    }

    @Override
    public Nonconformance dispose(String code, Dispose command) {
        return desk.dispose(code, command);
    }

    @Override
    public Nonconformance close(String code, Close command) {
        return desk.close(code, command);
    }

    @Override
    @Transactional(readOnly = true)
    public Nonconformance nonconformance(String code) {
        return desk.find(code);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Nonconformance> nonconformances(String status, PageRequest page) {
        return desk.page(status, page);
    }
}

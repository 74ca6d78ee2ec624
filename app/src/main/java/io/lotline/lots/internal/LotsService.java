package io.lotline.lots.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.DuplicateCode;
import io.lotline.catalog.Item;
import io.lotline.identity.CurrentActor;
import io.lotline.lots.DuplicateLotNumber;
import io.lotline.lots.Lot;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.lots.NewLot;
import io.lotline.lots.NumberingContext;
import io.lotline.lots.RegisteredLot;
import io.lotline.lots.domain.LotNumberPattern;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class LotsService implements Lots {
    /** Used to generate numbers while no format is configured: L261121-0001. */
    static final LotNumberFormatDefinition BUILT_IN =
            new LotNumberFormatDefinition("BUILT-IN", "L{YY}{MM}{DD}-{SEQ:4}", "used until a default is defined", false);

    private final LotRecords records;
    private final Formats formats;
    private final Catalog catalog;
    private final BatchPolicies policies;
    private final CurrentActor actor;
    private final Clock clock;

    LotsService(LotRecords records, Formats formats, Catalog catalog, BatchPolicies policies, CurrentActor actor,
                Clock clock) {
        this.policies = policies;
        this.records = records;
        this.formats = formats;
        this.catalog = catalog;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Lot register(NewLot lot) {
        Item item = catalog.item(lot.itemId());
        Long policy = bornUnder(lot, policies.current(lot.itemId()));
        String number;
        if (lot.number() != null) {
            number = lot.number().value();
            checkGiven(item, number, lot.context());
        } else {
            number = generate(configuredFormat(item).orElse(BUILT_IN), lot.context());
        }
        return lot(records.insert(lot, number, policy, clock.instant(), actor.current().username()));
    }

    /**
     * The batch policy version the lot is born under, after checking its attributes against it: the item's current
     * policy, or the version a lot split or blended from others inherits with their attributes.
     */
    private Long bornUnder(NewLot lot, Optional<BatchPolicy> current) {
        Optional<BatchPolicy> policy = lot.inheritedPolicyId() != null
                ? Optional.of(policies.version(lot.inheritedPolicyId())) : current;
        policy.map(p -> p.check(lot.attributes(), lot.stage()))
                .orElseGet(() -> BatchPolicy.unknownIn(lot.attributes(), List.of()))
                .ifPresent(refused -> {
                    throw new InvalidInput("attributes." + refused.attribute(), refused.value(), refused.rule(),
                            refused.reason());
                });
        return policy.map(BatchPolicy::id).orElse(null);
    }

    @Override
    @Transactional
    public List<RegisteredLot> registerAll(List<NewLot> lots) {
        Map<Long, Optional<BatchPolicy>> currentPolicies = new HashMap<>();
        List<Long> policyIds = lots.stream()
                .map(lot -> bornUnder(lot, currentPolicies.computeIfAbsent(lot.itemId(), policies::current)))
                .toList();
        List<String> numbers = new BulkNumbering(formats, records, this::formatOf).numbers(lots);
        List<Long> ids = records.insertAll(lots, numbers, policyIds, clock.instant(), actor.current().username());
        List<RegisteredLot> registered = new ArrayList<>(lots.size());
        for (int i = 0; i < lots.size(); i++) {
            registered.add(new RegisteredLot(ids.get(i), new LotNumber(numbers.get(i))));
        }
        return registered;
    }

    @Override
    public void checkNumbersLeft(List<NewLot> lots) {
        new BulkNumbering(formats, records, this::formatOf).checkNumbersLeft(lots);
    }

    @Override
    public void checkNewNumber(long itemId, String number, NumberingContext context) {
        checkGiven(catalog.item(itemId), new LotNumber(number).value(), context);
    }

    private void checkGiven(Item item, String number, NumberingContext context) {
        configuredFormat(item).ifPresent(format -> LotNumberPattern.parse(format.pattern()).check(number, context)
                .ifPresent(failure -> {
                    throw new InvalidInput("lotNumber", number, "lot-number-format",
                            "Lot number does not follow format " + format.code() + " (" + format.pattern()
                                    + "): " + failure);
                }));
        if (records.numberTaken(number)) {
            throw new DuplicateLotNumber("lotNumber", number);
        }
    }

    /** The format that numbers the item's lots: its own, the company default, or the built-in one. */
    private LotNumberFormatDefinition formatOf(long itemId) {
        return configuredFormat(catalog.item(itemId)).orElse(BUILT_IN);
    }

    private Optional<LotNumberFormatDefinition> configuredFormat(Item item) {
        if (item.lotNumberFormat() != null) {
            return Optional.of(formats.byCode(item.lotNumberFormat()).orElseThrow(() ->
                    new Unknown("lot number format", "lotNumberFormat", item.lotNumberFormat())));
        }
        return formats.companyDefault();
    }

    private String generate(LotNumberFormatDefinition format, NumberingContext context) {
        LotNumberPattern pattern = LotNumberPattern.parse(format.pattern());
        String scope = pattern.sequenceScope(format.code(), context);
        while (true) {
            long sequence = formats.next(scope);
            if (sequence > pattern.maxSequence()) {
                throw new Refused("lotNumber", format.pattern(), "lot-sequence-exhausted",
                        "Format " + format.code() + " has no sequence number left for " + context.day()
                                + "; widen its sequence");
            }
            String number = pattern.render(context, sequence);
            if (!records.numberTaken(number)) {
                return number;
            }
        }
    }

    @Override
    public Lot lot(String number) {
        return records.byNumber(number).orElseThrow(() -> new Unknown("lot", "lotNumber", number));
    }

    @Override
    public Optional<Lot> lotWithNumber(String number) {
        return records.byNumber(number);
    }

    @Override
    public Lot lot(long id) {
        return records.byId(id).orElseThrow(() -> new Unknown("lot", "lotId", id));
    }

    @Override
    public List<Lot> lotsOfSupplierLot(String supplierLot) {
        return records.bySupplierLot(supplierLot);
    }

    @Override
    public Page<Lot> lots(String sku, LotStatus status, PageRequest page) {
        return lots(sku, status, Map.of(), page);
    }

    @Override
    public Page<Lot> lots(String sku, LotStatus status, Map<String, String> attributes, PageRequest page) {
        return records.page(sku == null ? null : catalog.item(sku).id(), status, attributes, page);
    }

    @Override
    public List<Long> idsOfLotsCarrying(Map<String, String> attributes, Instant bornFrom, Instant bornBefore) {
        return records.idsCarrying(attributes, bornFrom, bornBefore);
    }

    @Override
    @Transactional
    public void applyStatus(long lotId, LotStatus status) {
        records.updateStatus(lotId, status);
    }

    @Override
    @Transactional
    public void holdForRecall(long lotId, String recallCode) {
        records.holdForRecall(lotId, recallCode);
    }

    @Override
    @Transactional
    public void applyCorrection(long lotId, LotAttribute attribute, String value) {
        switch (attribute) {
            case EXPIRY_DATE -> records.updateAttribute(lotId, "expiry_date", Lots.date(value));
            case PRODUCTION_DATE -> records.updateAttribute(lotId, "production_date", Lots.date(value));
            case SUPPLIER_LOT -> records.updateAttribute(lotId, "supplier_lot", value);
        }
    }

    @Override
    @Transactional
    public void applyBatchAttribute(long lotId, String name, String value) {
        records.updateBatchAttribute(lotId, name, value);
    }

    @Override
    @Transactional
    public LotNumberFormatDefinition defineFormat(LotNumberFormatDefinition format) {
        if (format.code() == null || !format.code().matches("[A-Z0-9_-]{1,40}")) {
            throw new InvalidInput("code", format.code(), "code-format",
                    "A format code has 1-40 upper-case letters, digits, '_' or '-'");
        }
        LotNumberPattern.parse(format.pattern()).requireGs1Batch();
        if (formats.byCode(format.code()).isPresent()) {
            throw new DuplicateCode("code", format.code());
        }
        formats.insert(format);
        return formats.byCode(format.code()).orElseThrow();
    }

    @Override
    public List<LotNumberFormatDefinition> formats() {
        return formats.all();
    }
}

package io.lotline.retention.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.retention.DefineRetentionRules;
import io.lotline.retention.LotRetention;
import io.lotline.retention.Retention;
import io.lotline.retention.RetentionRule;
import io.lotline.retention.RetentionRules;
import io.lotline.retention.RuleSummary;
import io.lotline.retention.domain.RetentionPolicy;
import io.lotline.retention.domain.RetentionPolicy.Governing;
import io.lotline.retention.internal.RetainedLots.RetainedLot;
import io.lotline.shared.Conflict;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retention rules, report and archive, read from the database on every use so every instance answers alike. */
@Service
@Transactional(readOnly = true)
class RetentionService implements Retention {
    private final RetentionRuleSets ruleSets;
    private final RetainedLots lots;
    private final ArchiveBundle bundle;
    private final JdbcClient jdbc;
    private final CurrentActor actor;
    private final Clock clock;

    RetentionService(RetentionRuleSets ruleSets, RetainedLots lots, ArchiveBundle bundle, JdbcClient jdbc,
                     CurrentActor actor, Clock clock) {
        this.ruleSets = ruleSets;
        this.lots = lots;
        this.bundle = bundle;
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RetentionRules define(DefineRetentionRules define) {
        List<Long> categoryIds = new ArrayList<>();
        for (int i = 0; i < define.rules().size(); i++) {
            RetentionRule rule = define.rules().get(i);
            int index = i;
            RetentionPolicy.shorterThanLaw(rule).ifPresent(shortfall -> {
                throw new Refused("rules[" + index + "]." + shortfall.field(), shortfall.value(), "law-minimum",
                        "Rule " + rule.code() + " is shorter than the law it names: " + shortfall.reason());
            });
            categoryIds.add(rule.category() == null ? null : categoryId(index, rule.category()));
        }
        ruleSets.insert(define.rules(), categoryIds, define.reason(), clock.instant(), actor.current().username());
        return current();
    }

    private long categoryId(int index, String code) {
        return jdbc.sql("select id from categories where code = ?").param(code).query(Long.class).optional()
                .orElseThrow(() -> new InvalidInput("rules[" + index + "].category", code, "known-category",
                        "No category has this code"));
    }

    @Override
    public RetentionRules current() {
        return ruleSets.latest().orElseGet(RetentionRules::none);
    }

    @Override
    public List<RetentionRules> history() {
        return ruleSets.all();
    }

    @Override
    public Page<LotRetention> report(PageRequest page) {
        List<RetentionRule> rules = current().rules();
        LocalDate today = LocalDate.now(clock);
        return new Page<>(lots.page(page).stream().map(lot -> retention(lot, rules, today)).toList(),
                page.page(), page.size(), lots.count());
    }

    private static LotRetention retention(RetainedLot lot, List<RetentionRule> rules, LocalDate today) {
        Optional<Governing> governing = RetentionPolicy.govern(lot.facts(), rules);
        LocalDate on = governing.map(Governing::archivableOn).orElse(null);
        RetentionRule rule = governing.map(Governing::rule).orElse(null);
        return new LotRetention(lot.lotNumber(), lot.sku(), lot.facts().category(), lot.facts().lastRecordedOn(),
                lot.facts().expiryDate(), rule == null ? null : rule.code(), rule == null ? null : rule.law(), on,
                on != null && !on.isAfter(today) && lot.blockedBy().isEmpty(), lot.blockedBy());
    }

    @Override
    public List<RuleSummary> byRule() {
        List<RetentionRule> rules = current().rules();
        LocalDate today = LocalDate.now(clock);
        Map<String, RuleTally> tallies = new LinkedHashMap<>();
        rules.forEach(rule -> tallies.put(rule.code(), new RuleTally(rule)));
        RuleTally ungoverned = new RuleTally(null);
        lots.each(lot -> {
            LotRetention retention = retention(lot, rules, today);
            (retention.rule() == null ? ungoverned : tallies.get(retention.rule())).add(retention);
        });
        List<RuleSummary> summaries = new ArrayList<>(tallies.values().stream().map(RuleTally::summary).toList());
        summaries.add(ungoverned.summary());
        return summaries;
    }

    @Override
    public void archive(LocalDate until, Supplier<OutputStream> out) {
        LocalDate today = LocalDate.now(clock);
        if (until.isAfter(today)) {
            throw new InvalidInput("until", until, "closed-period",
                    "Only a closed period can be archived: until is today (" + today + ") or earlier");
        }
        List<RetentionRule> rules = current().rules();
        List<ArchiveBundle.ArchivedLot> archived = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        lots.each(lot -> RetentionPolicy.govern(lot.facts(), rules)
                .filter(governing -> !governing.archivableOn().isAfter(until))
                .ifPresent(governing -> {
                    archived.add(new ArchiveBundle.ArchivedLot(lot, governing));
                    if (!lot.blockedBy().isEmpty()) {
                        blocked.add(lot.lotNumber() + " (" + String.join(", ", lot.blockedBy()) + ")");
                    }
                }));
        if (!blocked.isEmpty()) {
            throw new Conflict("until", until, "no-open-recall-or-stock",
                    "The period still holds " + blocked.size() + " lot(s) with an open recall or stock on hand: "
                            + String.join("; ", blocked.subList(0, Math.min(10, blocked.size()))));
        }
        bundle.write(until, current().version(), archived, out.get());
    }

    /** Counts the lots of one rule for the summary. */
    private static final class RuleTally {
        private final RetentionRule rule;
        private long lots;
        private long archivable;
        private long blocked;
        private LocalDate first;
        private LocalDate last;

        RuleTally(RetentionRule rule) {
            this.rule = rule;
        }

        void add(LotRetention lot) {
            lots++;
            archivable += lot.archivable() ? 1 : 0;
            blocked += lot.blockedBy().isEmpty() ? 0 : 1;
            LocalDate on = lot.archivableOn();
            if (on != null) {
                first = first == null || on.isBefore(first) ? on : first;
                last = last == null || on.isAfter(last) ? on : last;
            }
        }

        RuleSummary summary() {
            return new RuleSummary(rule == null ? null : rule.code(), rule == null ? null : rule.law(), lots,
                    archivable, blocked, first, last);
        }
    }
}

package io.lotline.ui.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.epcis.Epcis;
import io.lotline.identity.Access;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.LotDossier;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.ledger.Movements.CorrectBatchAttribute;
import io.lotline.ledger.Movements.CorrectLotAttribute;
import io.lotline.ledger.Signature;
import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotStatus;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Decide;
import io.lotline.quality.QualityViews.Document;
import io.lotline.quality.QualityViews.LotEvaluation;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Unknown;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A lot's page: status and dates, where its stock lies, its results against the specification, its documents and
 * the timeline of everything that happened to it. Quality releases or rejects it here with the password re-entered,
 * or puts it on hold; supervisors and quality correct a date or the supplier lot with a reason. Each action goes
 * through the same facade as the API, once per form (the form carries an idempotency key). Roles without trace
 * access see the lot as the API shows it to them: without its supplier or the parties of its entries.
 */
@Controller
class LotPage extends PageController {
    private static final String OLDEST_FIRST = "oldest";

    private final Ledger ledger;
    private final Movements movements;
    private final Quality quality;
    private final MessageSource messages;
    private final FormRules rules;
    private final BatchPolicies policies;
    private final CurrentActor actor;
    private final Epcis epcis;

    LotPage(Ledger ledger, Movements movements, Quality quality, MessageSource messages, FormRules rules,
            BatchPolicies policies, CurrentActor actor, Epcis epcis) {
        this.actor = actor;
        this.epcis = epcis;
        this.rules = rules;
        this.policies = policies;
        this.ledger = ledger;
        this.movements = movements;
        this.quality = quality;
        this.messages = messages;
    }

    @GetMapping("/lots/{number}")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView lot(@PathVariable String number, @RequestParam(required = false) String done,
                     @RequestParam(required = false) String order, Locale locale) {
        return page(number, locale, order).addObject("done", done);
    }

    /** A document of the lot, opened in the browser (a certificate of analysis is read, not saved). */
    @GetMapping("/lots/{number}/documents/{id}")
    @PreAuthorize(Access.ANY_USER)
    ResponseEntity<byte[]> document(@PathVariable String number, @PathVariable long id) {
        Document document = quality.document(id);
        if (!document.lotNumber().equals(number)) {
            throw new Unknown("document of lot " + number, "id", id);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .body(quality.content(id));
    }

    @PostMapping("/lots/{number}/decision")
    @PreAuthorize(Access.QUALITY)
    ModelAndView decide(@PathVariable String number, @RequestParam String idempotencyKey,
                        @RequestParam(required = false) String meaning, @RequestParam(required = false) String password,
                        @RequestParam(required = false) String comment,
                        @RequestParam(required = false) String overrideReason,
                        @RequestParam(required = false) String order, Locale locale) {
        return act(number, order, "decision", Map.of("meaning", blankIfNull(meaning), "comment", blankIfNull(comment),
                "overrideReason", blankIfNull(overrideReason)), locale, () -> {
            Signature.Meaning signed = meaning(meaning);
            quality.decide(new BookingContext(idempotencyKey, null), number,
                    rules.checked(new Decide(password, signed, comment, overrideReason)));
            return signed == Signature.Meaning.APPROVED ? "released" : "rejected";
        });
    }

    @PostMapping("/lots/{number}/hold")
    @PreAuthorize(Access.QUALITY)
    ModelAndView hold(@PathVariable String number, @RequestParam String idempotencyKey,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String order,
                      Locale locale) {
        return act(number, order, "hold", Map.of("reason", blankIfNull(reason)), locale, () -> {
            movements.changeStatus(new BookingContext(idempotencyKey, null),
                    rules.checked(new ChangeLotStatus(number, LotStatus.ON_HOLD, reason)));
            return "held";
        });
    }

    @PostMapping("/lots/{number}/correction")
    @PreAuthorize(Access.CORRECTIONS)
    ModelAndView correct(@PathVariable String number, @RequestParam String idempotencyKey,
                         @RequestParam(required = false) String attribute, @RequestParam(required = false) String value,
                         @RequestParam(required = false) String reason, @RequestParam(required = false) String order,
                         Locale locale) {
        return act(number, order, "correction", Map.of("attribute", blankIfNull(attribute), "value", blankIfNull(value),
                "reason", blankIfNull(reason)), locale, () -> {
            BookingContext context = new BookingContext(idempotencyKey, null);
            if (attribute == null || attribute.isBlank() || LotAttribute.named(attribute).isPresent()) {
                movements.correct(context, rules.checked(new CorrectLotAttribute(number, attribute(attribute), value,
                        reason)));
            } else {
                movements.correct(context, rules.checked(new CorrectBatchAttribute(number, attribute, value, reason)));
            }
            return "corrected";
        });
    }

    /**
     * Runs the action; success shows the lot afresh (after a redirect, or to htmx the parts it changes: status,
     * history, timeline and the forms with a new idempotency key), a refusal the form again with the error beside its
     * field and nothing else changed.
     */
    private ModelAndView act(String number, String order, String form, Map<String, String> typed, Locale locale,
                             java.util.function.Supplier<String> action) {
        try {
            String done = action.get();
            if (fromHtmx()) {
                return parts(page(number, locale, order).addObject("done", done),
                        "notice", "state", "history", "timeline", "actions", "correction");
            }
            return new ModelAndView("redirect:/lots/" + number + "?done=" + done
                    + (OLDEST_FIRST.equals(order) ? "&order=" + OLDEST_FIRST : ""));
        } catch (LotlineException refused) {
            ModelAndView page = page(number, locale, order);
            FormFailure failure = FormFailure.of(refused, messages, locale);
            if ("specification-met".equals(refused.rule())) {
                failure = new FormFailure("overrideReason", "", refused.rule(), failure.message());
            }
            page.addObject("form", form);
            page.addObject("failure", failure);
            page.addObject("typed", typed);
            page.setStatus(statusOf(refused));
            return fromHtmx() ? parts(page, "notice", "correction".equals(form) ? "correction" : "actions") : page;
        }
    }

    /** The lot's page, its timeline newest first unless {@code order} asks for the oldest first. */
    private ModelAndView page(String number, Locale locale, String order) {
        ModelAndView page = page(number, locale);
        if (OLDEST_FIRST.equals(order)) {
            List<?> oldestFirst = new ArrayList<>((List<?>) page.getModel().get("timeline"));
            Collections.reverse(oldestFirst);
            page.addObject("timeline", oldestFirst);
            page.addObject("oldestFirst", true);
        }
        return page;
    }

    private ModelAndView page(String number, Locale locale) {
        // the same rule as the API: supplier and customers only for roles with trace access (ADR 34)
        boolean mayTrace = actor.current().mayTrace();
        LotDossier dossier = mayTrace ? ledger.dossier(number) : ledger.dossier(number).withoutSupplyChain();
        LotEvaluation evaluation = quality.evaluation(number);
        ModelAndView page = new ModelAndView("lot");
        page.addObject("dossier", dossier);
        page.addObject("masked", !mayTrace);
        page.addObject("lot", dossier.lot());
        page.addObject("evaluation", evaluation);
        page.addObject("specification", quality.specification(dossier.lot().sku()).parameters());
        page.addObject("timeline", new Timeline(messages, locale).of(dossier.history(), evaluation.signatures()));
        page.addObject("attributes", correctable(dossier));
        page.addObject("key", UUID.randomUUID().toString());
        page.addObject("typed", Map.of());
        // harvest, catch, cooling and landing from captured events: supply chain, so for trace access only
        page.addObject("origins", mayTrace ? epcis.origins(number, null).criticalEvents() : List.of());
        return page;
    }

    /** The fixed attributes, then those of the batch policy version the lot was born under. */
    private List<String> correctable(LotDossier dossier) {
        List<String> names = new ArrayList<>(Arrays.stream(LotAttribute.values()).map(Enum::name).toList());
        if (dossier.lot().batchPolicyId() != null) {
            policies.version(dossier.lot().batchPolicyId()).attributes().forEach(a -> names.add(a.name()));
        }
        return names;
    }

    /** A decision as a form sends it: APPROVED or REJECTED, nothing when none was chosen. */
    static Signature.Meaning meaning(String meaning) {
        try {
            return meaning == null || meaning.isBlank() ? null : Signature.Meaning.valueOf(meaning);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("meaning", meaning, "one-of", "Say " + Arrays.toString(Signature.Meaning.values()));
        }
    }

    private static LotAttribute attribute(String attribute) {
        try {
            return attribute == null || attribute.isBlank() ? null : LotAttribute.valueOf(attribute);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("attribute", attribute, "one-of", "Say " + Arrays.toString(LotAttribute.values()));
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}

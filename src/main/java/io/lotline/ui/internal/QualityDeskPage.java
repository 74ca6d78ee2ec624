package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.ledger.Signature;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Decide;
import io.lotline.quality.QualityViews.LotEvaluation;
import io.lotline.quality.SpecParameter;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The quality desk: lots waiting for a decision (quarantine) and lots on hold, each with its results against the
 * item's specification. Quality enters results, releases or rejects with the password re-entered (signed, as through
 * the API) and puts a lot on hold with a reason; everyone may read the desk, as everyone may read a lot's quality.
 */
@Controller
class QualityDeskPage extends PageController {
    static final int SHOWN = 25;
    private static final PageRequest FIRST = new PageRequest(0, SHOWN);

    private final Lots lots;
    private final Quality quality;
    private final Movements movements;
    private final MessageSource messages;
    private final FormRules rules;

    QualityDeskPage(Lots lots, Quality quality, Movements movements, MessageSource messages, FormRules rules) {
        this.lots = lots;
        this.rules = rules;
        this.quality = quality;
        this.movements = movements;
        this.messages = messages;
    }

    /** A lot on the desk: the lot, where it stands against its specification, and that specification. */
    public record DeskLot(Lot lot, LotEvaluation evaluation, List<SpecParameter> specification) {
    }

    @GetMapping("/quality")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView desk(@RequestParam(required = false) String done, @RequestParam(required = false) String lot) {
        return page().addObject("done", done).addObject("doneLot", lot);
    }

    @PostMapping("/quality/lots/{number}/decision")
    @PreAuthorize(Access.QUALITY)
    ModelAndView decide(@PathVariable String number, @RequestParam String idempotencyKey,
                        @RequestParam Map<String, String> typed, Locale locale) {
        return act(number, "decision", typed, locale, () -> {
            Signature.Meaning meaning = LotPage.meaning(typed.get("meaning"));
            quality.decide(new BookingContext(idempotencyKey, null), number, rules.checked(new Decide(
                    typed.get("password"), meaning, blankAsNull(typed.get("comment")), typed.get("overrideReason"))));
            return meaning == Signature.Meaning.APPROVED ? "released" : "rejected";
        });
    }

    @PostMapping("/quality/lots/{number}/hold")
    @PreAuthorize(Access.QUALITY)
    ModelAndView hold(@PathVariable String number, @RequestParam String idempotencyKey,
                      @RequestParam Map<String, String> typed, Locale locale) {
        return act(number, "hold", typed, locale, () -> {
            movements.changeStatus(new BookingContext(idempotencyKey, null),
                    rules.checked(new ChangeLotStatus(number, LotStatus.ON_HOLD, typed.get("reason"))));
            return "held";
        });
    }

    /** Results typed per parameter of the specification; a blank input records nothing for its parameter. */
    @PostMapping("/quality/lots/{number}/results")
    @PreAuthorize(Access.QUALITY)
    ModelAndView results(@PathVariable String number, @RequestParam(required = false) String documentId,
                         @RequestParam(name = "parameter", required = false) String[] parameters,
                         @RequestParam(name = "value", required = false) String[] values,
                         @RequestParam Map<String, String> typed, Locale locale) {
        return act(number, "results", typed, locale, () -> {
            quality.recordResults(number, rules.checked(new TypedResults(
                    quality.specification(lots.lot(number).sku()).parameters()).read(documentId, parameters, values)));
            return "results";
        });
    }

    private ModelAndView act(String number, String form, Map<String, String> typed, Locale locale,
                             java.util.function.Supplier<String> action) {
        try {
            return new ModelAndView("redirect:/quality?done=" + action.get() + "&lot=" + number);
        } catch (LotlineException refused) {
            FormFailure failure = FormFailure.of(refused, messages, locale);
            String field = "specification-met".equals(refused.rule()) ? "overrideReason"
                    : failure.field().replaceFirst("[\\[.].*$", "");
            ModelAndView page = page();
            page.addObject("form", form + ":" + number);
            page.addObject("failure", new FormFailure(field + "-" + number, failure.value(), failure.rule(),
                    failure.message()));
            page.addObject("typed", typed);
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    private ModelAndView page() {
        ModelAndView page = new ModelAndView("quality");
        io.lotline.shared.Page<Lot> waiting = lots.lots(null, LotStatus.QUARANTINE, FIRST);
        io.lotline.shared.Page<Lot> onHold = lots.lots(null, LotStatus.ON_HOLD, FIRST);
        page.addObject("waiting", waiting.content().stream().map(this::onTheDesk).toList());
        page.addObject("waitingCount", waiting.totalElements());
        page.addObject("onHold", onHold.content().stream().map(this::onTheDesk).toList());
        page.addObject("onHoldCount", onHold.totalElements());
        page.addObject("key", UUID.randomUUID().toString());
        page.addObject("typed", Map.of());
        page.addObject("form", "");
        return page;
    }

    private DeskLot onTheDesk(Lot lot) {
        return new DeskLot(lot, quality.evaluation(lot.number().value()),
                quality.specification(lot.sku()).parameters());
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}

package io.lotline.ui.internal;

import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Disposition;
import io.lotline.quality.QualityViews.LotEvaluation;
import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.quality.SpecParameter;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The quality desk as it is drawn: lots waiting for a decision and on hold, each with its results and documents, and
 * the non-conformances not yet closed. Its forms (on lots and on non-conformances) share how an action ends: the desk
 * afresh with what was done, or the desk again with the refusal beside the field of the form it came from; to htmx,
 * only the lot's row or the non-conformances, with the counts and the notice (ADR 56). Everything is read from the
 * database on each request.
 */
@Component
class QualityDesk {
    static final int SHOWN = 25;
    private static final PageRequest FIRST = new PageRequest(0, SHOWN);
    /** Enough to learn how many there are. */
    private static final PageRequest ONE = new PageRequest(0, 1);

    private final Lots lots;
    private final Quality quality;
    private final MessageSource messages;
    private final boolean holdsLots;
    private final String maxDocumentMegabytes;

    QualityDesk(Lots lots, Quality quality, MessageSource messages) {
        this.lots = lots;
        this.quality = quality;
        this.messages = messages;
        this.holdsLots = quality.rules().nonconformanceHoldsLots();
        this.maxDocumentMegabytes = BigDecimal.valueOf(quality.rules().maxDocumentBytes())
                .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A lot on the desk: the lot, where it stands against its specification, and that specification. */
    public record DeskLot(Lot lot, LotEvaluation evaluation, List<SpecParameter> specification) {
    }

    /**
     * Runs an action of one form; {@code subject} is what the form is about (a lot number, a non-conformance code, or
     * {@code new}), {@code action} returns what was done and to what, as {@code done} and {@code subject} of the
     * desk's address.
     */
    ModelAndView act(String form, String subject, Map<String, String> typed, Locale locale,
                     Supplier<Done> action) {
        try {
            Done done = action.get();
            if (PageController.fromHtmx()) {
                return answer(subject).addObject("done", done.what()).addObject("doneLot", done.subject());
            }
            return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/quality")
                    .queryParam("done", done.what()).queryParam(done.param(), done.subject()).encode().build());
        } catch (LotlineException refused) {
            FormFailure failure = FormFailure.of(refused, messages, locale);
            String field = "specification-met".equals(refused.rule()) ? "overrideReason"
                    : failure.field().replaceFirst("[\\[.].*$", "");
            ModelAndView page = PageController.fromHtmx() ? answer(subject) : page();
            page.addObject("form", form + ":" + subject);
            page.addObject("failure", new FormFailure(field + "-" + subject, failure.value(), failure.rule(),
                    failure.message()));
            page.addObject("typed", typed);
            page.setStatus(PageController.statusOf(refused));
            return page;
        }
    }

    /** What an action did ({@code released}, {@code nc-opened}) and to which lot or non-conformance. */
    record Done(String what, String param, String subject) {
        static Done toLot(String what, String lot) {
            return new Done(what, "lot", lot);
        }

        static Done toNonconformance(String what, String code) {
            return new Done(what, "nc", code);
        }
    }

    /**
     * The parts of the desk an action changed, for htmx: the non-conformances with both lists of lots (a
     * non-conformance may have put lots on hold), or the row of its lot (read alone, with the counts) and the notice.
     */
    private ModelAndView answer(String subject) {
        if (subject.startsWith("nc-")) {
            return PageController.parts(page(), "notice", "waiting", "on-hold", "nonconformances");
        }
        Lot lot = lots.lot(subject);
        boolean onTheDesk = lot.status() == LotStatus.QUARANTINE || lot.status() == LotStatus.ON_HOLD;
        ModelAndView page = forms(new ModelAndView("quality"))
                .addObject("waitingCount", lots.lots(null, LotStatus.QUARANTINE, ONE).totalElements())
                .addObject("onHoldCount", lots.lots(null, LotStatus.ON_HOLD, ONE).totalElements())
                .addObject("row", onTheDesk ? onTheDesk(lot) : null).addObject("rowLot", lot);
        return PageController.parts(page, "notice", "waiting-count", "on-hold-count", "row");
    }

    ModelAndView page() {
        ModelAndView page = forms(new ModelAndView("quality"));
        Page<Lot> waiting = lots.lots(null, LotStatus.QUARANTINE, FIRST);
        Page<Lot> onHold = lots.lots(null, LotStatus.ON_HOLD, FIRST);
        page.addObject("waiting", waiting.content().stream().map(this::onTheDesk).toList());
        page.addObject("waitingCount", waiting.totalElements());
        page.addObject("onHold", onHold.content().stream().map(this::onTheDesk).toList());
        page.addObject("onHoldCount", onHold.totalElements());
        Page<Nonconformance> open = quality.nonconformances("OPEN", FIRST);
        Page<Nonconformance> dispositioned = quality.nonconformances("DISPOSITIONED", FIRST);
        page.addObject("nonconformances", Stream.concat(open.content().stream(), dispositioned.content().stream())
                .toList());
        page.addObject("nonconformanceCount", open.totalElements() + dispositioned.totalElements());
        return page;
    }

    /** What the desk's forms need: their choices and limits, a new idempotency key, nothing typed. */
    private ModelAndView forms(ModelAndView page) {
        page.addObject("dispositions", Disposition.values());
        page.addObject("documentKinds", List.of("COA", "CERTIFICATE", "OTHER"));
        page.addObject("holdsLots", holdsLots);
        page.addObject("maxDocumentMegabytes", maxDocumentMegabytes);
        page.addObject("key", UUID.randomUUID().toString());
        page.addObject("typed", Map.of());
        page.addObject("form", "");
        return page;
    }

    private DeskLot onTheDesk(Lot lot) {
        return new DeskLot(lot, quality.evaluation(lot.number().value()),
                quality.specification(lot.sku()).parameters());
    }
}

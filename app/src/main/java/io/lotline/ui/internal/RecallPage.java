package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.recall.RecallCommands.Acknowledge;
import io.lotline.recall.RecallCommands.CloseRecall;
import io.lotline.recall.RecallCommands.Disposition;
import io.lotline.recall.RecallCommands.Dispose;
import io.lotline.recall.RecallCommands.RecallReturn;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
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
 * One recall's workspace, a checklist that follows its lifecycle: review the scope and confirm it (every affected lot
 * becomes RECALLED), notify the customers and record their acknowledgements, book what comes back, decide what
 * becomes of the held lots, and close with a signature. Progress (notified, acknowledged, recovered, mass balance)
 * stays at the top, and asks for itself again while the page is open. Each action calls {@link Recalls} with the
 * API's roles; a refusal shows its reason beside the field of the form it came from. To htmx an action answers the
 * parts it changed (ADR 56).
 */
@Controller
class RecallPage extends PageController {
    private static final String[] NOTICE_CHANGED = {"notice", "customer", "progress"};
    /** Where each form's refusal is shown: the part of the page that holds the form. */
    private static final Map<String, String> REFUSED_IN = Map.of("confirm", "scope", "notice", "customer");

    private final Recalls recalls;
    private final Clock clock;
    private final MessageSource messages;
    private final FormRules rules;

    RecallPage(Recalls recalls, Clock clock, MessageSource messages, FormRules rules) {
        this.recalls = recalls;
        this.rules = rules;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/recalls/{code}")
    @PreAuthorize(Access.TRACE)
    ModelAndView recall(@PathVariable String code, @RequestParam(required = false) String done) {
        return page(code).addObject("done", done);
    }

    /** The progress and the mass balance, as the open workspace asks for them again (others book returns too). */
    @GetMapping("/recalls/{code}/progress")
    @PreAuthorize(Access.TRACE)
    ModelAndView progress(@PathVariable String code) {
        return fromHtmx() ? parts(page(code), "progress", "balance") : new ModelAndView("redirect:/recalls/" + code);
    }

    @PostMapping("/recalls/{code}/confirmation")
    @PreAuthorize(Access.QUALITY)
    ModelAndView confirm(@PathVariable String code, @RequestParam String idempotencyKey, Locale locale) {
        return act(code, "confirm", Map.of(), locale,
                () -> recalls.confirm(new BookingContext(idempotencyKey, null), code), "confirmed", "workspace");
    }

    @PostMapping("/recalls/{code}/notices/{customer}/sent")
    @PreAuthorize(Access.QUALITY)
    ModelAndView noticeSent(@PathVariable String code, @PathVariable String customer, Locale locale) {
        return act(code, "notice:" + customer, Map.of(), locale, () -> recalls.markNoticeSent(code, customer),
                "notice-sent", NOTICE_CHANGED);
    }

    @PostMapping("/recalls/{code}/notices/{customer}/email")
    @PreAuthorize(Access.QUALITY)
    ModelAndView mailNotice(@PathVariable String code, @PathVariable String customer, Locale locale) {
        return act(code, "notice:" + customer, Map.of(), locale, () -> recalls.mailNotice(code, customer),
                "notice-mailed", NOTICE_CHANGED);
    }

    @PostMapping("/recalls/{code}/notices/{customer}/acknowledgement")
    @PreAuthorize(Access.QUALITY)
    ModelAndView acknowledge(@PathVariable String code, @PathVariable String customer,
                             @RequestParam(required = false) String note, Locale locale) {
        return act(code, "notice:" + customer, Map.of("note", text(note)), locale,
                () -> recalls.acknowledge(code, rules.checked(new Acknowledge(customer,
                        note == null || note.isBlank() ? null : note.strip()))), "acknowledged", NOTICE_CHANGED);
    }

    @PostMapping("/recalls/{code}/returns")
    @PreAuthorize(Access.RECEIVING)
    ModelAndView bookReturn(@PathVariable String code, @RequestParam String idempotencyKey,
                            @RequestParam Map<String, String> typed, Locale locale) {
        return act(code, "return", typed, locale, () -> recalls.bookReturn(new BookingContext(idempotencyKey, null),
                code, rules.checked(new RecallReturn(typed.get("customer"), typed.get("lotNumber"),
                        quantity(typed.get("quantity"), typed.get("unit")), typed.get("location"),
                        blankAsNull(typed.get("pallet"))))), "returned",
                "notice", "return", "customer", "progress", "balance");
    }

    @PostMapping("/recalls/{code}/dispositions")
    @PreAuthorize(Access.QUALITY)
    ModelAndView dispose(@PathVariable String code, @RequestParam String idempotencyKey,
                         @RequestParam Map<String, String> typed, Locale locale) {
        return act(code, "disposition", typed, locale, () -> recalls.dispose(new BookingContext(idempotencyKey, null),
                code, rules.checked(new Dispose(typed.get("lotNumber"), disposition(typed.get("disposition")),
                        typed.get("reason"), typed.get("password"), blankAsNull(typed.get("productionOrder"))))),
                "disposed", "notice", "disposition", "scope", "progress", "balance");
    }

    @PostMapping("/recalls/{code}/closure")
    @PreAuthorize(Access.QUALITY)
    ModelAndView close(@PathVariable String code, @RequestParam String idempotencyKey,
                       @RequestParam Map<String, String> typed, Locale locale) {
        return act(code, "closure", typed, locale, () -> recalls.close(new BookingContext(idempotencyKey, null),
                code, rules.checked(new CloseRecall(typed.get("password"), typed.get("summary")))), "closed",
                "workspace");
    }

    /**
     * Runs the action; success shows the recall afresh (after a redirect, or to htmx the parts it changed), a refusal
     * the form again with the error beside its field and nothing else changed.
     */
    private ModelAndView act(String code, String form, Map<String, String> typed, Locale locale, Runnable action,
                             String done, String... changed) {
        try {
            action.run();
            if (fromHtmx()) {
                return answer(page(code).addObject("done", done), form, typed, changed);
            }
            return new ModelAndView("redirect:/recalls/" + code + "?done=" + done);
        } catch (LotlineException refused) {
            ModelAndView page = page(code);
            page.addObject("form", form);
            page.addObject("failure", FormFailure.of(refused, messages, locale));
            page.addObject("typed", typed);
            page.setStatus(statusOf(refused));
            return fromHtmx() ? answer(page, form, typed, "notice", REFUSED_IN.getOrDefault(form.replaceFirst(
                    ":.*", ""), form)) : page;
        }
    }

    /** The parts to htmx; the row of the customer the action was about is one of them when named. */
    private static ModelAndView answer(ModelAndView page, String form, Map<String, String> typed, String... parts) {
        String customer = form.startsWith("notice:") ? form.substring("notice:".length()) : typed.get("customer");
        ((RecallReport) page.getModel().get("recall")).customers().stream()
                .filter(c -> c.customer().equals(customer)).findFirst().ifPresent(c -> page.addObject("answered", c));
        return parts(page, page.getModel().containsKey("answered") ? parts
                : Arrays.stream(parts).filter(part -> !part.equals("customer")).toArray(String[]::new));
    }

    private ModelAndView page(String code) {
        RecallReport report = recalls.report(code);
        ModelAndView page = new ModelAndView("recall");
        page.addObject("recall", report);
        page.addObject("line", RecallLine.of(report, clock.instant()));
        page.addObject("live", "LIVE".equals(report.kind()));
        page.addObject("open", "OPEN".equals(report.status()));
        page.addObject("confirmed", "CONFIRMED".equals(report.status()));
        page.addObject("progress", RecallProgress.of(report));
        page.addObject("dispositions", Disposition.values());
        page.addObject("key", UUID.randomUUID().toString());
        page.addObject("typed", Map.of());
        page.addObject("form", "");
        return page;
    }

    private static Quantity quantity(String amount, String unit) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInput("quantity", amount, "required", "The quantity is required");
        }
        try {
            return new Quantity(new BigDecimal(amount.strip().replace(',', '.')), UnitOfMeasure.of(unit));
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("quantity", amount, "number", "Type the quantity as a number, e.g. 12.5");
        }
    }

    private static Disposition disposition(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Disposition.valueOf(typed);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("disposition", typed, "one-of", "Say " + Arrays.toString(Disposition.values()));
        }
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}

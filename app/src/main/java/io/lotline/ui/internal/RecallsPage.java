package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.recall.RecallCommands.OpenRecall;
import io.lotline.recall.RecallCommands.RunMockRecall;
import io.lotline.recall.RecallCommands.Scope;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The recall workspace's list and its start: live recalls with their state and how long they have been open, the
 * history of drills (mock recalls) with their times against the target, and the form that starts either from
 * suspect lots, a supplier's lot number or the attributes the lots carry. A live recall opens for review of its scope; a drill runs at once and
 * changes nothing. Both go through {@link Recalls}, with the API's roles: drills for quality, compliance and admins,
 * live recalls for quality.
 */
@Controller
class RecallsPage extends PageController {
    static final int SHOWN = 25;
    private static final PageRequest FIRST = new PageRequest(0, SHOWN);

    private final Recalls recalls;
    private final Clock clock;
    private final MessageSource messages;
    private final FormRules rules;

    RecallsPage(Recalls recalls, Clock clock, MessageSource messages, FormRules rules) {
        this.recalls = recalls;
        this.rules = rules;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/recalls")
    @PreAuthorize(Access.TRACE)
    ModelAndView list() {
        Instant now = clock.instant();
        ModelAndView page = new ModelAndView("recalls");
        io.lotline.shared.Page<RecallReport> live = recalls.list("LIVE", FIRST);
        io.lotline.shared.Page<RecallReport> drills = recalls.list("MOCK", FIRST);
        page.addObject("live", live.content().stream().map(r -> RecallLine.of(r, now)).toList());
        page.addObject("liveCount", live.totalElements());
        page.addObject("drills", drills.content().stream().map(r -> RecallLine.of(r, now)).toList());
        page.addObject("drillCount", drills.totalElements());
        return page;
    }

    @GetMapping("/recalls/new")
    @PreAuthorize(Access.TRACE)
    ModelAndView start(@RequestParam(required = false) String lot, @RequestParam(required = false) String supplierLot) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("lots", lot == null ? "" : lot);
        typed.put("supplierLot", supplierLot == null ? "" : supplierLot);
        return form(typed);
    }

    /** Runs a drill: the same scope and report as a live recall, nothing blocked, timed against its target. */
    @PostMapping("/recalls/mock")
    @PreAuthorize(Access.TRACE)
    ModelAndView runMock(@RequestParam String idempotencyKey, @RequestParam Map<String, String> typed,
                         Locale locale) {
        return act(typed, locale, () -> recalls.runMock(new BookingContext(idempotencyKey, null),
                rules.checked(new RunMockRecall(blankAsNull(typed.get("reason")), scope(typed),
                        startedAt(typed.get("startedAt")), minutes(typed.get("targetMinutes"))))).code());
    }

    /** Opens a live recall for review: its scope is shown and nothing is blocked until it is confirmed. */
    @PostMapping("/recalls/live")
    @PreAuthorize(Access.QUALITY)
    ModelAndView open(@RequestParam String idempotencyKey, @RequestParam Map<String, String> typed, Locale locale) {
        return act(typed, locale, () -> recalls.open(new BookingContext(idempotencyKey, null),
                rules.checked(new OpenRecall(typed.get("reason"), scope(typed)))).code());
    }

    private ModelAndView act(Map<String, String> typed, Locale locale, Supplier<String> start) {
        try {
            return new ModelAndView("redirect:/recalls/" + start.get());
        } catch (LotlineException refused) {
            FormFailure failure = FormFailure.of(refused, messages, locale);
            ModelAndView page = form(typed);
            page.addObject("failure", new FormFailure(scopeField(failure.field()), failure.value(), failure.rule(),
                    failure.message()));
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    private static ModelAndView form(Map<String, String> typed) {
        ModelAndView page = new ModelAndView("recall-new");
        page.addObject("typed", typed);
        page.addObject("key", UUID.randomUUID().toString());
        return page;
    }

    /** {@code scope.lots[1].lotNumber} is about the input {@code lots}, {@code scope.supplierLot} about its own;
     * a drill's purpose is typed as its reason. */
    static String scopeField(String field) {
        return "purpose".equals(field) ? "reason"
                : field.replaceFirst("^scope\\.", "").replaceFirst("[\\[.].*$", "");
    }

    /** Lot numbers as typed or scanned: separated by spaces, commas or new lines. */
    private static Scope scope(Map<String, String> typed) {
        String lots = typed.getOrDefault("lots", "").strip();
        List<String> named = lots.isEmpty() ? List.of() : Arrays.asList(lots.split("[\\s,;]+"));
        Integer widen = whole("widenLevels", typed.get("widenLevels"));
        return new Scope(named, blankAsNull(typed.get("supplierLot")), widen == null ? 0 : widen,
                attributes(typed.getOrDefault("attributes", "")), day("bornFrom", typed.get("bornFrom")),
                day("bornTo", typed.get("bornTo")));
    }

    /** Attributes typed one {@code name=value} a line: {@code catchArea=FAO 87}. */
    static Map<String, String> attributes(String typed) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String line : typed.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new InvalidInput("attributes", line.strip(), "name-equals-value",
                        "Type one attribute a line as name=value, e.g. catchArea=FAO 87");
            }
            attributes.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return attributes;
    }

    private static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput(field, typed, "date", "Give the day, e.g. 2026-05-31");
        }
    }

    private static Integer minutes(String typed) {
        return whole("targetMinutes", typed);
    }

    private static Integer whole(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notWhole) {
            throw new InvalidInput(field, typed, "number", "Type a whole number, e.g. 240");
        }
    }

    /** When the drill's call came in, in Lotline's zone; empty is now. */
    private Instant startedAt(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput("startedAt", typed, "date-time", "Give the date and time, e.g. 2026-12-06T09:30");
        }
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}

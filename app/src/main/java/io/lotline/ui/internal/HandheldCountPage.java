package io.lotline.ui.internal;

import io.lotline.catalog.Catalog;
import io.lotline.identity.Access;
import io.lotline.ledger.Balance;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.CountStock;
import io.lotline.ledger.Place;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Counting on the handheld: scan a location (and a pallet), type what was counted of each lot the books have there,
 * or scan a lot that was not expected; the differences are shown, and confirming books each lot's count through the
 * API's count, all in one transaction. The form carries an idempotency key, so a double submit books once.
 */
@Controller
class HandheldCountPage extends PageController {
    private final Ledger ledger;
    private final Movements movements;
    private final Catalog catalog;
    private final Lots lots;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final FormRules rules;

    HandheldCountPage(Ledger ledger, Movements movements, Catalog catalog, Lots lots, TransactionTemplate transaction,
                      MessageSource messages, FormRules rules) {
        this.ledger = ledger;
        this.rules = rules;
        this.movements = movements;
        this.catalog = catalog;
        this.lots = lots;
        this.transaction = transaction;
        this.messages = messages;
    }

    /** One lot's count: what the books said when the place was scanned, and what was counted. */
    record Line(String lot, String sku, String location, String pallet, Quantity books, Quantity counted) {
        /** Counted less booked, signed: what the count books as an adjustment. */
        BigDecimal difference() {
            return counted.amount().subtract(books.amount());
        }

        public String shownDifference() {
            BigDecimal difference = difference().stripTrailingZeros();
            String amount = difference.abs().toPlainString() + " " + books.unit().code();
            return difference.signum() > 0 ? "+" + amount : difference.signum() < 0 ? "−" + amount : "0";
        }

        public String amount(Quantity quantity) {
            return quantity == null ? "" : quantity.amount().stripTrailingZeros().toPlainString();
        }
    }

    @GetMapping("/handheld/count")
    @PreAuthorize(Access.FLOOR)
    ModelAndView count(@RequestParam(required = false) String at, @RequestParam(required = false) String pallet,
                       Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("at", text(at));
        typed.put("pallet", text(pallet));
        if (at == null || at.isBlank()) {
            return form("handheld/count-source", typed);
        }
        try {
            String location = catalog.location(at.strip()).code();
            typed.put("at", location);
            String onPallet = blankToNull(pallet);
            List<Balance> there = onPallet == null
                    ? ledger.stock(location, null, new PageRequest(0, 200)).content()
                    : ledger.onPallet(onPallet).stream().filter(b -> b.location().equals(location)).toList();
            List<Line> lines = there.stream().map(b -> new Line(b.lotNumber(), b.sku(), b.location(), b.pallet(),
                    b.quantity(), null)).toList();
            return counting(typed, lines);
        } catch (LotlineException unknown) {
            return refused(form("handheld/count-source", typed), unknown, "at", locale);
        }
    }

    /** The counts typed, with their differences to the books, to be confirmed. */
    @PostMapping("/handheld/count/review")
    @PreAuthorize(Access.FLOOR)
    ModelAndView review(@RequestParam Map<String, String> form, Locale locale) {
        Map<String, String> typed = typed(form);
        List<Line> lines = lines(typed, false);
        try {
            List<Line> counted = counted(typed, lines);
            ModelAndView page = form("handheld/count-review", typed);
            page.addObject("lines", counted);
            return page;
        } catch (LotlineException refused) {
            return refused(counting(typed, lines), refused, null, locale);
        }
    }

    @PostMapping("/handheld/count")
    @PreAuthorize(Access.FLOOR)
    ModelAndView book(@RequestParam Map<String, String> form, Locale locale) {
        Map<String, String> typed = typed(form);
        List<Line> lines = lines(typed, true);
        try {
            if (lines.isEmpty()) {
                throw new InvalidInput("counted", "", "required", "A count says what was counted, zero included");
            }
            String key = typed.get("idempotencyKey");
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < lines.size(); i++) {
                    Line line = lines.get(i);
                    movements.count(new BookingContext(key == null ? null : key + "-" + i, null), rules.checked(
                            new CountStock(line.lot(), new Place(line.location(), line.pallet()), line.counted(),
                                    List.of(), null)));
                }
            });
            ModelAndView page = form("handheld/count-source", Map.of("at", "", "pallet", ""));
            page.addObject("counted", lines);
            return page;
        } catch (LotlineException refused) {
            ModelAndView page = refused(form("handheld/count-review", typed), refused, null, locale);
            page.addObject("lines", lines);
            return page;
        }
    }

    /** The lines as typed, each with its count, and the unexpected lot scanned, if any. */
    private List<Line> counted(Map<String, String> typed, List<Line> lines) {
        List<Line> counted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Quantity quantity = quantity("counted" + i, typed.get("line" + i + ".counted"), line.books());
            counted.add(new Line(line.lot(), line.sku(), line.location(), line.pallet(), line.books(), quantity));
        }
        String extra = blankToNull(typed.get("extraLot"));
        if (extra != null) {
            Lot lot = lotOrUnknown(extra);
            String pallet = blankToNull(typed.get("pallet"));
            if (lines.stream().anyMatch(l -> l.lot().equals(lot.number().value())
                    && Objects.equals(l.pallet(), pallet))) {
                throw new InvalidInput("extraLot", extra, "listed",
                        "Lot " + extra + " is listed above; type its count there");
            }
            Quantity none = new Quantity(BigDecimal.ZERO, catalog.item(lot.sku()).baseUnit());
            counted.add(new Line(lot.number().value(), lot.sku(), typed.get("at"), pallet, none,
                    quantity("extraCounted", typed.get("extraCounted"), none)));
        }
        for (Line line : counted) {
            // the API's own check of a count and its text rules, before anything is booked
            rules.checked(new CountStock(line.lot(), new Place(line.location(), line.pallet()), line.counted(),
                    List.of(), null));
        }
        return counted;
    }

    private Lot lotOrUnknown(String number) {
        try {
            return lots.lot(number);
        } catch (LotlineException unknown) {
            throw new io.lotline.shared.Unknown("lot", "extraLot", number);
        }
    }

    private static Quantity quantity(String field, String typed, Quantity books) {
        String amount = blankToNull(typed);
        if (amount == null) {
            throw new InvalidInput(field, "", "required", "A count says what was counted, zero included");
        }
        try {
            return new Quantity(new BigDecimal(amount.replace(',', '.')), books.unit());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, amount, "number", "Type the quantity as a number, e.g. 12.5");
        } catch (LotlineException wrong) {
            throw new InvalidInput(field, amount, wrong.rule(), wrong.getMessage());
        }
    }

    /** The lines the form carries, as the books had them when the place was scanned. */
    private static List<Line> lines(Map<String, String> typed, boolean withCounts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; typed.containsKey("line" + i + ".lot"); i++) {
            String p = "line" + i + ".";
            Quantity books = HandheldMovePage.carried(p + "books", typed.get(p + "books"), typed.get(p + "unit"));
            lines.add(new Line(typed.get(p + "lot"), typed.get(p + "sku"), typed.get(p + "location"),
                    blankToNull(typed.get(p + "pallet")), books,
                    withCounts ? HandheldMovePage.carried(p + "counted", typed.get(p + "counted"), typed.get(p + "unit"))
                            : null));
        }
        return lines;
    }

    private static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        for (int i = 0; typed.containsKey("line" + i + ".lot"); i++) {
            typed.put("counted" + i, text(typed.get("line" + i + ".counted")));
        }
        return typed;
    }

    private ModelAndView counting(Map<String, String> typed, List<Line> lines) {
        ModelAndView page = form("handheld/count", typed);
        page.addObject("lines", lines);
        return page;
    }

    private ModelAndView refused(ModelAndView page, LotlineException refused, String field, Locale locale) {
        FormFailure failure = FormFailure.of(refused, messages, locale);
        String about = field != null ? field : failure.field().startsWith("at") ? "at" : failure.field();
        page.addObject("failure", new FormFailure(about, failure.value(), failure.rule(), failure.message()));
        page.setStatus(statusOf(refused));
        return page;
    }

    private static ModelAndView form(String view, Map<String, String> typed) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("typed", typed);
        page.addObject("key", UUID.randomUUID().toString());
        return page;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

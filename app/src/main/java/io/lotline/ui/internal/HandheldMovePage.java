package io.lotline.ui.internal;

import io.lotline.catalog.Catalog;
import io.lotline.identity.Access;
import io.lotline.ledger.Balance;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.ledger.Place;
import io.lotline.ledger.StockNotAtPlace;
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
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Moving stock on the handheld: scan a pallet (or a location and a lot), see what lies there, scan the destination,
 * and move all of it or a typed quantity. Each lot moves by the API's transfer; a pallet of several lots moves in
 * one transaction, so a refusal of one lot moves none. The form carries what lay there when it was scanned and an
 * idempotency key, so a double submit books once.
 */
@Controller
class HandheldMovePage extends PageController {
    private final Labels labels;
    private final Ledger ledger;
    private final Movements movements;
    private final Catalog catalog;
    private final MessageSource messages;
    private final FormRules rules;

    HandheldMovePage(Labels labels, Ledger ledger, Movements movements, Catalog catalog, MessageSource messages,
                     FormRules rules) {
        this.labels = labels;
        this.rules = rules;
        this.ledger = ledger;
        this.movements = movements;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** First the source; once scanned, what lies there and the destination. */
    @GetMapping("/handheld/move")
    @PreAuthorize(Access.FLOOR)
    ModelAndView move(@RequestParam(required = false) String from, @RequestParam(required = false) String lot,
                      Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", text(from));
        typed.put("lot", text(lot));
        if (from == null || from.isBlank()) {
            return form("handheld/move-source", typed);
        }
        try {
            Source source = source(from, lot);
            typed.put("from", source.scanned());
            if (source.stock() == null) {
                return form("handheld/move-source", typed).addObject("askLot", source.scanned());
            }
            return destination(typed, source.stock());
        } catch (LotlineException unknown) {
            return refused(form("handheld/move-source", typed), unknown,
                    "lot".equals(unknown.field()) ? "lot" : "from", locale);
        }
    }

    @PostMapping("/handheld/move")
    @PreAuthorize(Access.FLOOR)
    ModelAndView book(@RequestParam Map<String, String> form, Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        List<Balance> stock = stock(typed);
        try {
            String to = required(typed, "to", "Scan the destination");
            // every lot's transfer is held to the text rules before any of them is booked
            List<TransferStock> transfers = transfers(stock, quantity(typed, stock), to).stream()
                    .map(rules::checked).toList();
            String key = typed.get("idempotencyKey");
            // one booking for every lot moved: the ledger locks all their items at once
            movements.transfer(new BookingContext(key, null), transfers);
            ModelAndView page = form("handheld/move-source", Map.of("from", "", "lot", ""));
            page.addObject("moved", stock);
            page.addObject("movedTo", to);
            return page;
        } catch (LotlineException refused) {
            return refused(destination(typed, stock), refused, null, locale);
        }
    }

    /** What the scan names: a pallet (licence plate or SSCC), or a location and a lot on it. */
    private Source source(String from, String lot) {
        ScannedLabel label = labels.read(from.strip());
        String code = label.gs1() && label.sscc() != null ? label.sscc() : label.text();
        List<Balance> onPallet = ledger.onPallet(code);
        if (!onPallet.isEmpty()) {
            return new Source(code, onPallet);
        }
        String location = catalog.location(code).code();
        String number = blankToNull(lot);
        if (number == null) {
            return new Source(location, null);
        }
        List<Balance> there = ledger.stock(location, null, new PageRequest(0, 200)).content().stream()
                .filter(b -> b.lotNumber().equals(number)).toList();
        if (there.isEmpty()) {
            throw new StockNotAtPlace("lot", number, new Place(location, null));
        }
        return new Source(location, there);
    }

    /** Where the source is: what lay there when it was scanned, one transfer per lot and place; none yet when a
     * location was scanned without its lot. */
    private record Source(String scanned, List<Balance> stock) {
    }

    private static List<TransferStock> transfers(List<Balance> stock, Quantity typed, String to) {
        List<TransferStock> transfers = new ArrayList<>();
        for (Balance b : stock) {
            // what moves whole keeps its pallet; a part taken off a pallet arrives loose
            String pallet = typed == null ? b.pallet() : null;
            transfers.add(new TransferStock(b.lotNumber(), typed == null ? b.quantity() : typed,
                    new Place(b.location(), b.pallet()), new Place(to, pallet), List.of(), null, null));
        }
        return transfers;
    }

    /** The quantity typed for a single lot, in its unit; empty moves all of it. */
    private static Quantity quantity(Map<String, String> typed, List<Balance> stock) {
        String amount = blankToNull(typed.get("quantity"));
        if (amount == null) {
            return null;
        }
        if (stock.size() != 1) {
            throw new InvalidInput("quantity", amount, "whole-pallet",
                    "A pallet of several lots moves whole; scan its location and one lot to move part of it");
        }
        try {
            return new Quantity(new BigDecimal(amount.replace(',', '.')), stock.get(0).quantity().unit());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("quantity", amount, "number", "Type the quantity as a number, e.g. 12.5");
        }
    }

    /** The stock the form carries, as it lay when the source was scanned. */
    private static List<Balance> stock(Map<String, String> typed) {
        List<Balance> stock = new ArrayList<>();
        for (int i = 0; typed.containsKey("stock" + i + ".lot"); i++) {
            String p = "stock" + i + ".";
            stock.add(new Balance(typed.get(p + "lot"), typed.get(p + "sku"), typed.get(p + "location"),
                    blankToNull(typed.get(p + "pallet")), carried(p + "amount", typed.get(p + "amount"),
                    typed.get(p + "unit"))));
        }
        return stock;
    }

    /** A quantity the form carries as the page wrote it; anything else was not sent by the page. */
    static Quantity carried(String field, String amount, String unit) {
        try {
            return Quantity.of(amount, unit);
        } catch (NumberFormatException | NullPointerException notAsWritten) {
            throw new InvalidInput(field, amount, "number", "The form carries each quantity as a number");
        }
    }

    private ModelAndView destination(Map<String, String> typed, List<Balance> stock) {
        ModelAndView page = form("handheld/move", typed);
        page.addObject("stock", stock);
        page.addObject("pallet", stock.stream().allMatch(b -> b.pallet() != null && b.pallet().equals(
                stock.get(0).pallet())) ? stock.get(0).pallet() : null);
        return page;
    }

    private ModelAndView refused(ModelAndView page, LotlineException refused, String field, Locale locale) {
        FormFailure failure = FormFailure.of(refused, messages, locale);
        String about = field != null ? field
                : failure.field().startsWith("to") || failure.field().equals("location") ? "to"
                : failure.field().startsWith("from") || failure.field().equals("lotNumber")
                        || failure.field().equals("pallet") ? "from"
                : failure.field().equals("unit") ? "quantity"
                : failure.field();
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

    private static String required(Map<String, String> typed, String field, String message) {
        String value = blankToNull(typed.get(field));
        if (value == null) {
            throw new InvalidInput(field, value, "required", message);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

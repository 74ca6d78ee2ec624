package io.lotline.ui.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.Unknown;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Receiving on the handheld: scan the supplier's label and the item, lot and dates are filled in from it; type the
 * quantity, scan the destination (and the pallet, if any) and book. The form carries an idempotency key, so a
 * double submit books one receipt.
 */
@Controller
class HandheldReceivePage extends PageController {
    private static final String ATTRIBUTE = "attributes.";

    private final Labels labels;
    private final Catalog catalog;
    private final Receiving receiving;
    private final MessageSource messages;
    private final FormRules rules;
    private final BatchPolicies policies;

    HandheldReceivePage(Labels labels, Catalog catalog, Receiving receiving, MessageSource messages,
                        FormRules rules, BatchPolicies policies) {
        this.rules = rules;
        this.policies = policies;
        this.labels = labels;
        this.catalog = catalog;
        this.receiving = receiving;
        this.messages = messages;
    }

    /** First the supplier and the label; once a label is scanned, what it says and the rest of the receipt. */
    @GetMapping("/handheld/receive")
    @PreAuthorize(Access.RECEIVING)
    ModelAndView receive(@RequestParam(required = false) String supplier,
                         @RequestParam(required = false) String label, Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("supplier", supplier == null ? "" : supplier);
        if (label == null || label.isBlank()) {
            return form("handheld/receive-label", typed);
        }
        try {
            ScannedLabel read = labels.read(label);
            typed.put("label", read.text());
            typed.put("sku", read.gtin() == null ? "" : catalog.itemWithGtin(new Gtin(read.gtin()))
                    .orElseThrow(() -> new Unknown("item", "gtin", read.gtin())).sku());
            typed.put("supplierLot", read.gs1() ? text(read.lot()) : read.text());
            typed.put("productionDate", read.productionDate() == null ? "" : read.productionDate().toString());
            typed.put("expiryDate", read.expiryDate() == null ? "" : read.expiryDate().toString());
            return details(typed);
        } catch (LotlineException unreadable) {
            typed.put("label", label);
            ModelAndView page = form("handheld/receive-label", typed);
            return refused(page, unreadable, "label", locale);
        }
    }

    @PostMapping("/handheld/receive")
    @PreAuthorize(Access.RECEIVING)
    ModelAndView book(@RequestParam Map<String, String> form, Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        try {
            Item item = catalog.item(required(typed, "sku"));
            ReceiveGoods.Line line = new ReceiveGoods.Line(item.sku(), quantity(typed.get("quantity"), item), null,
                    blankToNull(typed.get("supplierLot")), date(typed, "productionDate"), date(typed, "expiryDate"),
                    new Place(blankToNull(typed.get("location")), blankToNull(typed.get("pallet"))), List.of(),
                    List.of(), null, null, null, attributes(typed));
            GoodsReceived received = receiving.receive(new BookingContext(typed.get("idempotencyKey"), null),
                    rules.checked(new ReceiveGoods(text(typed.get("supplier")), null, List.of(line))));
            ModelAndView page = form("handheld/receive-label", Map.of("supplier", received.supplier()));
            page.addObject("received", received.lots().get(0));
            return page;
        } catch (LotlineException refused) {
            return refused(details(typed), refused, null, locale);
        }
    }

    /** The lot attributes typed into the fields the item's batch policy asks for ({@code attributes.origin}). */
    private static Map<String, String> attributes(Map<String, String> typed) {
        Map<String, String> attributes = new TreeMap<>();
        typed.forEach((field, value) -> {
            if (field.startsWith(ATTRIBUTE) && value != null && !value.isBlank()) {
                attributes.put(field.substring(ATTRIBUTE.length()), value.trim());
            }
        });
        return attributes;
    }

    private ModelAndView details(Map<String, String> typed) {
        ModelAndView page = form("handheld/receive-details", typed);
        String sku = typed.get("sku");
        if (sku != null && !sku.isBlank()) {
            try {
                Item item = catalog.item(sku);
                page.addObject("item", item);
                page.addObject("policyAttributes", policies.current(item.id())
                        .map(BatchPolicy::attributes).orElse(List.of()));
            } catch (LotlineException unknown) {
                // the form shows the refusal beside the item field when it is booked
            }
        }
        return page;
    }

    private ModelAndView refused(ModelAndView page, LotlineException refused, String field, Locale locale) {
        FormFailure failure = FormFailure.of(refused, messages, locale);
        if (field != null) {
            failure = new FormFailure(field, failure.value(), failure.rule(), failure.message());
        } else if (failure.field().startsWith("destination")) {
            failure = new FormFailure("location", failure.value(), failure.rule(), failure.message());
        } else if (failure.field().startsWith("lines[0].")) {
            failure = new FormFailure(failure.field().substring(9), failure.value(), failure.rule(),
                    failure.message());
        }
        page.addObject("failure", failure);
        page.setStatus(statusOf(refused));
        return page;
    }

    private static ModelAndView form(String view, Map<String, String> typed) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("typed", typed);
        page.addObject("key", UUID.randomUUID().toString());
        return page;
    }

    private static Quantity quantity(String typed, Item item) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("quantity", typed, "required", "The quantity is required");
        }
        try {
            return new Quantity(new BigDecimal(typed.strip().replace(',', '.')), item.baseUnit());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("quantity", typed, "number", "Type the quantity as a number, e.g. 12.5");
        }
    }

    private static LocalDate date(Map<String, String> typed, String field) {
        String value = blankToNull(typed.get(field));
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput(field, value, "date", "Type the date as YYYY-MM-DD");
        }
    }

    private static String required(Map<String, String> typed, String field) {
        String value = blankToNull(typed.get(field));
        if (value == null) {
            throw new InvalidInput(field, value, "required", "The item is required");
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

package io.lotline.ui.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.identity.Access;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Ledger;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.shared.Gtin;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The search box on every page. It takes an internal lot number, a supplier's lot, a pallet's licence plate or
 * SSCC, a scanned GS1 element string or a GS1 Digital Link, and goes straight to the lot or pallet when only one
 * thing matches; otherwise it lists the candidates.
 */
@Controller
class SearchPage extends PageController {
    private static final PageRequest CANDIDATES = new PageRequest(0, 50);

    private final Labels labels;
    private final Lots lots;
    private final Ledger ledger;
    private final Catalog catalog;
    private final MessageSource messages;

    SearchPage(Labels labels, Lots lots, Ledger ledger, Catalog catalog, MessageSource messages) {
        this.labels = labels;
        this.lots = lots;
        this.ledger = ledger;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/search")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView search(@RequestParam(name = "q", required = false) String query, Locale locale) {
        ModelAndView page = new ModelAndView("search");
        page.addObject("query", query);
        if (query == null || query.isBlank()) {
            return page;
        }
        ScannedLabel label;
        try {
            label = labels.read(query);
        } catch (LotlineException unreadable) {
            FormFailure failure = FormFailure.of(unreadable, messages, locale);
            page.addObject("failure", new FormFailure("scan", failure.value(), failure.rule(), failure.message()));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        List<Balance> pallet = label.gs1() ? (label.sscc() == null ? List.of() : ledger.onPallet(label.sscc()))
                : ledger.onPallet(label.text());
        List<Lot> candidates = candidates(label);
        String palletCode = label.sscc() != null ? label.sscc() : label.text();
        if (label.sscc() != null || (!pallet.isEmpty() && candidates.isEmpty())) {
            return new ModelAndView("redirect:/pallets/" + UriUtils.encodePathSegment(palletCode, "UTF-8"));
        }
        if (candidates.size() == 1 && pallet.isEmpty()) {
            return new ModelAndView("redirect:/lots/"
                    + UriUtils.encodePathSegment(candidates.get(0).number().value(), "UTF-8"));
        }
        page.addObject("lots", candidates);
        page.addObject("pallet", pallet.isEmpty() ? null : palletCode);
        return page;
    }

    @GetMapping("/pallets/{code}")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView pallet(@PathVariable String code) {
        ModelAndView page = new ModelAndView("pallet");
        page.addObject("code", code);
        page.addObject("balances", ledger.onPallet(code));
        return page;
    }

    /** The lots the scan names: by its lot number or supplier lot, of the label's item when it names one. */
    private List<Lot> candidates(ScannedLabel label) {
        Optional<String> sku = Optional.ofNullable(label.gtin()).flatMap(this::skuOf);
        if (label.gtin() != null && sku.isEmpty()) {
            return List.of();
        }
        String number = label.gs1() ? label.lot() : label.text();
        Map<Long, Lot> found = new LinkedHashMap<>();
        if (number == null) {
            sku.ifPresent(s -> lots.lots(s, null, CANDIDATES).content().forEach(lot -> found.put(lot.id(), lot)));
            return new ArrayList<>(found.values());
        }
        try {
            Lot lot = lots.lot(number);
            found.put(lot.id(), lot);
        } catch (Unknown notOurs) {
            // not an internal lot number; perhaps the supplier's
        }
        lots.lotsOfSupplierLot(number).forEach(lot -> found.putIfAbsent(lot.id(), lot));
        return found.values().stream().filter(lot -> sku.isEmpty() || lot.sku().equals(sku.get())).toList();
    }

    private Optional<String> skuOf(String gtin) {
        return catalog.itemWithGtin(new Gtin(gtin)).map(Item::sku);
    }
}

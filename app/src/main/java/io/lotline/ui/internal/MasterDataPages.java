package io.lotline.ui.internal;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.identity.Access;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.UnitOfMeasure;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Master data for supervisors and admins: the items, locations and parties, each listed with a form that registers
 * a new one through the catalog API, whose rules refuse what is wrong; each one's own page changes it
 * ({@link MasterDataEditPages}). A form submitted twice registers once: the second is refused as a duplicate code.
 */
@Controller
class MasterDataPages extends PageController {
    private final Catalog catalog;
    private final MessageSource messages;
    private final FormRules rules;

    MasterDataPages(Catalog catalog, MessageSource messages, FormRules rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/admin")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView index() {
        return new ModelAndView("admin/index");
    }

    /**
     * The item list, narrowed to the items whose SKU or description holds what is typed into the filter; htmx asks for
     * the list alone as the user types ({@code HX-Request}), a plain submit for the whole page.
     */
    @GetMapping("/admin/items")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView items(@RequestParam(required = false) String q,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx)) {
            return new ModelAndView("admin/items :: list").addObject("items", listed(q)).addObject("filter", q);
        }
        return items(Map.of(), q);
    }

    @PostMapping("/admin/items")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView registerItem(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        return register(() -> items(Map.of(), null).addObject("created", catalog.registerItem(rules.checked(new NewItem(
                form.text("sku"), form.text("gtin") == null ? null : new Gtin(form.text("gtin")),
                form.text("description"), unit(form.text("baseUnit")), List.of(),
                form.choice("tracking", TrackingPolicy.class), form.number("shelfLifeDays"),
                form.choice("expiryKind", ExpiryKind.class), form.choice("pickingStrategy", PickingStrategy.class),
                form.text("category"), form.number("minRemainingShelfLifeAtReceiptDays"),
                form.choice("initialLotStatus", InitialLotStatus.class), form.text("lotNumberFormat"), null)))
                .sku()), () -> items(form.typed(), null), locale);
    }

    @GetMapping("/admin/locations")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView locations() {
        return locations(Map.of());
    }

    @PostMapping("/admin/locations")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView registerLocation(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        return register(() -> locations(Map.of()).addObject("created", catalog.registerLocation(
                rules.checked(new NewLocation(form.text("code"), form.text("name"), form.text("warehouse"),
                        form.text("parent"), form.ticked("pickable"), form.ticked("quarantine")))).code()),
                () -> locations(form.typed()), locale);
    }

    @GetMapping("/admin/parties")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView parties() {
        return parties(Map.of());
    }

    @PostMapping("/admin/parties")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView registerParty(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        return register(() -> parties(Map.of()).addObject("created", catalog.registerParty(rules.checked(new NewParty(
                form.text("code"), form.choice("role", PartyRole.class), form.text("name"),
                form.text("gln") == null ? null : new Gln(form.text("gln")),
                new Address(form.text("address.street"), form.text("address.postalCode"), form.text("address.city"),
                        form.text("address.region"), form.text("address.country")), form.text("phone"),
                new RecallContact(form.text("recallContact.name"), form.text("recallContact.email"),
                        form.text("recallContact.phone"))))).code()), () -> parties(form.typed()), locale);
    }

    /** Registers through the catalog; a refusal shows the form again as typed, the reason beside its field. */
    private ModelAndView register(Supplier<ModelAndView> registered, Supplier<ModelAndView> again, Locale locale) {
        try {
            return registered.get();
        } catch (LotlineException refused) {
            ModelAndView page = again.get();
            page.addObject("failure", FormFailure.of(refused, messages, locale));
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    private ModelAndView items(Map<String, String> typed, String filter) {
        ModelAndView page = new ModelAndView("admin/items");
        page.addObject("items", listed(filter));
        page.addObject("filter", filter);
        page.addObject("strategies", PickingStrategy.values());
        page.addObject("initialStatuses", InitialLotStatus.values());
        page.addObject("trackings", TrackingPolicy.values());
        page.addObject("expiryKinds", ExpiryKind.values());
        page.addObject("typed", typed);
        return page;
    }

    private Page<Item> listed(String filter) {
        return catalog.itemsMatching(filter, new PageRequest(0, PageRequest.MAX_SIZE));
    }

    private ModelAndView locations(Map<String, String> typed) {
        ModelAndView page = new ModelAndView("admin/locations");
        List<Location> locations = catalog.locations(new PageRequest(0, PageRequest.MAX_SIZE)).content();
        page.addObject("locations", locations);
        page.addObject("warehouses", catalog.warehouses(new PageRequest(0, PageRequest.MAX_SIZE)).content());
        page.addObject("typed", typed);
        return page;
    }

    private ModelAndView parties(Map<String, String> typed) {
        ModelAndView page = new ModelAndView("admin/parties");
        List<Party> parties = java.util.stream.Stream.of(PartyRole.values())
                .flatMap(role -> catalog.parties(role, new PageRequest(0, PageRequest.MAX_SIZE)).content().stream())
                .toList();
        page.addObject("parties", parties);
        page.addObject("partyRoles", PartyRole.values());
        page.addObject("typed", typed);
        return page;
    }

    private static UnitOfMeasure unit(String code) {
        if (code == null) {
            throw new InvalidInput("baseUnit", null, "required", "An item needs a base unit");
        }
        try {
            return new UnitOfMeasure(code);
        } catch (InvalidInput wrong) {
            throw new InvalidInput("baseUnit", code, wrong.rule(), wrong.getMessage());
        }
    }
}

package io.lotline.ui.internal;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.ItemChange;
import io.lotline.catalog.Location;
import io.lotline.catalog.LocationChange;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyChange;
import io.lotline.catalog.RecallContact;
import io.lotline.identity.Access;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.LotlineException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Changing an item, a location or a party on its page, through the catalog's change operations and their rules: the
 * code stays, a refusal shows the form again as typed with the reason beside its field, and a change that was made
 * shows the page afresh with the change on its record.
 */
@Controller
class MasterDataEditPages extends PageController {
    private final Catalog catalog;
    private final MasterDataViews views;
    private final FormRules rules;
    private final MessageSource messages;

    MasterDataEditPages(Catalog catalog, MasterDataViews views, FormRules rules, MessageSource messages) {
        this.catalog = catalog;
        this.views = views;
        this.rules = rules;
        this.messages = messages;
    }

    @PostMapping("/admin/items/{sku}")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView changeItem(@PathVariable String sku, @RequestParam MultiValueMap<String, String> submitted,
                            Locale locale) {
        Item item = catalog.item(sku);
        AdminForm form = new AdminForm(submitted);
        return change(() -> catalog.changeItem(item.sku(), rules.checked(new ItemChange(form.text("description"),
                        form.text("gtin") == null ? null : new Gtin(form.text("gtin")), form.number("shelfLifeDays"),
                        form.choice("expiryKind", ExpiryKind.class), form.number("minRemainingShelfLifeAtReceiptDays"),
                        form.choice("initialLotStatus", InitialLotStatus.class)))),
                "/admin/items/" + item.sku(), () -> views.item(item, form.typed()), locale);
    }

    @GetMapping("/admin/locations/{code}")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView location(@PathVariable String code, @RequestParam(required = false) String done) {
        return views.location(catalog.location(code), java.util.Map.of()).addObject("done", done);
    }

    @PostMapping("/admin/locations/{code}")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView changeLocation(@PathVariable String code, @RequestParam MultiValueMap<String, String> submitted,
                                Locale locale) {
        Location location = catalog.location(code);
        AdminForm form = new AdminForm(submitted);
        return change(() -> catalog.changeLocation(location.code(), rules.checked(new LocationChange(
                        form.text("name"), form.ticked("pickable")))),
                "/admin/locations/" + location.code(), () -> views.location(location, form.typed()), locale);
    }

    @PostMapping("/admin/parties/{code}")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView changeParty(@PathVariable String code, @RequestParam MultiValueMap<String, String> submitted,
                             Locale locale) {
        Party party = catalog.party(code);
        AdminForm form = new AdminForm(submitted);
        return change(() -> catalog.changeParty(party.code(), rules.checked(new PartyChange(form.text("name"),
                        form.text("gln") == null ? null : new Gln(form.text("gln")),
                        new Address(form.text("address.street"), form.text("address.postalCode"),
                                form.text("address.city"), form.text("address.region"), form.text("address.country")),
                        form.text("phone"), new RecallContact(form.text("recallContact.name"),
                        form.text("recallContact.email"), form.text("recallContact.phone"))))),
                "/admin/parties/" + party.code(), () -> views.party(party, form.typed()), locale);
    }

    /** Changes through the catalog and shows the page afresh, or the form again with the refusal beside its field. */
    private ModelAndView change(Supplier<Object> changed, String page, Supplier<ModelAndView> again, Locale locale) {
        try {
            changed.get();
            return new ModelAndView("redirect:" + page + "?done=changed");
        } catch (LotlineException refused) {
            ModelAndView shown = again.get();
            shown.addObject("failure", FormFailure.of(refused, messages, locale));
            shown.setStatus(statusOf(refused));
            return shown;
        }
    }
}

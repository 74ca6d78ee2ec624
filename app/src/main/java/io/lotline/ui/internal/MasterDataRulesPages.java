package io.lotline.ui.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.identity.Access;
import io.lotline.picking.CustomerRequirements;
import io.lotline.picking.ShelfLifeMinimum;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.ItemRules;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.util.Locale;
import java.util.Map;
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
 * The rules other capabilities keep for registered master data, on the item's and the party's page: an item's
 * production rules (whether its outputs need inputs booked first, whether their expiry comes from the inputs) and a
 * customer's minimum remaining shelf life, overall or per item. The item or party itself is changed on the same page
 * ({@link MasterDataEditPages}).
 */
@Controller
class MasterDataRulesPages extends PageController {
    private final Catalog catalog;
    private final Production production;
    private final CustomerRequirements requirements;
    private final MasterDataViews views;
    private final MessageSource messages;

    MasterDataRulesPages(Catalog catalog, Production production, CustomerRequirements requirements,
                         MasterDataViews views, MessageSource messages) {
        this.catalog = catalog;
        this.production = production;
        this.requirements = requirements;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/admin/items/{sku}")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView item(@PathVariable String sku, @RequestParam(required = false) String done) {
        return views.item(catalog.item(sku), Map.of()).addObject("done", done);
    }

    @PostMapping("/admin/items/{sku}/production-rules")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView productionRules(@PathVariable String sku, @RequestParam MultiValueMap<String, String> submitted) {
        Item item = catalog.item(sku);
        AdminForm form = new AdminForm(submitted);
        production.defineRules(item.sku(), new ItemRules(form.ticked("requiresInputs"),
                form.ticked("expiryFromInputs")));
        return new ModelAndView("redirect:/admin/items/" + item.sku() + "?done=production-rules");
    }

    @GetMapping("/admin/parties/{code}")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView party(@PathVariable String code, @RequestParam(required = false) String done) {
        return views.party(catalog.party(code), Map.of()).addObject("done", done);
    }

    /** A minimum for all the customer's items, or, with an item named, for that item; blank days remove it. */
    @PostMapping("/admin/parties/{code}/shelf-life")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView shelfLife(@PathVariable String code, @RequestParam MultiValueMap<String, String> submitted,
                           Locale locale) {
        Party customer = customerOf(code);
        AdminForm form = new AdminForm(submitted);
        return act(() -> {
            ShelfLifeMinimum minimum = within("minimumRemainingDays",
                    () -> new ShelfLifeMinimum(form.number("minimumRemainingDays")));
            if (form.text("sku") == null) {
                requirements.requireShelfLife(customer.code(), minimum);
            } else {
                within("sku", () -> requirements.requireShelfLife(customer.code(), form.text("sku"), minimum));
            }
            return new ModelAndView("redirect:/admin/parties/" + customer.code() + "?done=shelf-life");
        }, () -> views.party(customer, form.typed()), locale);
    }

    /** Only a customer has shelf-life requirements: any other party has no such page. */
    private Party customerOf(String code) {
        try {
            return catalog.party(code, PartyRole.CUSTOMER, "code");
        } catch (Refused notACustomer) {
            throw new Unknown("customer", "code", code);
        }
    }

    private ModelAndView act(Supplier<ModelAndView> action, Supplier<ModelAndView> again, Locale locale) {
        try {
            return action.get();
        } catch (LotlineException refused) {
            ModelAndView page = again.get();
            page.addObject("failure", FormFailure.of(refused, messages, locale));
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    /** A refusal of the value typed into one input is shown beside that input, whatever the facade called it. */
    private static <T> T within(String input, Supplier<T> action) {
        try {
            return action.get();
        } catch (LotlineException refused) {
            throw new InvalidInput(input, refused.value(), refused.rule(), refused.getMessage());
        }
    }
}

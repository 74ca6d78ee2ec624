package io.lotline.ui.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.MasterDataChange.Kind;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.picking.CustomerRequirements;
import io.lotline.production.Production;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages of one item, location or party: what it is, its edit form filled with what it holds now (or with what
 * was typed, when a change was refused), the rules other capabilities keep for it, and the record of its changes.
 */
@Component
class MasterDataViews {
    private final Catalog catalog;
    private final Production production;
    private final CustomerRequirements requirements;

    MasterDataViews(Catalog catalog, Production production, CustomerRequirements requirements) {
        this.catalog = catalog;
        this.production = production;
        this.requirements = requirements;
    }

    ModelAndView item(Item item, Map<String, String> typed) {
        Map<String, String> held = new LinkedHashMap<>();
        held.put("description", item.description());
        held.put("gtin", item.gtin() == null ? null : item.gtin().value());
        held.put("shelfLifeDays", text(item.shelfLifeDays()));
        held.put("expiryKind", item.expiryKind() == null ? null : item.expiryKind().name());
        held.put("minRemainingShelfLifeAtReceiptDays", text(item.minRemainingShelfLifeAtReceiptDays()));
        held.put("initialLotStatus", item.initialLotStatus().name());
        return new ModelAndView("admin/item").addObject("item", item)
                .addObject("rules", production.rules(item.sku()))
                .addObject("typed", asTyped(held, typed))
                .addObject("expiryKinds", ExpiryKind.values())
                .addObject("initialStatuses", InitialLotStatus.values())
                .addObject("changes", catalog.changes(Kind.ITEM, item.sku()));
    }

    ModelAndView party(Party party, Map<String, String> typed) {
        Map<String, String> held = new LinkedHashMap<>();
        held.put("name", party.name());
        held.put("gln", party.gln() == null ? null : party.gln().value());
        held.put("phone", party.phone());
        held.put("address.street", party.address().street());
        held.put("address.postalCode", party.address().postalCode());
        held.put("address.city", party.address().city());
        held.put("address.region", party.address().region());
        held.put("address.country", party.address().country());
        held.put("recallContact.name", party.recallContact().name());
        held.put("recallContact.email", party.recallContact().email());
        held.put("recallContact.phone", party.recallContact().phone());
        ModelAndView page = new ModelAndView("admin/party").addObject("party", party)
                .addObject("typed", asTyped(held, typed))
                .addObject("changes", catalog.changes(Kind.PARTY, party.code()));
        if (party.role() == PartyRole.CUSTOMER) {
            page.addObject("shelfLife", requirements.shelfLife(party.code()));
        }
        return page;
    }

    ModelAndView location(Location location, Map<String, String> typed) {
        Map<String, String> held = new LinkedHashMap<>();
        held.put("name", location.name());
        held.put("pickable", String.valueOf(location.pickable()));
        return new ModelAndView("admin/location").addObject("location", location)
                .addObject("typed", asTyped(held, typed))
                .addObject("changes", catalog.changes(Kind.LOCATION, location.code()));
    }

    /**
     * What the forms show: what the record holds, or, once a form came back refused, what was typed into it. A
     * refused form of another section keeps the edit form as the record holds it.
     */
    private static Map<String, String> asTyped(Map<String, String> held, Map<String, String> typed) {
        Map<String, String> shown = new LinkedHashMap<>();
        held.forEach((field, value) -> {
            if (value != null) {
                shown.put(field, value);
            }
        });
        if (typed.containsKey("edit")) {
            held.keySet().forEach(shown::remove);
        }
        shown.putAll(typed);
        return shown;
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}

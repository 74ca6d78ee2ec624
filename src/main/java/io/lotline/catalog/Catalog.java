package io.lotline.catalog;

import io.lotline.shared.Gtin;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.Collection;
import java.util.Map;

/** The master data every movement refers to. Look-ups by code throw {@link io.lotline.shared.Unknown}. */
public interface Catalog {

    Category registerCategory(NewCategory category);

    Page<Category> categories(PageRequest page);

    Item registerItem(NewItem item);

    Item item(String sku);

    Item item(long id);

    /** The item a GS1 label names by its trade item number (AI 01 or 02). */
    Item item(Gtin gtin);

    /** The items by id, read at once; an id that is no item throws {@link io.lotline.shared.Unknown}. */
    Map<Long, Item> items(Collection<Long> ids);

    Page<Item> items(PageRequest page);

    Site registerSite(NewSite site);

    Site site(String code);

    Page<Site> sites(PageRequest page);

    Warehouse registerWarehouse(NewWarehouse warehouse);

    Page<Warehouse> warehouses(PageRequest page);

    Location registerLocation(NewLocation location);

    Location location(String code);

    Location location(long id);

    Page<Location> locations(PageRequest page);

    /** A pallet by its code; an unknown code is registered on the spot, as when a supplier's SSCC arrives. */
    Container containerFor(String code);

    Container container(String code);

    Container container(long id);

    Party registerParty(NewParty party);

    Party party(long id);

    /** A party by code that must play the given role (a customer is no supplier). */
    Party party(String code, PartyRole role, String field);

    Page<Party> parties(PartyRole role, PageRequest page);
}

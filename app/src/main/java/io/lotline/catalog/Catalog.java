package io.lotline.catalog;

import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The master data every movement refers to. Look-ups by code throw {@link io.lotline.shared.Unknown}. */
public interface Catalog {

    Category registerCategory(NewCategory category);

    Page<Category> categories(PageRequest page);

    /** Registers the item and announces it ({@link ItemRegistered}) in the same transaction. */
    Item registerItem(NewItem item);

    Item item(String sku);

    /** Changes what may change of an item; its SKU stays. Every change is kept in {@link #changes}. */
    Item changeItem(String sku, ItemChange change);

    /** The item with this SKU, if any: for callers to whom an unknown SKU is no error. */
    Optional<Item> itemWithSku(String sku);

    Item item(long id);

    /** The item that carries this GTIN, if any: how a scanned label finds the item. */
    Optional<Item> itemWithGtin(Gtin gtin);

    /** The items by id, read at once; an id that is no item throws {@link io.lotline.shared.Unknown}. */
    Map<Long, Item> items(Collection<Long> ids);

    Page<Item> items(PageRequest page);

    /** The items whose SKU or description contains this text, whatever its case, by SKU. */
    Page<Item> itemsMatching(String text, PageRequest page);

    Site registerSite(NewSite site);

    Site site(String code);

    /** The site with this GLN, if any: how a scanned (414) location finds the site. */
    Optional<Site> siteWithGln(Gln gln);

    Page<Site> sites(PageRequest page);

    Warehouse registerWarehouse(NewWarehouse warehouse);

    Page<Warehouse> warehouses(PageRequest page);

    Location registerLocation(NewLocation location);

    Location location(String code);

    Location changeLocation(String code, LocationChange change);

    /** The location with this code, if there is one: for callers to whom an unknown code is no failure. */
    Optional<Location> locationWithCode(String code);

    Location location(long id);

    Page<Location> locations(PageRequest page);

    /** A pallet by its code; an unknown code is registered on the spot, as when a supplier's SSCC arrives. */
    Container containerFor(String code);

    /** Pallets by their codes, at once; those not known yet are registered on the spot, as {@link #containerFor}. */
    Map<String, Container> containersFor(Collection<String> codes);

    Container container(String code);

    Container container(long id);

    Party registerParty(NewParty party);

    Party party(long id);

    /** A party by code, whatever its role. */
    Party party(String code);

    Party changeParty(String code, PartyChange change);

    /** The changes of one item, location or party, newest first. */
    List<MasterDataChange> changes(MasterDataChange.Kind kind, String code);

    /** A party by code that must play the given role (a customer is no supplier). */
    Party party(String code, PartyRole role, String field);

    /**
     * The owner (consignee, EU 931/2011 art. 3) of goods shipped to the customer {@code receiverId} on the owner's
     * behalf: a registered customer other than the receiver.
     */
    Party consignee(String code, long receiverId);

    Page<Party> parties(PartyRole role, PageRequest page);

    /** The party of this role known by this GLN, as partners' EPCIS events name it. */
    Optional<Party> partyWithGln(Gln gln, PartyRole role);
}

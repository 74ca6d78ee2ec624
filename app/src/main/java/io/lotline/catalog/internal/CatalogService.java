package io.lotline.catalog.internal;

import static io.lotline.catalog.internal.MasterDataCache.Copies.remembered;

import com.github.benmanes.caffeine.cache.Cache;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Category;
import io.lotline.catalog.Container;
import io.lotline.catalog.ContainerKind;
import io.lotline.catalog.DuplicateCode;
import io.lotline.catalog.Item;
import io.lotline.catalog.ItemChange;
import io.lotline.catalog.ItemRegistered;
import io.lotline.catalog.Location;
import io.lotline.catalog.LocationChange;
import io.lotline.catalog.MasterDataChange.FieldChange;
import io.lotline.catalog.MasterDataChange.Kind;
import io.lotline.catalog.MasterDataChange;
import io.lotline.catalog.NewCategory;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyChange;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.Site;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.catalog.Warehouse;
import io.lotline.identity.CurrentActor;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Sscc;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog. Items (with their units and category) and parties read by id are copied in memory
 * ({@link MasterDataCache}): other capabilities look them up by the ids their rows hold, many times per request. What
 * may change of an item, location or party changes here only, recorded as a {@link MasterDataChange} with each
 * field's value before and after.
 */
@Service
@Transactional(readOnly = true)
class CatalogService implements Catalog {
    private final Items items;
    private final Categories categories;
    private final Places places;
    private final Parties parties;
    private final BatchPolicyVersions policies;
    private final MasterDataCache cache;
    private final MasterDataChanges changes;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CatalogService(Items items, Categories categories, Places places, Parties parties, BatchPolicyVersions policies,
                   MasterDataCache cache, MasterDataChanges changes, CurrentActor actor, Clock clock,
                   ApplicationEventPublisher events) {
        this.policies = policies;
        this.events = events;
        this.cache = cache;
        this.changes = changes;
        this.actor = actor;
        this.clock = clock;
        this.items = items;
        this.categories = categories;
        this.places = places;
        this.parties = parties;
    }

    @Override
    @Transactional
    public Category registerCategory(NewCategory category) {
        if (places.exists("categories", category.code())) {
            throw new DuplicateCode("code", category.code());
        }
        categories.insert(category);
        return categories.byCode(category.code()).orElseThrow();
    }

    @Override
    public Page<Category> categories(PageRequest page) {
        return categories.page(page);
    }

    @Override
    @Transactional
    public Item registerItem(NewItem item) {
        if (items.skuTaken(item.sku())) {
            throw new DuplicateCode("sku", item.sku());
        }
        if (item.gtin() != null && items.gtinTaken(item.gtin())) {
            throw new DuplicateCode("gtin", item.gtin().value());
        }
        Long categoryId = item.category() == null ? null
                : categories.byCode(item.category()).orElseThrow(() -> new Unknown("category", "category",
                        item.category())).id();
        long id = items.insert(underPolicy(item, categoryId), categoryId);
        events.publishEvent(new ItemRegistered(id, item.sku()));
        return items.byId(id).orElseThrow();
    }

    /** An item that states no tracking or picking strategy takes its category's batch policy's, when it has one. */
    private static NewItem underPolicy(NewItem item, Optional<BatchPolicy> policy) {
        TrackingPolicy tracking = item.tracking() != null ? item.tracking()
                : policy.map(BatchPolicy::tracking).orElse(TrackingPolicy.LOT);
        PickingStrategy strategy = item.pickingStrategy() != null ? item.pickingStrategy()
                : policy.map(BatchPolicy::pickingStrategy).orElse(null);
        return item.withTrackingAndPicking(tracking, strategy);
    }

    private NewItem underPolicy(NewItem item, Long categoryId) {
        return underPolicy(item, categoryId == null ? Optional.empty()
                : policies.latest(BatchPolicyVersions.Owner.category(categoryId)));
    }

    @Override
    public Item item(String sku) {
        return itemWithSku(sku).orElseThrow(() -> new Unknown("item", "sku", sku));
    }

    @Override
    @Transactional
    public Item changeItem(String sku, ItemChange change) {
        changes.lock();
        Item before = item(sku);
        if (change.gtin() != null && !change.gtin().equals(before.gtin()) && items.gtinTaken(change.gtin())) {
            throw new DuplicateCode("gtin", change.gtin().value());
        }
        cache.changing();
        items.update(before.id(), change);
        Item after = items.byId(before.id()).orElseThrow();
        record(Kind.ITEM, sku, Differences.of(ItemChange.of(before), ItemChange.of(after)));
        return after;
    }

    @Override
    public Optional<Item> itemWithSku(String sku) {
        return remembered(cache.copies().itemsBySku(), sku, items::bySku);
    }

    @Override
    public Optional<Item> itemWithGtin(Gtin gtin) {
        return items.byGtin(gtin.value());
    }

    @Override
    public Item item(long id) {
        Item item = cache.copies().items().get(id, unknown -> items.byId(unknown).orElse(null));
        if (item == null) {
            throw new Unknown("item", "itemId", id);
        }
        return item;
    }

    @Override
    public Map<Long, Item> items(Collection<Long> ids) {
        Cache<Long, Item> itemsById = cache.copies().items();
        Map<Long, Item> found = new HashMap<>(itemsById.getAllPresent(ids));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            items.byIds(missing).forEach(item -> {
                found.put(item.id(), item);
                itemsById.put(item.id(), item);
            });
        }
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new Unknown("item", "itemId", id);
        });
        return found;
    }

    @Override
    public Page<Item> items(PageRequest page) {
        return items.page(page);
    }

    @Override
    public Page<Item> itemsMatching(String text, PageRequest page) {
        return text == null || text.isBlank() ? items.page(page) : items.matching(text.strip(), page);
    }

    @Override
    @Transactional
    public Site registerSite(NewSite site) {
        if (places.exists("sites", site.code())) {
            throw new DuplicateCode("code", site.code());
        }
        places.insertSite(site);
        return site(site.code());
    }

    @Override
    public Site site(String code) {
        return remembered(cache.copies().sites(), code, places::site)
                .orElseThrow(() -> new Unknown("site", "site", code));
    }

    @Override
    public Optional<Site> siteWithGln(Gln gln) {
        return places.siteWithGln(gln.value());
    }

    @Override
    public Page<Site> sites(PageRequest page) {
        return places.sites(page);
    }

    @Override
    @Transactional
    public Warehouse registerWarehouse(NewWarehouse warehouse) {
        if (places.exists("warehouses", warehouse.code())) {
            throw new DuplicateCode("code", warehouse.code());
        }
        places.insertWarehouse(warehouse, site(warehouse.site()).id());
        return places.warehouse(warehouse.code()).orElseThrow();
    }

    @Override
    public Page<Warehouse> warehouses(PageRequest page) {
        return places.warehouses(page);
    }

    @Override
    @Transactional
    public Location registerLocation(NewLocation location) {
        if (places.exists("locations", location.code())) {
            throw new DuplicateCode("code", location.code());
        }
        long warehouseId = places.warehouseId(location.warehouse())
                .orElseThrow(() -> new Unknown("warehouse", "warehouse", location.warehouse()));
        Long parentId = null;
        if (location.parent() != null) {
            Location parent = places.location(location.parent())
                    .orElseThrow(() -> new Unknown("location", "parent", location.parent()));
            if (!parent.warehouse().equals(location.warehouse())) {
                throw new Refused("parent", location.parent(), "parent-in-same-warehouse",
                        "A location nests only inside a location of the same warehouse");
            }
            parentId = parent.id();
        }
        return location(places.insertLocation(location, warehouseId, parentId));
    }

    @Override
    public Location location(String code) {
        return locationWithCode(code).orElseThrow(() -> new Unknown("location", "location", code));
    }

    @Override
    @Transactional
    public Location changeLocation(String code, LocationChange change) {
        changes.lock();
        Location before = location(code);
        cache.changing();
        places.updateLocation(before.id(), change);
        Location after = location(before.id());
        record(Kind.LOCATION, code, Differences.of(LocationChange.of(before), LocationChange.of(after)));
        return after;
    }

    @Override
    public Optional<Location> locationWithCode(String code) {
        return remembered(cache.copies().locationsByCode(), code, places::location);
    }

    @Override
    public Location location(long id) {
        return remembered(cache.copies().locations(), id, places::location)
                .orElseThrow(() -> new Unknown("location", "locationId", id));
    }

    @Override
    public Page<Location> locations(PageRequest page) {
        return places.locations(page);
    }

    @Override
    @Transactional
    public Container containerFor(String code) {
        places.insertContainerIfAbsent(code, kindOf(code));
        return container(code);
    }

    @Override
    @Transactional
    public Map<String, Container> containersFor(Collection<String> codes) {
        Map<String, ContainerKind> kinds = new LinkedHashMap<>();
        codes.forEach(code -> kinds.computeIfAbsent(code, CatalogService::kindOf));
        places.insertContainersIfAbsent(kinds);
        return places.containers(kinds.keySet());
    }

    /** A pallet code is 1-40 characters; one that looks like an SSCC must be a valid one. */
    private static ContainerKind kindOf(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new InvalidInput("pallet", code, "container-code", "A pallet code has 1-40 characters");
        }
        ContainerKind kind = Sscc.looksLikeOne(code) ? ContainerKind.SSCC : ContainerKind.LICENCE_PLATE;
        if (kind == ContainerKind.SSCC) {
            new Sscc(code).value();
        }
        return kind;
    }

    @Override
    public Container container(String code) {
        return places.container(code).orElseThrow(() -> new Unknown("pallet", "pallet", code));
    }

    @Override
    public Container container(long id) {
        return places.container(id).orElseThrow(() -> new Unknown("pallet", "palletId", id));
    }

    @Override
    @Transactional
    public Party registerParty(NewParty party) {
        if (places.exists("parties", party.code())) {
            throw new DuplicateCode("code", party.code());
        }
        return parties.byId(parties.insert(party)).orElseThrow();
    }

    @Override
    public Party party(long id) {
        Party party = cache.copies().parties().get(id, unknown -> parties.byId(unknown).orElse(null));
        if (party == null) {
            throw new Unknown("party", "partyId", id);
        }
        return party;
    }

    @Override
    public Party party(String code) {
        return partyWithCode(code).orElseThrow(() -> new Unknown("party", "code", code));
    }

    @Override
    @Transactional
    public Party changeParty(String code, PartyChange change) {
        changes.lock();
        Party before = party(code);
        cache.changing();
        parties.update(before.id(), change);
        Party after = parties.byId(before.id()).orElseThrow();
        record(Kind.PARTY, code, Differences.of(PartyChange.of(before), PartyChange.of(after)));
        return after;
    }

    private Optional<Party> partyWithCode(String code) {
        return remembered(cache.copies().partiesByCode(), code, parties::byCode);
    }

    @Override
    public List<MasterDataChange> changes(Kind kind, String code) {
        return changes.of(kind, code);
    }

    /** A change that changed nothing leaves no record and moves no revision. */
    private void record(Kind kind, String code, List<FieldChange> fields) {
        if (!fields.isEmpty()) {
            changes.record(kind, code, clock.instant(), actor.current().username(), fields);
        }
    }

    @Override
    public Party party(String code, PartyRole role, String field) {
        Party party = partyWithCode(code).orElseThrow(() -> new Unknown(role.name().toLowerCase(), field, code));
        if (party.role() != role) {
            throw new Refused(field, code, "party-role", code + " is a " + party.role().name().toLowerCase()
                    + ", not a " + role.name().toLowerCase());
        }
        return party;
    }

    @Override
    public Party consignee(String code, long receiverId) {
        Party consignee = party(code, PartyRole.CUSTOMER, "consignee");
        if (consignee.id() == receiverId) {
            throw new InvalidInput("consignee", code, "consignee-differs-from-customer", "A consignee is named only "
                    + "where the goods go to another customer on its behalf; " + code + " is the customer itself");
        }
        return consignee;
    }

    @Override
    public Page<Party> parties(PartyRole role, PageRequest page) {
        return parties.page(role, page);
    }

    @Override
    public Optional<Party> partyWithGln(Gln gln, PartyRole role) {
        return parties.byGln(gln.value(), role);
    }
}

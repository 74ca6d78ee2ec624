package io.lotline.catalog.web;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Category;
import io.lotline.catalog.Container;
import io.lotline.catalog.Item;
import io.lotline.catalog.ItemChange;
import io.lotline.catalog.LocationChange;
import io.lotline.catalog.MasterDataChange;
import io.lotline.catalog.MasterDataChange.Kind;
import io.lotline.catalog.PartyChange;
import io.lotline.catalog.Location;
import io.lotline.catalog.NewCategory;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.Site;
import io.lotline.catalog.Warehouse;
import io.lotline.identity.Access;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Master data: items, categories, sites, warehouses, locations, pallets, suppliers and customers. Items, locations
 * and parties are changed by {@code PUT} of what may change (their code stays), each change kept under
 * {@code .../changes}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog")
class CatalogController {
    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    Category registerCategory(@RequestBody @Valid NewCategory category) {
        return catalog.registerCategory(category);
    }

    @GetMapping("/categories")
    @PreAuthorize(Access.ANY_USER)
    Page<Category> categories(PageRequest page) {
        return catalog.categories(page);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    Item registerItem(@RequestBody @Valid NewItem item) {
        return catalog.registerItem(item);
    }

    @GetMapping("/items")
    @PreAuthorize(Access.ANY_USER)
    Page<Item> items(PageRequest page) {
        return catalog.items(page);
    }

    @GetMapping("/items/{sku}")
    @PreAuthorize(Access.ANY_USER)
    Item item(@PathVariable String sku) {
        return catalog.item(sku);
    }

    @PutMapping("/items/{sku}")
    @PreAuthorize(Access.MASTER_DATA)
    Item changeItem(@PathVariable String sku, @RequestBody @Valid ItemChange change) {
        return catalog.changeItem(sku, change);
    }

    @GetMapping("/items/{sku}/changes")
    @PreAuthorize(Access.ANY_USER)
    List<MasterDataChange> itemChanges(@PathVariable String sku) {
        return catalog.changes(Kind.ITEM, catalog.item(sku).sku());
    }

    @PostMapping("/sites")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    Site registerSite(@RequestBody @Valid NewSite site) {
        return catalog.registerSite(site);
    }

    @GetMapping("/sites")
    @PreAuthorize(Access.ANY_USER)
    Page<Site> sites(PageRequest page) {
        return catalog.sites(page);
    }

    @PostMapping("/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    Warehouse registerWarehouse(@RequestBody @Valid NewWarehouse warehouse) {
        return catalog.registerWarehouse(warehouse);
    }

    @GetMapping("/warehouses")
    @PreAuthorize(Access.ANY_USER)
    Page<Warehouse> warehouses(PageRequest page) {
        return catalog.warehouses(page);
    }

    @PostMapping("/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    Location registerLocation(@RequestBody @Valid NewLocation location) {
        return catalog.registerLocation(location);
    }

    @GetMapping("/locations")
    @PreAuthorize(Access.ANY_USER)
    Page<Location> locations(PageRequest page) {
        return catalog.locations(page);
    }

    @GetMapping("/locations/{code}")
    @PreAuthorize(Access.ANY_USER)
    Location location(@PathVariable String code) {
        return catalog.location(code);
    }

    @PutMapping("/locations/{code}")
    @PreAuthorize(Access.MASTER_DATA)
    Location changeLocation(@PathVariable String code, @RequestBody @Valid LocationChange change) {
        return catalog.changeLocation(code, change);
    }

    @GetMapping("/locations/{code}/changes")
    @PreAuthorize(Access.ANY_USER)
    List<MasterDataChange> locationChanges(@PathVariable String code) {
        return catalog.changes(Kind.LOCATION, catalog.location(code).code());
    }

    @PostMapping("/pallets/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Container registerPallet(@PathVariable String code) {
        return catalog.containerFor(code);
    }

    @GetMapping("/pallets/{code}")
    @PreAuthorize(Access.ANY_USER)
    Container pallet(@PathVariable String code) {
        return catalog.container(code);
    }

    @PostMapping("/parties")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    Party registerParty(@RequestBody @Valid NewParty party) {
        return catalog.registerParty(party);
    }

    @GetMapping("/parties")
    @PreAuthorize(Access.ANY_USER)
    Page<Party> parties(@RequestParam String role, PageRequest page) {
        return catalog.parties(role(role), page);
    }

    @GetMapping("/parties/{code}")
    @PreAuthorize(Access.ANY_USER)
    Party party(@PathVariable String code) {
        return catalog.party(code);
    }

    @PutMapping("/parties/{code}")
    @PreAuthorize(Access.MASTER_DATA)
    Party changeParty(@PathVariable String code, @RequestBody @Valid PartyChange change) {
        return catalog.changeParty(code, change);
    }

    @GetMapping("/parties/{code}/changes")
    @PreAuthorize(Access.ANY_USER)
    List<MasterDataChange> partyChanges(@PathVariable String code) {
        return catalog.changes(Kind.PARTY, catalog.party(code).code());
    }

    private static PartyRole role(String role) {
        try {
            return PartyRole.valueOf(role.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("role", role, "party-role", "A party role is SUPPLIER or CUSTOMER");
        }
    }
}

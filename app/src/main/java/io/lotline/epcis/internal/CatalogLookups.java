package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.Site;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The catalog's answers about the identifiers events name (items by GTIN, sites and parties by GLN, locations by
 * code), looked up once per capture: a partner's document names the same few places, parties and products in
 * thousands of events. Outside a capture every question goes to the catalog.
 */
@Component
class CatalogLookups {
    private final Catalog catalog;
    private final CaptureBatches batches;

    CatalogLookups(Catalog catalog, CaptureBatches batches) {
        this.catalog = catalog;
        this.batches = batches;
    }

    Optional<Item> itemWithGtin(Gtin gtin) {
        return remembered(new Question("item", gtin.value(), null), () -> catalog.itemWithGtin(gtin));
    }

    Optional<Site> siteWithGln(Gln gln) {
        return remembered(new Question("site", gln.value(), null), () -> catalog.siteWithGln(gln));
    }

    Optional<Party> partyWithGln(Gln gln, PartyRole role) {
        return remembered(new Question("party", gln.value(), role), () -> catalog.partyWithGln(gln, role));
    }

    Optional<Location> locationWithCode(String code) {
        return remembered(new Question("location", code, null), () -> catalog.locationWithCode(code));
    }

    private <T> Optional<T> remembered(Question question, Supplier<Optional<T>> lookup) {
        return batches.current().map(batch -> batch.catalog(question, lookup)).orElseGet(lookup);
    }

    private record Question(String kind, String key, PartyRole role) {
    }
}

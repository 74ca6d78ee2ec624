package io.lotline.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.shared.Unknown;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogMemoryTest {
    private final StoredItems items = new StoredItems();
    private final StoredParties parties = new StoredParties();
    private final Revision revision = new Revision();
    private final CatalogService catalog = new CatalogService(items, null, null, parties, null,
            new MasterDataCache(revision), revision, null, null, null);

    @Test
    void an_item_read_by_id_is_answered_from_memory_afterwards() {
        items.stored.put(1L, item(1L, "FLOUR"));

        catalog.item(1L);
        catalog.item(1L);
        catalog.items(List.of(1L));

        assertThat(items.reads).containsExactly(List.of(1L));
    }

    @Test
    void of_several_items_only_those_not_in_memory_are_read() {
        items.stored.put(1L, item(1L, "FLOUR"));
        items.stored.put(2L, item(2L, "SUGAR"));
        catalog.item(1L);

        assertThat(catalog.items(List.of(1L, 2L, 2L)).keySet()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(items.reads).containsExactly(List.of(1L), List.of(2L));
    }

    @Test
    void an_unknown_id_is_not_remembered_and_is_found_once_it_is_registered() {
        assertThatThrownBy(() -> catalog.item(3L)).isInstanceOf(Unknown.class).hasMessageContaining("3");
        assertThatThrownBy(() -> catalog.items(List.of(3L))).isInstanceOf(Unknown.class);
        items.stored.put(3L, item(3L, "SALT"));

        assertThat(catalog.item(3L).sku()).isEqualTo("SALT");
    }

    @Test
    void a_party_read_by_id_is_answered_from_memory_afterwards_and_an_unknown_one_is_not_remembered() {
        assertThatThrownBy(() -> catalog.party(7L)).isInstanceOf(Unknown.class);
        parties.stored.put(7L, new Party(7L, "BAKERY", PartyRole.CUSTOMER, "Bakery", null, null, null, null));

        catalog.party(7L);
        catalog.party(7L);

        assertThat(parties.reads).isEqualTo(2);
    }

    @Test
    void once_the_catalog_revision_moved_items_and_parties_are_read_afresh() {
        items.stored.put(1L, item(1L, "FLOUR"));
        parties.stored.put(7L, new Party(7L, "BAKERY", PartyRole.CUSTOMER, "Bakery", null, null, null, null));
        catalog.item(1L);
        catalog.party(7L);

        items.stored.put(1L, item(1L, "FLOUR-CHANGED"));
        parties.stored.put(7L, new Party(7L, "BAKERY", PartyRole.CUSTOMER, "Corner bakery", null, null, null, null));
        assertThat(catalog.item(1L).sku()).isEqualTo("FLOUR");
        revision.revision++;

        assertThat(catalog.item(1L).sku()).isEqualTo("FLOUR-CHANGED");
        assertThat(catalog.items(List.of(1L)).get(1L).sku()).isEqualTo("FLOUR-CHANGED");
        assertThat(catalog.party(7L).name()).isEqualTo("Corner bakery");
        assertThat(items.reads).containsExactly(List.of(1L), List.of(1L));
    }

    private static Item item(long id, String sku) {
        return new Item(id, sku, null, sku + " description", UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT,
                null, null, PickingStrategy.FEFO, null, null, InitialLotStatus.RELEASED, null, sku);
    }

    /** Items as the database holds them, and which ids each read asked for. */
    private static final class StoredItems extends Items {
        final Map<Long, Item> stored = new HashMap<>();
        final List<List<Long>> reads = new ArrayList<>();

        StoredItems() {
            super(null);
        }

        @Override
        Optional<Item> byId(long id) {
            reads.add(List.of(id));
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        List<Item> byIds(Collection<Long> ids) {
            reads.add(List.copyOf(ids));
            return ids.stream().map(stored::get).filter(item -> item != null).toList();
        }
    }

    /** The catalog's revision as the database holds it. */
    private static final class Revision extends MasterDataChanges {
        long revision;

        Revision() {
            super(null);
        }

        @Override
        long revision() {
            return revision;
        }
    }

    /** Parties as the database holds them, and how often one was read. */
    private static final class StoredParties extends Parties {
        final Map<Long, Party> stored = new HashMap<>();
        int reads;

        StoredParties() {
            super(null);
        }

        @Override
        Optional<Party> byId(long id) {
            reads++;
            return Optional.ofNullable(stored.get(id));
        }
    }
}

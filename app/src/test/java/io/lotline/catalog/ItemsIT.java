package io.lotline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An item is read with its alternative units in one statement; a page counts items, not units. */
class ItemsIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Test
    void an_item_is_read_back_with_each_of_its_alternative_units_by_sku_and_by_id() {
        Item sack = floor.anItem().keptIn("KG").alsoIn("BAG", "25").alsoIn("PAL", "1000").register();
        Item loose = floor.anItem().keptIn("KG").register();

        for (Item read : List.of(catalog.item(sack.sku()), catalog.item(sack.id()))) {
            assertThat(read.id()).isEqualTo(sack.id());
            assertThat(read.alternativeUnits()).extracting(unit -> unit.unit().code() + "=" + unit.baseUnitsPerUnit()
                    .stripTrailingZeros().toPlainString()).containsExactly("BAG=25", "PAL=1000");
        }
        assertThat(catalog.item(loose.id()).alternativeUnits()).isEmpty();
    }

    @Test
    void a_page_of_items_holds_as_many_items_as_asked_however_many_units_each_has() {
        String prefix = "00-UNITS-" + Floor.next();
        Item first = floor.anItem().sku(prefix + "-A").alsoIn("BAG", "25").alsoIn("BOX", "5").alsoIn("PAL", "1000")
                .register();
        Item second = floor.anItem().sku(prefix + "-B").register();
        Item third = floor.anItem().sku(prefix + "-C").alsoIn("BAG", "20").register();

        List<Item> page = catalog.items(new PageRequest(0, 2)).content();
        List<Item> next = catalog.items(new PageRequest(1, 2)).content();

        assertThat(page).extracting(Item::sku).containsExactly(first.sku(), second.sku());
        assertThat(page.get(0).alternativeUnits()).extracting(unit -> unit.unit().code())
                .containsExactly("BAG", "BOX", "PAL");
        assertThat(page.get(1).alternativeUnits()).isEmpty();
        assertThat(next.get(0).sku()).isEqualTo(third.sku());
        assertThat(next.get(0).alternativeUnits()).extracting(unit -> unit.unit().code()).containsExactly("BAG");
    }

    @Test
    void items_asked_for_at_once_come_each_with_its_units_and_an_unknown_id_is_named() {
        Item sack = floor.anItem().alsoIn("BAG", "25").alsoIn("PAL", "1000").register();
        Item loose = floor.anItem().register();
        Item tin = floor.anItem().keptIn("EA").alsoIn("BOX", "12").register();

        Map<Long, Item> read = catalog.items(List.of(sack.id(), loose.id(), tin.id()));

        assertThat(read).containsOnlyKeys(sack.id(), loose.id(), tin.id());
        assertThat(read.get(sack.id()).alternativeUnits()).extracting(unit -> unit.unit().code())
                .containsExactly("BAG", "PAL");
        assertThat(read.get(loose.id()).alternativeUnits()).isEmpty();
        assertThat(read.get(tin.id()).sku()).isEqualTo(tin.sku());
        assertThatThrownBy(() -> catalog.items(List.of(sack.id(), -7L))).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.value()).isEqualTo(-7L));
    }
}

package io.lotline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the master-data team states about a new item, checked and completed with defaults. */
class NewItemTest {

    private static final UnitOfMeasure EA = UnitOfMeasure.of("EA");
    private static final UnitOfMeasure KG = UnitOfMeasure.of("KG");

    private static NewItem flour(Integer shelfLifeDays, Integer minRemainingDays) {
        return new NewItem("FLR-01", null, "Wheat flour", KG, null, null, shelfLifeDays, null, null, null,
                minRemainingDays, null, null, null);
    }

    private static NewItem croissant(List<UnitConversion> units) {
        return new NewItem("CROIS", null, "Croissant", EA, units, null, 5, null, null, null, null, null, null, null);
    }

    private static UnitConversion unit(String code, String baseUnits) {
        return new UnitConversion(UnitOfMeasure.of(code), new BigDecimal(baseUnits));
    }

    @Test
    void a_minimum_remaining_shelf_life_above_the_shelf_life_is_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> flour(30, 31))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("not-above-shelf-life");
                    assertThat(refusal.field()).isEqualTo("minRemainingShelfLifeAtReceiptDays");
                    assertThat(refusal.value()).isEqualTo(31);
                })
                .withMessageContaining("30 days");
    }

    @Test
    void a_minimum_remaining_shelf_life_equal_to_the_shelf_life_is_accepted() {
        assertThat(flour(30, 30).minRemainingShelfLifeAtReceiptDays()).isEqualTo(30);
    }

    @Test
    void negative_days_are_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> flour(-1, null))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("days-not-negative"));
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> flour(null, -1))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("minRemainingShelfLifeAtReceiptDays"));
    }

    @Test
    void an_alternative_unit_named_twice_is_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> croissant(List.of(unit("CASE", "12"), unit("TRAY", "6"), unit("CASE", "24"))))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("unit-unique");
                    assertThat(refusal.field()).isEqualTo("alternativeUnits[2].unit");
                    assertThat(refusal.value()).isEqualTo("CASE");
                });
    }

    @Test
    void the_base_unit_cannot_also_be_an_alternative_unit() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> croissant(List.of(unit("EA", "1"))))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("unit-unique");
                    assertThat(refusal.field()).isEqualTo("alternativeUnits[0].unit");
                });
    }

    @Test
    void distinct_alternative_units_are_kept_in_order() {
        NewItem item = croissant(List.of(unit("CASE", "12"), unit("TRAY", "6")));

        assertThat(item.alternativeUnits()).extracting(conversion -> conversion.unit().code())
                .containsExactly("CASE", "TRAY");
    }

    @Test
    void an_item_is_tracked_by_lot_starts_in_quarantine_and_uses_its_sku_as_lot_code_by_default() {
        NewItem item = flour(null, null);

        assertThat(item.tracking()).isEqualTo(TrackingPolicy.LOT);
        assertThat(item.initialLotStatus()).isEqualTo(InitialLotStatus.QUARANTINE);
        assertThat(item.lotCode()).isEqualTo("FLR-01");
        assertThat(item.alternativeUnits()).isEmpty();
        assertThat(item.expiryKind()).isNull();
        assertThat(item.lotNumberFormat()).isNull();
        assertThat(item.category()).isNull();
    }

    @Test
    void the_default_lot_code_is_the_trimmed_sku() {
        NewItem item = new NewItem("  FLR-01 ", null, "Wheat flour", KG, List.of(), null, null, null, null, "  ",
                null, null, "  ", " ");

        assertThat(item.sku()).isEqualTo("FLR-01");
        assertThat(item.lotCode()).isEqualTo("FLR-01");
        assertThat(item.category()).isNull();
        assertThat(item.lotNumberFormat()).isNull();
    }

    @Test
    void an_item_with_a_shelf_life_gets_a_best_before_date_by_default() {
        assertThat(flour(365, null).expiryKind()).isEqualTo(ExpiryKind.BEST_BEFORE);
    }

    @Test
    void stated_choices_are_kept() {
        NewItem item = new NewItem("MILK", null, "Milk", UnitOfMeasure.of("L"), List.of(),
                TrackingPolicy.LOT_AND_SERIAL, 10, ExpiryKind.USE_BY, PickingStrategy.FEFO, " Dairy ", 4,
                InitialLotStatus.RELEASED, " B{YY}{JJJ}-{SEQ:3} ", "MLK");

        assertThat(item.tracking()).isEqualTo(TrackingPolicy.LOT_AND_SERIAL);
        assertThat(item.expiryKind()).isEqualTo(ExpiryKind.USE_BY);
        assertThat(item.initialLotStatus()).isEqualTo(InitialLotStatus.RELEASED);
        assertThat(item.lotCode()).isEqualTo("MLK");
        assertThat(item.category()).isEqualTo("Dairy");
        assertThat(item.lotNumberFormat()).isEqualTo("B{YY}{JJJ}-{SEQ:3}");
    }

    @Test
    void a_lot_code_longer_than_20_characters_is_refused() {
        assertThatCode(() -> new NewItem("X", null, "X", EA, null, null, null, null, null, null, null, null, null,
                "A".repeat(20))).doesNotThrowAnyException();
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new NewItem("X", null, "X", EA, null, null, null, null, null, null, null, null,
                        null, "A".repeat(21)))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("code-format");
                    assertThat(refusal.field()).isEqualTo("lotCode");
                });
    }

    @Test
    void an_item_needs_a_sku_a_description_and_a_base_unit() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new NewItem(" ", null, "X", EA, null, null, null, null, null, null, null, null,
                        null, null))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("sku"));
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new NewItem("X", null, null, EA, null, null, null, null, null, null, null, null,
                        null, null))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("description"));
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new NewItem("X", null, "X", null, null, null, null, null, null, null, null, null,
                        null, null))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("baseUnit"));
    }
}

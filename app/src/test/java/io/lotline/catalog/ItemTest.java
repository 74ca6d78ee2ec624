package io.lotline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's units, shelf life and serial counting, on records built directly. */
class ItemTest {

    private static final UnitOfMeasure EA = UnitOfMeasure.of("EA");
    private static final UnitOfMeasure CASE = UnitOfMeasure.of("CASE");
    private static final UnitOfMeasure KG = UnitOfMeasure.of("KG");

    /** Croissants, kept in EA, 12 to a CASE, 5 days shelf life. */
    private static final Item CROISSANT = item("CROIS", EA, List.of(new UnitConversion(CASE, new BigDecimal("12"))),
            5);

    /** Flour, kept in KG, sold in 25 KG sacks and in 0.25 KG pouches, one year shelf life. */
    private static final Item FLOUR = item("FLR", KG, List.of(
            new UnitConversion(UnitOfMeasure.of("SACK"), new BigDecimal("25")),
            new UnitConversion(UnitOfMeasure.of("POUCH"), new BigDecimal("0.25"))), 365);

    private static Item item(String sku, UnitOfMeasure base, List<UnitConversion> units, Integer shelfLifeDays) {
        return new Item(1L, sku, null, sku + " description", base, units, TrackingPolicy.LOT, shelfLifeDays,
                ExpiryKind.BEST_BEFORE, PickingStrategy.FEFO, null, null, InitialLotStatus.QUARANTINE, null, sku);
    }

    @Test
    void three_cases_of_twelve_are_thirty_six_each() {
        assertThat(CROISSANT.toBase(Quantity.of("3", "CASE"), "quantity")).isEqualTo(Quantity.of("36", "EA"));
    }

    @Test
    void part_of_a_case_converts_exactly() {
        assertThat(CROISSANT.toBase(Quantity.of("0.5", "CASE"), "quantity")).isEqualTo(Quantity.of("6", "EA"));
        assertThat(CROISSANT.toBase(Quantity.of("1.000001", "CASE"), "quantity"))
                .isEqualTo(Quantity.of("12.000012", "EA"));
    }

    @Test
    void a_fractional_conversion_factor_converts_exactly() {
        assertThat(FLOUR.toBase(Quantity.of("3", "POUCH"), "quantity")).isEqualTo(Quantity.of("0.75", "KG"));
        assertThat(FLOUR.toBase(Quantity.of("2", "SACK"), "quantity")).isEqualTo(Quantity.of("50", "KG"));
    }

    @Test
    void a_quantity_is_shown_as_booked_with_its_base_units_beside_it() {
        assertThat(FLOUR.asBooked(Quantity.of("2", "SACK"))).isEqualTo("2 SACK (50 KG)");
        assertThat(FLOUR.asBooked(Quantity.of("50", "KG"))).isEqualTo("50 KG");
    }

    @Test
    void a_quantity_in_the_base_unit_reads_in_the_unit_booked_where_it_is_an_exact_number_of_it() {
        assertThat(FLOUR.asBookedIn(UnitOfMeasure.of("SACK"), Quantity.of("50", "KG"))).isEqualTo("2 SACK (50 KG)");
        assertThat(FLOUR.asBookedIn(UnitOfMeasure.of("SACK"), Quantity.of("30", "KG"))).isEqualTo("1.2 SACK (30 KG)");
        assertThat(CROISSANT.asBookedIn(CASE, Quantity.of("10", "EA"))).isEqualTo("10 EA");
        assertThat(FLOUR.asBookedIn(KG, Quantity.of("30", "KG"))).isEqualTo("30 KG");
    }

    @Test
    void a_quantity_in_the_base_unit_passes_through_unchanged() {
        Quantity sevenEach = Quantity.of("7", "EA");

        assertThat(CROISSANT.toBase(sevenEach, "quantity")).isSameAs(sevenEach);
    }

    @Test
    void a_unit_the_item_does_not_know_is_refused_naming_the_allowed_units() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> CROISSANT.toBase(Quantity.of("1", "KG"), "lines[0].unit"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("unit-allowed-for-item");
                    assertThat(refusal.field()).isEqualTo("lines[0].unit");
                    assertThat(refusal.value()).isEqualTo("KG");
                })
                .withMessage("Item CROIS is kept in EA, CASE");
    }

    @Test
    void the_allowed_units_list_the_base_unit_first() {
        assertThat(FLOUR.allowedUnits()).isEqualTo("KG, SACK, POUCH");
        assertThat(item("X", EA, List.of(), null).allowedUnits()).isEqualTo("EA");
    }

    @Test
    void the_expiry_from_a_production_date_adds_the_shelf_life() {
        assertThat(CROISSANT.expiryFrom(LocalDate.of(2026, 2, 3))).isEqualTo(LocalDate.of(2026, 2, 8));
        assertThat(CROISSANT.expiryFrom(LocalDate.of(2028, 2, 27))).isEqualTo(LocalDate.of(2028, 3, 3));
        assertThat(FLOUR.expiryFrom(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void without_a_shelf_life_or_a_production_date_there_is_no_expiry() {
        assertThat(item("BOLT", EA, List.of(), null).expiryFrom(LocalDate.of(2026, 2, 3))).isNull();
        assertThat(CROISSANT.expiryFrom(null)).isNull();
    }

    @Test
    void a_shelf_life_of_zero_days_expires_on_the_production_day() {
        assertThat(item("SUSHI", EA, List.of(), 0).expiryFrom(LocalDate.of(2026, 2, 3)))
                .isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void whole_base_units_give_the_number_of_serials() {
        assertThat(CROISSANT.serialCount(Quantity.of("12", "EA"), "quantity")).isEqualTo(12);
        assertThat(CROISSANT.serialCount(Quantity.of("1000", "EA"), "quantity")).isEqualTo(1000);
        assertThat(CROISSANT.serialCount(Quantity.of("0", "EA"), "quantity")).isZero();
    }

    @Test
    void a_fractional_amount_cannot_carry_serials() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> CROISSANT.serialCount(Quantity.of("2.5", "EA"), "lines[1].quantity"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("serial-whole-units");
                    assertThat(refusal.field()).isEqualTo("lines[1].quantity");
                    assertThat(refusal.value()).isEqualTo("2.5");
                });
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> CROISSANT.serialCount(Quantity.of("3.000001", "EA"), "quantity"));
    }

    @Test
    void only_untracked_items_are_not_tracked() {
        assertThat(CROISSANT.isTracked()).isTrue();
        Item untracked = new Item(2L, "BAG", null, "Bag", EA, List.of(), TrackingPolicy.UNTRACKED, null, null,
                PickingStrategy.FIFO, null, null, InitialLotStatus.RELEASED, null, "BAG");
        assertThat(untracked.isTracked()).isFalse();
    }
}

package io.lotline.picking.domain;

import static io.lotline.picking.domain.Positions.lot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanCheckTest {
    private static final String SSCC = "340123450000000017";
    private static final String GTIN = "04012345000009";
    private static final PickTarget ON_PALLET = new PickTarget("L123", "R-01", SSCC, "FLOUR", GTIN, "SUP-9");
    private static final PickTarget LOOSE = new PickTarget("L123", "R-01", null, "FLOUR", null, null);

    private static Optional<Refusal> check(String scan, PickTarget target) {
        return ScanCheck.check(Scan.read(scan), target);
    }

    @Test
    void a_label_with_the_pallets_sscc_confirms_the_pick() {
        assertThat(check("(00)" + SSCC, ON_PALLET)).isEmpty();
        assertThat(check("00" + SSCC, ON_PALLET)).isEmpty();
        assertThat(check("]C100" + SSCC, ON_PALLET)).isEmpty();
    }

    @Test
    void a_lot_label_with_the_items_gtin_and_the_lot_confirms_the_pick() {
        assertThat(check("(01)" + GTIN + "(10)L123", ON_PALLET)).isEmpty();
        assertThat(check("01" + GTIN + "10L123", ON_PALLET)).isEmpty();
        assertThat(check("]d201" + GTIN + "10L123\u001d17271231", ON_PALLET)).isEmpty();
    }

    @Test
    void the_plain_text_of_the_licence_plate_or_of_the_lot_number_confirms_the_pick() {
        PickTarget plate = new PickTarget("L123", "R-01", "LP-0100", "FLOUR", null, null);

        assertThat(check("LP-0100", plate)).isEmpty();
        assertThat(check("L123", plate)).isEmpty();
        assertThat(check(" L123 ", LOOSE)).isEmpty();
    }

    @Test
    void scanning_another_pallet_is_refused_with_what_was_expected() {
        assertThat(check("(00)340123450000000024", ON_PALLET)).contains(new Refusal("scan-pallet",
                "Pallet 340123450000000024 scanned; this pick is pallet " + SSCC + " with lot L123 at R-01"));
    }

    @Test
    void the_suppliers_own_label_with_the_items_gtin_and_the_suppliers_lot_confirms_the_pick() {
        assertThat(check("(01)" + GTIN + "(10)SUP-9(17)271231", ON_PALLET)).isEmpty();
        assertThat(check("https://id.gs1.org/01/" + GTIN + "/10/SUP-9", ON_PALLET)).isEmpty();
        assertThat(check("(01)" + GTIN + "(10)SUP-8", ON_PALLET)).hasValueSatisfying(
                refusal -> assertThat(refusal.rule()).isEqualTo("scan-lot"));
    }

    @Test
    void scanning_a_label_of_another_lot_is_refused() {
        assertThat(check("(01)" + GTIN + "(10)L124", ON_PALLET)).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo("scan-lot");
            assertThat(refusal.reason()).startsWith("Lot L124 scanned; this pick is pallet");
        });
    }

    @Test
    void scanning_a_label_of_another_item_is_refused_even_with_the_right_lot_number() {
        assertThat(check("(01)04012345000016(10)L123", ON_PALLET)).contains(new Refusal("scan-item",
                "The label is for GTIN 04012345000016; this pick is item FLOUR (GTIN " + GTIN + ")"));
    }

    @Test
    void a_label_that_names_neither_pallet_nor_lot_confirms_nothing() {
        assertThat(check("(01)" + GTIN, ON_PALLET)).hasValueSatisfying(
                refusal -> assertThat(refusal.rule()).isEqualTo("scan-names-stock"));
    }

    @Test
    void loose_stock_is_confirmed_by_its_lot_and_a_pallet_label_is_refused() {
        assertThat(check("(10)L123", LOOSE)).isEmpty();
        assertThat(check("(00)" + SSCC, LOOSE)).hasValueSatisfying(refusal -> assertThat(refusal.reason())
                .endsWith("this pick is loose stock of lot L123 at R-01"));
        assertThat(check("L999", LOOSE)).contains(new Refusal("scan-matches-pick",
                "'L999' scanned; this pick is loose stock of lot L123 at R-01"));
    }

    @Test
    void a_pallet_label_with_a_wrong_check_digit_is_bad_input() {
        assertThatThrownBy(() -> Scan.read("(00)340123450000000018")).isInstanceOf(InvalidInput.class)
                .extracting("field", "rule").containsExactly("scan", "gs1-incorrect-check-digit");
        assertThatThrownBy(() -> Scan.read(" ")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_scan_names_the_stock_it_identifies() {
        StockPosition pallet = lot("L123").onPallet(SSCC).build();

        assertThat(ScanCheck.names(Scan.read("00" + SSCC), pallet)).isTrue();
        assertThat(ScanCheck.names(Scan.read("(00)" + SSCC + "(02)" + GTIN + "(37)5(10)L9"), pallet)).isFalse();
        assertThat(ScanCheck.names(Scan.read("(10)L123"), pallet)).isTrue();
        assertThat(ScanCheck.names(Scan.read("L123"), pallet)).isTrue();
        assertThat(ScanCheck.names(Scan.read("(01)" + GTIN), pallet)).isFalse();
    }
}

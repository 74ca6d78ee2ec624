package io.lotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A supplier's label read by the pages: item, lot and dates, the two-digit years placed in their century. */
class ScannedLabelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void a_label_gives_item_lot_production_and_expiry_dates() {
        ScannedLabel label = ScannedLabel.read("(01)09506000134352(10)MILL-7(11)261130(17)270531", TODAY);
        assertThat(label.gs1()).isTrue();
        assertThat(label.gtin()).isEqualTo("09506000134352");
        assertThat(label.lot()).isEqualTo("MILL-7");
        assertThat(label.productionDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(label.expiryDate()).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void day_zero_means_the_last_day_of_the_month() {
        assertThat(ScannedLabel.read("(01)09506000134352(17)280200", TODAY).expiryDate())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void a_digital_link_reads_like_its_element_string() {
        ScannedLabel label = ScannedLabel.read("https://id.gs1.org/01/09506000134352/10/AB%2F12", TODAY);
        assertThat(label.gtin()).isEqualTo("09506000134352");
        assertThat(label.lot()).isEqualTo("AB/12");
    }

    @Test
    void plain_text_is_a_licence_plate_or_a_lot_number() {
        ScannedLabel label = ScannedLabel.read("  LP-0042 ", TODAY);
        assertThat(label.gs1()).isFalse();
        assertThat(label.text()).isEqualTo("LP-0042");
    }

    @Test
    void a_date_that_is_no_date_is_refused() {
        assertThatThrownBy(() -> ScannedLabel.read("(01)09506000134352(17)271340", TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("illegal month")
                .extracting(refused -> ((InvalidInput) refused).value()).asString().contains("271340");
    }
}

package io.lotline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** A site stands for itself in generated lot numbers by its plant code, at most ten characters. */
class NewSiteTest {

    @Test
    void a_site_without_a_plant_code_uses_its_own_code_when_that_is_short_enough() {
        assertThat(new NewSite("BAKERY-1", "Bakery", null, null, null).plantCode()).isEqualTo("BAKERY-1");
    }

    @Test
    void a_site_with_a_long_code_and_no_plant_code_is_refused_naming_the_plant_code() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new NewSite("NORTH-BAKERY-1", "North bakery", null, null, " "))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).isEqualTo("plantCode");
                    assertThat(refusal.rule()).isEqualTo("required-for-long-site-code");
                    assertThat(refusal.getMessage()).contains("at most 10");
                });
    }

    @Test
    void a_site_with_a_long_code_may_name_a_short_plant_code() {
        assertThat(new NewSite("NORTH-BAKERY-1", "North bakery", null, null, "NB1").plantCode()).isEqualTo("NB1");
    }

    @Test
    void a_plant_code_longer_than_ten_characters_is_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new NewSite("NB", "North bakery", null, null, "NORTHBAKERY"))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("plantCode"));
    }

    @Test
    void a_site_phone_is_kept_as_written_when_it_has_6_to_15_digits() {
        assertThat(new NewSite("B1", "Bakery", null, null, null, " +49 (30) 555-0100 ").phone())
                .isEqualTo("+49 (30) 555-0100");
    }

    @Test
    void a_site_phone_that_is_not_a_number_or_too_long_is_refused_naming_the_phone() {
        for (String phone : new String[] {"call Bob", "12345", "+1 234 567 890 123 456", "++49 30 5550100"}) {
            assertThatExceptionOfType(InvalidInput.class)
                    .isThrownBy(() -> new NewSite("B1", "Bakery", null, null, null, phone))
                    .satisfies(refusal -> {
                        assertThat(refusal.field()).isEqualTo("phone");
                        assertThat(refusal.rule()).isEqualTo("phone-format");
                    });
        }
    }
}

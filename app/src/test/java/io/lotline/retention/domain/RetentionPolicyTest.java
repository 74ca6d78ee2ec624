package io.lotline.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.retention.Law;
import io.lotline.retention.RetentionRule;
import io.lotline.retention.domain.RetentionPolicy.Governing;
import io.lotline.retention.domain.RetentionPolicy.LotFacts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    private static final RetentionRule FSMA = new RetentionRule("FSMA", null, Law.FSMA_204, 24, null);
    private static final RetentionRule EU_FOOD = new RetentionRule("EU-FOOD", "CHILLED", Law.EU_FOOD, 60, 6);
    private static final RetentionRule MEDICINES = new RetentionRule("GMP", "MEDICINES", Law.EU_MEDICINAL, 60, 12);
    private static final LocalDate RECORDED = LocalDate.of(2026, 3, 10);

    @Test
    void the_longest_applicable_rule_governs_a_lot() {
        Governing governing = RetentionPolicy.govern(new LotFacts("CHILLED", RECORDED, null),
                List.of(FSMA, EU_FOOD, MEDICINES)).orElseThrow();

        assertThat(governing.rule()).isEqualTo(EU_FOOD);
        assertThat(governing.archivableOn()).isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void a_rule_of_another_category_does_not_apply() {
        Governing governing = RetentionPolicy.govern(new LotFacts("DRY", RECORDED, null),
                List.of(FSMA, EU_FOOD, MEDICINES)).orElseThrow();

        assertThat(governing.rule()).isEqualTo(FSMA);
        assertThat(governing.archivableOn()).isEqualTo(LocalDate.of(2028, 3, 10));
    }

    @Test
    void eu_food_keeps_shelf_life_plus_six_months_when_that_is_longer_than_five_years() {
        LotFacts longLived = new LotFacts("CHILLED", RECORDED, LocalDate.of(2033, 1, 31));

        assertThat(RetentionPolicy.keepUntil(EU_FOOD, longLived)).isEqualTo(LocalDate.of(2033, 7, 31));
        assertThat(RetentionPolicy.keepUntil(EU_FOOD, new LotFacts("CHILLED", RECORDED, LocalDate.of(2027, 1, 1))))
                .isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void medicinal_products_are_kept_a_year_after_expiry_and_at_least_five_years() {
        assertThat(RetentionPolicy.keepUntil(MEDICINES, new LotFacts("MEDICINES", RECORDED,
                LocalDate.of(2035, 6, 30)))).isEqualTo(LocalDate.of(2036, 6, 30));
        assertThat(RetentionPolicy.keepUntil(MEDICINES, new LotFacts("MEDICINES", RECORDED,
                LocalDate.of(2028, 6, 30)))).isEqualTo(LocalDate.of(2031, 3, 10));
    }

    @Test
    void a_lot_no_rule_applies_to_is_governed_by_none() {
        assertThat(RetentionPolicy.govern(new LotFacts("DRY", RECORDED, null), List.of(EU_FOOD, MEDICINES)))
                .isEmpty();
    }

    @Test
    void on_a_tie_the_rule_listed_first_governs() {
        RetentionRule house = new RetentionRule("HOUSE", "CHILLED", null, 24, null);

        assertThat(RetentionPolicy.govern(new LotFacts("CHILLED", RECORDED, null), List.of(house, FSMA))
                .orElseThrow().rule()).isEqualTo(house);
    }

    @Test
    void a_rule_shorter_than_the_law_it_names_falls_short_on_the_field_that_is_short() {
        assertThat(RetentionPolicy.shorterThanLaw(new RetentionRule("F", null, Law.FSMA_204, 23, null)))
                .hasValueSatisfying(s -> {
                    assertThat(s.field()).isEqualTo("monthsAfterRecord");
                    assertThat(s.value()).isEqualTo(23);
                });
        assertThat(RetentionPolicy.shorterThanLaw(new RetentionRule("E", null, Law.EU_FOOD, 60, null)))
                .hasValueSatisfying(s -> assertThat(s.field()).isEqualTo("monthsAfterExpiry"));
        assertThat(RetentionPolicy.shorterThanLaw(new RetentionRule("M", null, Law.EU_MEDICINAL, 72, 12))).isEmpty();
        assertThat(RetentionPolicy.shorterThanLaw(new RetentionRule("H", null, null, 0, null))).isEmpty();
    }
}

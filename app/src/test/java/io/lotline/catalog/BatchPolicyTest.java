package io.lotline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchPolicyTest {
    private static final AttributeDefinition ORIGIN = new AttributeDefinition("origin", AttributeType.COUNTRY, null,
            Set.of(CaptureStage.RECEIPT), null, null, null, null);
    private static final AttributeDefinition POTENCY = new AttributeDefinition("potency", AttributeType.NUMBER,
            UnitOfMeasure.of("PCT"), Set.of(CaptureStage.PRODUCTION_OUTPUT), null, new BigDecimal("90"),
            new BigDecimal("110"), null);
    private static final AttributeDefinition CATCH_AREA = new AttributeDefinition("catchArea", AttributeType.TEXT,
            null, null, "FAO [0-9]{2}", null, null, null);
    private static final AttributeDefinition ALLERGEN = new AttributeDefinition("allergen", AttributeType.CHOICE,
            null, null, null, null, null, List.of("milk", "egg", "none"));
    private static final AttributeDefinition HARVESTED = new AttributeDefinition("harvestedOn", AttributeType.DATE,
            null, null, null, null, null, null);
    private static final BatchPolicy SEAFOOD = new BatchPolicy(1, "FISH", null, 1, TrackingPolicy.LOT,
            PickingStrategy.FEFO, List.of(ORIGIN, POTENCY, CATCH_AREA, ALLERGEN, HARVESTED), Instant.EPOCH,
            "supervisor", "FSMA 204 key data elements");

    @Test
    void a_receipt_without_a_required_attribute_is_refused_naming_the_attribute_and_the_stage() {
        AttributeRejection rejection = SEAFOOD.check(Map.of(), CaptureStage.RECEIPT).orElseThrow();

        assertThat(rejection.attribute()).isEqualTo("origin");
        assertThat(rejection.rule()).isEqualTo("required-at-receipt");
    }

    @Test
    void an_attribute_required_at_production_output_is_not_asked_for_at_receipt() {
        assertThat(SEAFOOD.check(Map.of("origin", "PE"), CaptureStage.RECEIPT)).isEmpty();
        assertThat(SEAFOOD.check(Map.of("origin", "PE"), CaptureStage.PRODUCTION_OUTPUT).orElseThrow().rule())
                .isEqualTo("required-at-production-output");
    }

    @Test
    void a_lot_made_from_other_lots_needs_nothing_but_what_it_carries_must_be_valid() {
        assertThat(SEAFOOD.check(Map.of(), null)).isEmpty();
        assertThat(SEAFOOD.check(Map.of("origin", "XX"), null).orElseThrow().rule()).isEqualTo("attribute-country");
    }

    @Test
    void every_broken_rule_is_listed_unknown_names_first_then_in_the_order_of_the_policy() {
        List<AttributeRejection> rejections = SEAFOOD.rejections(Map.of("vessel", "Santa Maria", "catchArea", "87",
                "allergen", "nuts"), CaptureStage.RECEIPT);

        assertThat(rejections).extracting(AttributeRejection::attribute, AttributeRejection::rule).containsExactly(
                tuple("vessel", "attribute-in-policy"),
                tuple("origin", "required-at-receipt"),
                tuple("catchArea", "attribute-pattern"),
                tuple("allergen", "attribute-choice"));
        assertThat(SEAFOOD.check(Map.of("catchArea", "87"), CaptureStage.RECEIPT).orElseThrow().attribute())
                .isEqualTo("origin");
    }

    @Test
    void an_attribute_the_policy_does_not_name_is_refused() {
        AttributeRejection rejection = SEAFOOD.check(Map.of("origin", "PE", "vessel", "Santa Maria"),
                CaptureStage.RECEIPT).orElseThrow();

        assertThat(rejection.attribute()).isEqualTo("vessel");
        assertThat(rejection.value()).isEqualTo("Santa Maria");
        assertThat(rejection.rule()).isEqualTo("attribute-in-policy");
    }

    @Test
    void a_country_is_an_assigned_iso_3166_alpha_2_code_in_capitals() {
        assertThat(ORIGIN.check("PE")).isEmpty();
        assertThat(ORIGIN.check("pe").orElseThrow().rule()).isEqualTo("attribute-country");
        assertThat(ORIGIN.check("XX").orElseThrow().rule()).isEqualTo("attribute-country");
        assertThat(ORIGIN.check("PER").orElseThrow().rule()).isEqualTo("attribute-country");
    }

    @Test
    void a_number_lies_within_its_range_bounds_included() {
        assertThat(POTENCY.check("90")).isEmpty();
        assertThat(POTENCY.check("110.0")).isEmpty();
        assertThat(POTENCY.check("89.99").orElseThrow().rule()).isEqualTo("attribute-range");
        assertThat(POTENCY.check("110.01").orElseThrow().reason()).isEqualTo("A potency lies between 90 and 110 PCT");
        assertThat(POTENCY.check("ninety").orElseThrow().rule()).isEqualTo("attribute-number");
    }

    @Test
    void text_matches_its_pattern_as_a_whole() {
        assertThat(CATCH_AREA.check("FAO 87")).isEmpty();
        assertThat(CATCH_AREA.check("FAO 87 north").orElseThrow().rule()).isEqualTo("attribute-pattern");
    }

    @Test
    void a_choice_is_one_of_the_list_and_a_date_is_iso() {
        assertThat(ALLERGEN.check("milk")).isEmpty();
        assertThat(ALLERGEN.check("Milk").orElseThrow().rule()).isEqualTo("attribute-choice");
        assertThat(HARVESTED.check("2026-05-14")).isEmpty();
        assertThat(HARVESTED.check("14.05.2026").orElseThrow().rule()).isEqualTo("attribute-date");
    }

    @Test
    void a_blank_or_overlong_value_is_refused() {
        assertThat(CATCH_AREA.check(" ").orElseThrow().rule()).isEqualTo("attribute-length");
        assertThat(ALLERGEN.check("x".repeat(201)).orElseThrow().rule()).isEqualTo("attribute-length");
    }

    @Test
    void a_definition_that_cannot_be_checked_is_refused() {
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new AttributeDefinition("potency",
                AttributeType.NUMBER, null, null, null, null, null, null)).satisfies(e -> {
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.rule()).isEqualTo("unit-required");
                });
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new AttributeDefinition("potency",
                AttributeType.NUMBER, UnitOfMeasure.of("PCT"), null, null, BigDecimal.TEN, BigDecimal.ONE, null))
                .extracting(InvalidInput::rule).isEqualTo("range-order");
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new AttributeDefinition("area",
                AttributeType.TEXT, null, null, "FAO [0-9", null, null, null))
                .extracting(InvalidInput::rule).isEqualTo("pattern-syntax");
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new AttributeDefinition("allergen",
                AttributeType.CHOICE, null, null, null, null, null, List.of()))
                .extracting(InvalidInput::rule).isEqualTo("choices-required");
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new AttributeDefinition("Origin",
                AttributeType.COUNTRY, null, null, null, null, null, null))
                .extracting(InvalidInput::rule).isEqualTo("attribute-name");
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new AttributeDefinition("harvest",
                AttributeType.DATE, null, null, null, BigDecimal.ONE, null, null))
                .extracting(InvalidInput::rule).isEqualTo("range-only-for-number");
    }

    @Test
    void a_policy_change_names_each_attribute_once_and_says_why() {
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new DefineBatchPolicy(null, null,
                List.of(ORIGIN, ORIGIN), "two origins")).satisfies(e -> {
                    assertThat(e.field()).isEqualTo("attributes[1].name");
                    assertThat(e.rule()).isEqualTo("attribute-unique");
                });
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new DefineBatchPolicy(null, null,
                List.of(ORIGIN), " ")).extracting(InvalidInput::field).isEqualTo("reason");
    }
}

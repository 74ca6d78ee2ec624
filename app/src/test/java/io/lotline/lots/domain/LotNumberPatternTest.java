package io.lotline.lots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.lotline.lots.NumberingContext;
import io.lotline.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lot number formats: parsing, rendering new numbers, and checking typed ones part by part. */
class LotNumberPatternTest {

    private static final LocalDate FEB_3_2026 = LocalDate.of(2026, 2, 3);
    private static final NumberingContext FLOUR_ON_FEB_3 = new NumberingContext(FEB_3_2026, "FLR", null, null, null);

    private static NumberingContext on(LocalDate day) {
        return new NumberingContext(day, "FLR", null, null, null);
    }

    // ---------------------------------------------------------------- parsing

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "B{FOO}-{SEQ:3}",       // unknown token
            "B{yy}-{SEQ:3}",        // lower case
            "B{YY-{SEQ:3}",         // unclosed
            "B}{SEQ:3}",            // stray brace
            "{LITERAL}{SEQ:3}",     // an internal name is not a token
            "{YY:2}{SEQ:3}",        // only sequences take a width
            "{SEQ}",                // a sequence names its width
            "{SEQ:123}",            // three-digit width does not even parse as a token
    })
    void a_pattern_with_an_unknown_or_malformed_token_is_refused(String pattern) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse(pattern))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("pattern-token");
                    assertThat(refusal.field()).isEqualTo("pattern");
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"B{YY}{JJJ}", "LOT-{ITEM}", "{SEQ:3}-{SEQ:3}", "{SEQ:2}{ISEQ:4}"})
    void a_pattern_needs_exactly_one_sequence(String pattern) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse(pattern))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("pattern-one-sequence"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{SEQ:0}", "{SEQ:13}", "{ISEQ:00}", "{ISEQ:99}"})
    void a_sequence_width_outside_1_to_12_is_refused(String pattern) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse(pattern))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("pattern-sequence-width"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{SEQ:1}", "{SEQ:12}", "{ISEQ:01}"})
    void a_sequence_width_of_1_to_12_is_accepted(String pattern) {
        assertThat(LotNumberPattern.parse(pattern).pattern()).isEqualTo(pattern);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_pattern_is_refused(String pattern) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse(pattern))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("pattern-required"));
    }

    @Test
    void a_pattern_longer_than_200_characters_is_refused() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse("X".repeat(195) + "{SEQ:3}"))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("pattern-required"));
    }

    // ---------------------------------------------------------------- rendering

    @Test
    void a_number_is_rendered_from_year_julian_day_item_and_sequence() {
        LotNumberPattern pattern = LotNumberPattern.parse("B{YY}{JJJ}-{ITEM}-{SEQ:3}");

        assertThat(pattern.render(FLOUR_ON_FEB_3, 7)).isEqualTo("B26034-FLR-007");
    }

    @Test
    void a_number_is_rendered_from_the_full_date() {
        LotNumberPattern pattern = LotNumberPattern.parse("{YYYY}{MM}{DD}-{SEQ:4}");

        assertThat(pattern.render(FLOUR_ON_FEB_3, 12)).isEqualTo("20260203-0012");
        assertThat(pattern.render(on(LocalDate.of(2026, 12, 31)), 9999)).isEqualTo("20261231-9999");
    }

    @Test
    void the_julian_day_counts_from_the_first_of_january() {
        LotNumberPattern pattern = LotNumberPattern.parse("{YY}{JJJ}{SEQ:1}");

        assertThat(pattern.render(on(LocalDate.of(2026, 1, 1)), 1)).isEqualTo("260011");
        assertThat(pattern.render(on(LocalDate.of(2024, 12, 31)), 1)).isEqualTo("243661");
    }

    @Test
    void site_line_and_shift_come_from_the_numbering_context() {
        LotNumberPattern pattern = LotNumberPattern.parse("{SITE}-{LINE}{SHIFT}-{ISEQ:5}");
        NumberingContext context = new NumberingContext(FEB_3_2026, "FLR", "P01", "L2", "N");

        assertThat(pattern.render(context, 42)).isEqualTo("P01-L2N-00042");
    }

    @ParameterizedTest(name = "line code [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_format_with_a_line_needs_a_line_code(String lineCode) {
        LotNumberPattern pattern = LotNumberPattern.parse("{LINE}-{SEQ:3}");
        NumberingContext noLine = new NumberingContext(FEB_3_2026, "FLR", "P01", lineCode, "N");

        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> pattern.render(noLine, 1))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("required-by-lot-format");
                    assertThat(refusal.field()).isEqualTo("lineCode");
                })
                .withMessageContaining("{LINE}");
    }

    @Test
    void a_format_with_a_site_or_a_shift_needs_them_too() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse("{SITE}{SEQ:3}").render(FLOUR_ON_FEB_3, 1))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("required-by-lot-format");
                    assertThat(refusal.field()).isEqualTo("site");
                });
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse("{SHIFT}{SEQ:3}").render(FLOUR_ON_FEB_3, 1))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("shiftCode"));
    }

    @Test
    void the_highest_sequence_is_all_nines_of_the_width() {
        assertThat(LotNumberPattern.parse("B{YY}{JJJ}-{SEQ:3}").maxSequence()).isEqualTo(999);
        assertThat(LotNumberPattern.parse("{SEQ:1}").maxSequence()).isEqualTo(9);
        assertThat(LotNumberPattern.parse("{ITEM}{ISEQ:12}").maxSequence()).isEqualTo(999_999_999_999L);
    }

    // ---------------------------------------------------------------- sequence scope

    @Test
    void a_daily_sequence_starts_again_every_day() {
        LotNumberPattern pattern = LotNumberPattern.parse("{ITEM}-{SEQ:4}");

        String monday = pattern.sequenceScope("F1", on(LocalDate.of(2026, 2, 2)));
        String mondayAgain = pattern.sequenceScope("F1", on(LocalDate.of(2026, 2, 2)));
        String tuesday = pattern.sequenceScope("F1", on(LocalDate.of(2026, 2, 3)));

        assertThat(monday).isEqualTo(mondayAgain).isNotEqualTo(tuesday);
    }

    @Test
    void a_daily_sequence_counts_separately_per_rendered_prefix_and_format() {
        LotNumberPattern pattern = LotNumberPattern.parse("{ITEM}-{SEQ:4}");

        String flour = pattern.sequenceScope("F1", FLOUR_ON_FEB_3);
        String sugar = pattern.sequenceScope("F1", new NumberingContext(FEB_3_2026, "SUG", null, null, null));
        String otherFormat = pattern.sequenceScope("F2", FLOUR_ON_FEB_3);

        assertThat(flour).isNotEqualTo(sugar).isNotEqualTo(otherFormat);
    }

    @Test
    void an_item_sequence_runs_on_across_days() {
        LotNumberPattern pattern = LotNumberPattern.parse("{ITEM}{YY}{JJJ}-{ISEQ:6}");

        String monday = pattern.sequenceScope("F1", on(LocalDate.of(2026, 2, 2)));
        String nextYear = pattern.sequenceScope("F1", on(LocalDate.of(2027, 2, 3)));
        String sugar = pattern.sequenceScope("F1",
                new NumberingContext(LocalDate.of(2026, 2, 2), "SUG", null, null, null));

        assertThat(monday).isEqualTo(nextYear).isNotEqualTo(sugar);
    }

    // ---------------------------------------------------------------- checking typed numbers

    @ParameterizedTest(name = "{0} fits {1}")
    @CsvSource({
            "B{YY}{JJJ}-{ITEM}-{SEQ:3}, B26034-FLR-007",
            "B{YY}{JJJ}-{SEQ:3},        B26100-001",
            "{YYYY}{MM}{DD}-{SEQ:3},    20260203-999",
            "{YYYY}{MM}{DD}-{SEQ:3},    20280229-001",
            "B{YY}{JJJ}-{SEQ:3},        B24366-001",
            "{SITE}{LINE}{SHIFT}{ISEQ:2}, P7L12A01",
    })
    void a_number_that_fits_its_format_passes_the_check(String pattern, String number) {
        assertThat(LotNumberPattern.parse(pattern).check(number, FLOUR_ON_FEB_3)).isEmpty();
    }

    @Test
    void a_wrong_separator_is_reported_with_its_part_and_position() {
        assertThat(LotNumberPattern.parse("B{YY}{JJJ}-{SEQ:3}").check("B26100/001", FLOUR_ON_FEB_3))
                .hasValue("part '-' at position 7: expected '-', found '/001'");
    }

    @ParameterizedTest(name = "{1} fails at {2}")
    @CsvSource(delimiter = '|', value = {
            "B{YY}{JJJ}-{ITEM}-{SEQ:3}|X26034-FLR-007|part 'B' at position 1",
            "B{YY}{JJJ}-{ITEM}-{SEQ:3}|B2X034-FLR-007|part {YY} at position 2",
            "B{YY}{JJJ}-{ITEM}-{SEQ:3}|B26034-SUG-007|part {ITEM} at position 8",
            "B{YY}{JJJ}-{ITEM}-{SEQ:3}|B26034-FLR-07|part {SEQ:3} at position 12",
            "B{YY}{JJJ}-{ITEM}-{SEQ:3}|B26034-FLR|part '-' at position 11",
    })
    void the_first_part_that_does_not_fit_is_reported_with_its_1_based_position(String pattern, String number,
                                                                                String failure) {
        assertThat(LotNumberPattern.parse(pattern).check(number, FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith(failure));
    }

    @Test
    void a_missing_part_is_reported_as_nothing_found() {
        assertThat(LotNumberPattern.parse("B{YY}{JJJ}-{ITEM}-{SEQ:3}").check("B26034-FLR-", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).endsWith("found nothing"));
    }

    @Test
    void text_after_the_end_of_the_format_is_reported() {
        assertThat(LotNumberPattern.parse("B{YY}{JJJ}-{SEQ:3}").check("B26100-0012", FLOUR_ON_FEB_3))
                .hasValue("unexpected text after the end of format B{YY}{JJJ}-{SEQ:3}");
    }

    @Test
    void a_number_from_a_known_line_must_carry_that_line() {
        LotNumberPattern pattern = LotNumberPattern.parse("{LINE}-{SEQ:3}");
        NumberingContext lineTwo = new NumberingContext(FEB_3_2026, "FLR", null, "L2", null);

        assertThat(pattern.check("L2-001", lineTwo)).isEmpty();
        assertThat(pattern.check("L3-001", lineTwo)).hasValueSatisfying(
                message -> assertThat(message).startsWith("part {LINE} at position 1"));
    }

    @Test
    void month_13_is_not_a_month() {
        assertThat(LotNumberPattern.parse("{YYYY}{MM}{DD}-{SEQ:3}").check("20261301-001", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {MM}"));
    }

    @Test
    void month_00_is_not_a_month() {
        assertThat(LotNumberPattern.parse("{YYYY}{MM}{DD}-{SEQ:3}").check("20260001-001", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {MM}"));
    }

    @Test
    void the_30th_of_february_is_not_a_day() {
        assertThat(LotNumberPattern.parse("{YYYY}{MM}{DD}-{SEQ:3}").check("20260230-001", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {DD}"));
    }

    @Test
    void the_29th_of_february_exists_only_in_leap_years() {
        LotNumberPattern pattern = LotNumberPattern.parse("{YYYY}{MM}{DD}-{SEQ:3}");

        assertThat(pattern.check("20280229-001", FLOUR_ON_FEB_3)).isEmpty();
        assertThat(pattern.check("20260229-001", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {DD}"));
        assertThat(LotNumberPattern.parse("{YY}{MM}{DD}{SEQ:2}").check("26022901", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {DD}"));
    }

    @Test
    void day_00_is_not_a_day() {
        assertThat(LotNumberPattern.parse("{YYYY}{MM}{DD}-{SEQ:3}").check("20260200-001", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {DD}"));
    }

    @Test
    void julian_day_366_does_not_exist_in_2025() {
        LotNumberPattern pattern = LotNumberPattern.parse("B{YY}{JJJ}-{SEQ:3}");

        assertThat(pattern.check("B25366-001", FLOUR_ON_FEB_3))
                .hasValueSatisfying(message -> assertThat(message).startsWith("part {JJJ}").contains("2025"));
        assertThat(pattern.check("B25365-001", FLOUR_ON_FEB_3)).isEmpty();
        assertThat(pattern.check("B24366-001", FLOUR_ON_FEB_3)).isEmpty();
    }

    @Test
    void julian_day_000_and_367_do_not_exist() {
        LotNumberPattern pattern = LotNumberPattern.parse("{JJJ}-{SEQ:3}");

        assertThat(pattern.check("000-001", FLOUR_ON_FEB_3)).hasValueSatisfying(
                message -> assertThat(message).startsWith("part {JJJ}"));
        assertThat(pattern.check("367-001", FLOUR_ON_FEB_3)).hasValueSatisfying(
                message -> assertThat(message).startsWith("part {JJJ}"));
        assertThat(pattern.check("366-001", FLOUR_ON_FEB_3)).isEmpty();
    }

    @Test
    void a_rendered_number_passes_its_own_check() {
        LotNumberPattern pattern = LotNumberPattern.parse("B{YYYY}{MM}{DD}{JJJ}-{ITEM}-{SITE}{LINE}{SHIFT}-{SEQ:5}");
        NumberingContext context = new NumberingContext(LocalDate.of(2028, 12, 31), "FLR", "P01", "L2", "N");

        String number = pattern.render(context, 4711);

        assertThat(number).isEqualTo("B20281231366-FLR-P01L2N-04711");
        assertThat(pattern.check(number, context)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"B{YY}{JJJ}-{SEQ:3}", "R{YYYY}{MM}{DD}-{SEQ:5}", "{SITE}-{LINE}{SHIFT}-{ISEQ:2}",
            "L(A)/{SEQ:12}"})
    void a_format_whose_longest_number_fits_gs1_ai_10_may_be_defined(String pattern) {
        LotNumberPattern format = LotNumberPattern.parse(pattern);

        assertThat(format.requireGs1Batch()).isSameAs(format);
    }

    @ParameterizedTest
    @CsvSource({
            "'{ITEM}{YY}{JJJ}-{ISEQ:6}', pattern-gs1-batch-length, 32",
            "'LOT {SEQ:4}', pattern-gs1-batch-characters, ' '",
            "'L#{SEQ:4}', pattern-gs1-batch-characters, '#'",
            "'{SITE}-{LINE}{SHIFT}-{ISEQ:5}', pattern-gs1-batch-length, 23"})
    void a_format_that_could_render_what_gs1_ai_10_cannot_carry_is_refused(String pattern, String rule, String why) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> LotNumberPattern.parse(pattern).requireGs1Batch())
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(rule);
                    assertThat(refusal.field()).isEqualTo("pattern");
                })
                .withMessageContaining(why);
    }
}

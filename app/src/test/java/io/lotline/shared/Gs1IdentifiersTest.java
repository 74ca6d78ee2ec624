package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** GTIN, GLN and SSCC: the shape, the GS1 modulo-10 check digit, and the 14-digit form of a GTIN. */
class Gs1IdentifiersTest {

    /** The GS1 syntax dictionary's own linter test cases, next to the project (surefire runs in the project dir). */
    private static final Path LINTER_CASES = Path.of("../shared/vectors/gs1/syntax-dictionary-linter-cases.jsonl");

    // ---------------------------------------------------------------- GTIN

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({
            "96385074,       00000096385074",   // GTIN-8
            "036000291452,   00036000291452",   // GTIN-12 (UPC-A)
            "4006381333931,  04006381333931",   // GTIN-13 (EAN-13)
            "10614141000415, 10614141000415",   // GTIN-14
    })
    void a_gtin_of_any_gs1_length_is_accepted_and_kept_as_14_digits(String typed, String kept) {
        Gtin gtin = new Gtin(typed);

        assertThat(gtin.value()).isEqualTo(kept);
        assertThat(gtin).hasToString(kept);
    }

    @Test
    void the_same_product_typed_as_gtin_13_or_gtin_14_is_the_same_gtin() {
        assertThat(new Gtin("4006381333931")).isEqualTo(new Gtin("04006381333931"));
    }

    @Test
    void spaces_around_a_scanned_gtin_are_dropped() {
        assertThat(new Gtin(" 4006381333931 ").value()).isEqualTo("04006381333931");
    }

    @ParameterizedTest(name = "{0} is refused, the check digit should be {1}")
    @CsvSource({
            "96385075,       4",
            "036000291453,   2",
            "4006381333932,  1",
            "4006381333930,  1",
            "10614141000410, 5",
    })
    void a_gtin_with_a_wrong_check_digit_is_refused(String typed, int expectedCheckDigit) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Gtin(typed))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("gtin-check-digit");
                    assertThat(refusal.field()).isEqualTo("gtin");
                    assertThat(refusal.value()).isEqualTo(typed);
                })
                .withMessageContaining("expected " + expectedCheckDigit);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "4006381A33931",      // a letter
            "4006381 333931",     // a space inside
            "4006381-333931",     // a dash
            "+4006381333931",     // a sign
            "1234567",            // 7 digits
            "123456789",          // 9 digits
            "12345678901",        // 11 digits
            "123456789012345",    // 15 digits
            "106141411234567897", // an SSCC is not a GTIN
    })
    void a_gtin_that_is_not_8_12_13_or_14_digits_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Gtin(typed))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gtin-format"))
                .withMessage("A GTIN has 8, 12, 13 or 14 digits");
    }

    // ---------------------------------------------------------------- GLN

    @ParameterizedTest
    @ValueSource(strings = {"4012345000009", "0614141000005", "5412345000013"})
    void a_gln_of_13_digits_with_the_right_check_digit_is_accepted_verbatim(String typed) {
        assertThat(new Gln(typed).value()).isEqualTo(typed);
    }

    @Test
    void spaces_around_a_gln_are_dropped() {
        assertThat(new Gln(" 4012345000009\t").value()).isEqualTo("4012345000009");
    }

    @Test
    void a_gln_with_a_wrong_check_digit_is_refused_naming_the_right_one() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Gln("4012345000008"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("gln-check-digit");
                    assertThat(refusal.field()).isEqualTo("gln");
                })
                .withMessage("The GLN check digit is wrong: expected 9 at the end");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"96385074", "401234500000", "40123450000090", "401234500000X", "4012345 00000"})
    void a_gln_that_is_not_13_digits_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Gln(typed))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gln-format"))
                .withMessage("A GLN has 13 digits");
    }

    // ---------------------------------------------------------------- SSCC

    @ParameterizedTest
    @ValueSource(strings = {"106141411234567897", "376104250021234569"})
    void an_sscc_of_18_digits_with_the_right_check_digit_is_accepted_verbatim(String typed) {
        assertThat(new Sscc(typed).value()).isEqualTo(typed);
    }

    @Test
    void an_sscc_with_a_wrong_check_digit_is_refused_naming_the_right_one() {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Sscc("106141411234567890"))
                .satisfies(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("sscc-check-digit");
                    assertThat(refusal.field()).isEqualTo("sscc");
                })
                .withMessage("The SSCC check digit is wrong: expected 7 at the end");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"10614141123456789", "1061414112345678970", "10614141123456789X", "10614141000415"})
    void an_sscc_that_is_not_18_digits_is_refused(String typed) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> new Sscc(typed))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("sscc-format"))
                .withMessage("A SSCC has 18 digits");
    }

    @Test
    void a_scanned_code_looks_like_an_sscc_only_when_it_is_18_digits() {
        assertThat(Sscc.looksLikeOne("106141411234567897")).isTrue();
        assertThat(Sscc.looksLikeOne("10614141123456789")).isFalse();
        assertThat(Sscc.looksLikeOne("10614141123456789X")).isFalse();
        assertThat(Sscc.looksLikeOne(null)).isFalse();
    }

    // ---------------------------------------------------------------- GS1's own check-digit linter cases

    record LinterCase(String source, String input, boolean valid) {
        @Override
        public String toString() { return "[" + input + "] valid=" + valid + " (" + source + ")"; }
    }

    static List<LinterCase> checkDigitCases() throws IOException {
        try (Stream<String> lines = Files.lines(LINTER_CASES, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank())
                    .map(Gs1IdentifiersTest::fields)
                    .filter(fields -> "gs1_lint_csum".equals(fields.get("linter")))
                    .map(fields -> new LinterCase(fields.get("source"), fields.get("input"),
                            Boolean.parseBoolean(fields.get("valid"))))
                    .toList();
        }
    }

    static Stream<Arguments> gtinLengthCases() throws IOException {
        return checkDigitCases().stream()
                .filter(c -> c.input().matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}"))
                .map(Arguments::of);
    }

    static Stream<Arguments> glnLengthCases() throws IOException {
        return checkDigitCases().stream().filter(c -> c.input().matches("\\d{13}")).map(Arguments::of);
    }

    static Stream<Arguments> ssccLengthCases() throws IOException {
        return checkDigitCases().stream().filter(c -> c.input().length() == 18).map(Arguments::of);
    }

    @Test
    void the_gs1_linter_cases_hold_valid_and_invalid_gtins_of_every_length() throws IOException {
        List<LinterCase> gtins = gtinLengthCases().map(a -> (LinterCase) a.get()[0]).toList();

        assertThat(gtins).extracting(c -> c.input().length()).contains(8, 12, 13, 14);
        assertThat(gtins).extracting(LinterCase::valid).contains(true, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gtinLengthCases")
    void a_gtin_is_accepted_exactly_when_the_gs1_check_digit_linter_accepts_it(LinterCase linterCase) {
        if (linterCase.valid()) {
            assertThatCode(() -> new Gtin(linterCase.input())).doesNotThrowAnyException();
        } else {
            assertThatExceptionOfType(InvalidInput.class)
                    .isThrownBy(() -> new Gtin(linterCase.input()))
                    .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gtin-check-digit"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glnLengthCases")
    void a_13_digit_linter_case_is_a_gln_exactly_when_it_is_valid(LinterCase linterCase) {
        if (linterCase.valid()) {
            assertThat(new Gln(linterCase.input()).value()).isEqualTo(linterCase.input());
        } else {
            assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Gln(linterCase.input()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ssccLengthCases")
    void an_18_character_linter_case_is_an_sscc_exactly_when_it_is_valid(LinterCase linterCase) {
        if (linterCase.valid()) {
            assertThat(new Sscc(linterCase.input()).value()).isEqualTo(linterCase.input());
        } else {
            assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Sscc(linterCase.input()));
        }
    }

    private static final Pattern MEMBER = Pattern.compile(
            "\"([^\"]+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|true|false|null|-?\\d+)");

    /** The top-level members of one flat JSON object, strings unescaped. Enough for these case lines. */
    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        Matcher member = MEMBER.matcher(line);
        while (member.find()) {
            fields.put(member.group(1), member.group(3) != null ? unescape(member.group(3)) : member.group(2));
        }
        return fields;
    }

    private static String unescape(String json) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}

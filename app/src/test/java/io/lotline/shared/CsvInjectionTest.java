package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a spreadsheet would run as a formula is written as text; everything else is left as it is. */
class CsvInjectionTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\tnote", "\r1", "=1", "-", "+", "-1+A1", "+1 555 cmd"})
    void text_a_spreadsheet_would_run_gets_a_leading_single_quote(String cell) {
        assertThat(CsvInjection.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "L-2026-17", "Müller GmbH", "a=b", "12", "-12.5", "+3", "+1 555 030 7",
            "+49 (30) 1234-567", " =1", "'=already"})
    void other_text_numbers_and_phone_numbers_are_kept(String cell) {
        assertThat(CsvInjection.neutralised(cell)).isEqualTo(cell);
    }

    @Test
    void numbers_dates_and_missing_cells_are_kept_as_they_are() {
        assertThat(CsvInjection.row(new BigDecimal("-4"), LocalDate.of(2026, 1, 2), null, true, "=A1"))
                .containsExactly(new BigDecimal("-4"), LocalDate.of(2026, 1, 2), null, true, "'=A1");
    }

    @Test
    void a_value_other_than_text_is_neutralised_by_what_it_prints() {
        Object lot = new Object() {
            @Override
            public String toString() { return "=cmd"; }
        };

        assertThat(CsvInjection.neutralised(lot)).isEqualTo("'=cmd");
    }
}

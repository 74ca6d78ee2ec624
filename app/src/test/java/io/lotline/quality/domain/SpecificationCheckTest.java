package io.lotline.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.quality.ParameterKind;
import io.lotline.quality.ResultValue;
import io.lotline.quality.SpecParameter;
import io.lotline.quality.Verdict;
import io.lotline.quality.Verdict.Outcome;
import io.lotline.shared.InvalidInput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecificationCheckTest {
    private static final SpecParameter MOISTURE = new SpecParameter("moisture", ParameterKind.NUMERIC,
            BigDecimal.ZERO, new BigDecimal("14.5"), "%", null, true);
    private static final SpecParameter COLOUR = new SpecParameter("colour", ParameterKind.TEXT, null, null, null,
            "white", true);
    private static final SpecParameter ASH = new SpecParameter("ash", ParameterKind.NUMERIC, null,
            new BigDecimal("0.6"), null, null, false);
    private static final SpecParameter INSECTS = new SpecParameter("insects", ParameterKind.PASS_FAIL, null, null,
            null, null, true);

    private static ResultValue number(String parameter, String value) {
        return new ResultValue(parameter, new BigDecimal(value), null, null);
    }

    @Test
    void a_value_on_the_limit_is_within_the_specification() {
        assertThat(SpecificationCheck.judge(MOISTURE, number("moisture", "14.5")).outcome()).isEqualTo(Outcome.PASS);
        assertThat(SpecificationCheck.judge(MOISTURE, number("moisture", "0")).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void a_value_above_the_maximum_fails_with_the_limit_in_the_reason() {
        Verdict verdict = SpecificationCheck.judge(MOISTURE, number("moisture", "14.51"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.reason()).isEqualTo("moisture 14.51 % is above the maximum 14.5 %");
    }

    @Test
    void a_text_reads_as_expected_regardless_of_case_and_spaces() {
        assertThat(SpecificationCheck.judge(COLOUR, new ResultValue("colour", null, " White ", null)).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(SpecificationCheck.judge(COLOUR, new ResultValue("colour", null, "grey", null)).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void a_pass_fail_check_must_have_passed_and_a_number_is_no_answer_to_it() {
        assertThat(SpecificationCheck.judge(INSECTS, new ResultValue("insects", null, null, false)).outcome())
                .isEqualTo(Outcome.FAIL);
        assertThat(SpecificationCheck.judge(INSECTS, number("insects", "0")).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void a_lot_is_releasable_only_when_every_required_parameter_passes() {
        List<SpecParameter> spec = List.of(MOISTURE, COLOUR, ASH, INSECTS);
        Map<String, ResultValue> complete = Map.of("moisture", number("moisture", "12"), "colour",
                new ResultValue("colour", null, "white", null), "insects", new ResultValue("insects", null, null, true));

        assertThat(SpecificationCheck.releasable(spec, SpecificationCheck.evaluate(spec, complete))).isTrue();
        assertThat(SpecificationCheck.releasable(spec, SpecificationCheck.evaluate(spec,
                Map.of("moisture", number("moisture", "12"))))).isFalse();
    }

    @Test
    void limits_in_the_wrong_order_are_refused() {
        assertThatThrownBy(() -> new SpecParameter("x", ParameterKind.NUMERIC, BigDecimal.TEN, BigDecimal.ONE, null,
                null, true)).isInstanceOf(InvalidInput.class).hasMessageContaining("above the maximum");
    }

    @Test
    void a_document_is_known_by_its_first_bytes_not_its_name() {
        assertThat(DocumentType.detect("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(DocumentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("image/jpeg");
        assertThat(DocumentType.detect("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
    }
}

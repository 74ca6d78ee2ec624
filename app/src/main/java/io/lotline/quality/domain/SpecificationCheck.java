package io.lotline.quality.domain;

import io.lotline.quality.ResultValue;
import io.lotline.quality.SpecParameter;
import io.lotline.quality.Verdict;
import io.lotline.quality.Verdict.Outcome;
import java.util.List;
import java.util.Map;

/**
 * Checks results against a specification, the same way for an inspection and for the values a supplier stated on a
 * certificate of analysis. A number must lie within its limits (limits included); a text must read as expected
 * (case and surrounding spaces aside); a pass/fail check must have passed. A required parameter with no result is
 * missing, and a lot with a missing or failing required parameter is not released without an override.
 */
public final class SpecificationCheck {
    private SpecificationCheck() {
    }

    public static Verdict judge(SpecParameter spec, ResultValue result) {
        if (result == null) {
            return new Verdict(spec.parameter(), Outcome.MISSING, spec.parameter() + " has no result yet");
        }
        return switch (spec.kind()) {
            case NUMERIC -> numeric(spec, result);
            case TEXT -> result.textValue() != null
                    && result.textValue().strip().equalsIgnoreCase(spec.expectedText().strip())
                    ? pass(spec, "reads '" + result.textValue() + "' as expected")
                    : fail(spec, "reads '" + shown(result) + "', expected '" + spec.expectedText() + "'");
            case PASS_FAIL -> Boolean.TRUE.equals(result.passed()) ? pass(spec, "passed")
                    : fail(spec, result.passed() == null ? "needs passed true or false, got '" + shown(result) + "'"
                    : "failed");
        };
    }

    /** The verdict for each parameter, from the latest result per parameter. */
    public static List<Verdict> evaluate(List<SpecParameter> specification, Map<String, ResultValue> latest) {
        return specification.stream().map(spec -> judge(spec, latest.get(spec.parameter()))).toList();
    }

    /** Whether every required parameter passes. */
    public static boolean releasable(List<SpecParameter> specification, List<Verdict> verdicts) {
        return verdicts.stream().allMatch(v -> v.outcome() == Outcome.PASS || specification.stream()
                .noneMatch(s -> s.parameter().equals(v.parameter()) && s.required()));
    }

    private static Verdict numeric(SpecParameter spec, ResultValue result) {
        if (result.numericValue() == null) {
            return fail(spec, "needs a number, got '" + shown(result) + "'");
        }
        String value = result.numericValue().stripTrailingZeros().toPlainString() + unit(spec);
        if (spec.minimum() != null && result.numericValue().compareTo(spec.minimum()) < 0) {
            return fail(spec, value + " is below the minimum " + spec.minimum().toPlainString() + unit(spec));
        }
        if (spec.maximum() != null && result.numericValue().compareTo(spec.maximum()) > 0) {
            return fail(spec, value + " is above the maximum " + spec.maximum().toPlainString() + unit(spec));
        }
        return pass(spec, value + " is within limits");
    }

    private static String unit(SpecParameter spec) {
        return spec.unit() == null ? "" : " " + spec.unit();
    }

    private static String shown(ResultValue result) {
        return result.numericValue() != null ? result.numericValue().toPlainString()
                : result.textValue() != null ? result.textValue() : String.valueOf(result.passed());
    }

    private static Verdict pass(SpecParameter spec, String reason) {
        return new Verdict(spec.parameter(), Outcome.PASS, spec.parameter() + " " + reason);
    }

    private static Verdict fail(SpecParameter spec, String reason) {
        return new Verdict(spec.parameter(), Outcome.FAIL, spec.parameter() + " " + reason);
    }

}

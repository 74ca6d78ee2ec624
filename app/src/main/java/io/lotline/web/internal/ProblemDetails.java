package io.lotline.web.internal;

import io.lotline.shared.Conflict;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Refused;
import io.lotline.shared.TextRule;
import io.lotline.shared.Unknown;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem details Lotline answers with (RFC 9457): a stable type per kind of problem, the human title and
 * detail, and the field, value and rule that a client needs to correct the request. The value and the detail (which
 * may quote it) are shown escaped ({@link TextRule#escaped}): a refused control or bidirectional character is named,
 * never passed on.
 */
public final class ProblemDetails {
    static final String TYPE_PREFIX = "urn:lotline:problem:";

    private ProblemDetails() {
    }

    static HttpStatus statusOf(LotlineException failure) {
        if (failure instanceof InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        }
        if (failure instanceof Unknown) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (failure instanceof Refused) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return HttpStatus.BAD_REQUEST;
    }

    static ProblemDetail of(LotlineException failure) {
        ProblemDetail problem = problem(statusOf(failure), failure.kind(), failure.getMessage(), failure.field(),
                failure.value(), failure.rule());
        failure.details().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String kind, String detail, String field, Object value,
                                 String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, TextRule.escaped(detail));
        problem.setType(URI.create(TYPE_PREFIX + kind));
        problem.setTitle(title(kind));
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("value", value == null ? null : TextRule.escaped(String.valueOf(value)));
        }
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return problem;
    }

    static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, Object>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String title(String kind) {
        String words = kind.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package io.lotline.web.internal;

import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.LotNumber;
import io.lotline.shared.LotlineException;
import io.lotline.web.security.RoleRequired;
import io.lotline.shared.Sscc;
import io.lotline.shared.TextRule;
import jakarta.validation.ConstraintViolation;
import io.lotline.shared.UnitOfMeasure;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.springframework.core.Ordered;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become HTTP answers. Domain failures carry no status; their family decides it:
 * invalid input 400, unknown 404, conflict 409, refused by a policy 422. Every answer is a problem detail naming the
 * field, the value and the rule.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FailureAdvice {
    private static final Logger log = LoggerFactory.getLogger(FailureAdvice.class);

    @ExceptionHandler(LotlineException.class)
    ProblemDetail refused(LotlineException failure) {
        return ProblemDetails.of(failure);
    }

    /** A body read as a stream (EPCIS capture) that passed its size limit or could not be read to its end. */
    @ExceptionHandler(UncheckedIOException.class)
    ProblemDetail unreadableStream(UncheckedIOException unreadable) {
        if (unreadable.getCause() instanceof BodySizeLimit.TooLarge tooLarge) {
            return BodySizeLimit.tooLarge(tooLarge.limit, null);
        }
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body could not be read to its end", "body", null, "readable-body");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        String path = cause instanceof JacksonException jackson ? JsonPaths.of(jackson) : null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimit.TooLarge tooLarge) {
                return BodySizeLimit.tooLarge(tooLarge.limit, null);
            }
            if (t instanceof LotlineException failure) {
                if (path != null && !path.isEmpty() && !path.equals(failure.field())) {
                    failure.within(JsonPaths.parent(path, failure.field()));
                }
                return ProblemDetails.of(failure);
            }
        }
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "malformed-request", unreadableDetail(cause, path),
                path == null || path.isEmpty() ? null : path,
                cause instanceof InvalidFormatException format ? format.getValue() : null, unreadableRule(cause));
    }

    /** What was wrong with the body, in the client's terms: never a Java class name. */
    private static String unreadableDetail(Throwable cause, String path) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "The property '" + path + "' is not part of this request; known here: "
                    + unknown.getKnownPropertyIds();
        }
        if (emptyBody(cause)) {
            return "The request body is empty; send a JSON object";
        }
        if (cause instanceof InvalidFormatException format && !coercion(format)) {
            return "The value '" + format.getValue() + "' of '" + path + "' is not in the expected format";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return "The value of '" + path + "' has the wrong JSON type; expected "
                    + expected(mismatch.getTargetType());
        }
        if (cause instanceof StreamReadException malformed) {
            return malformed.getOriginalMessage().startsWith("Duplicate")
                    ? "A property is given more than once: " + malformed.getOriginalMessage()
                    : "The body is not well-formed JSON: " + malformed.getOriginalMessage();
        }
        return "The request body is missing or is not JSON";
    }

    private static String unreadableRule(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException) {
            return "unknown-property";
        }
        if (emptyBody(cause)) {
            return "required";
        }
        if (cause instanceof InvalidFormatException format && !coercion(format)) {
            return "format";
        }
        if (cause instanceof MismatchedInputException) {
            return "type";
        }
        if (cause instanceof StreamReadException malformed && malformed.getOriginalMessage().startsWith("Duplicate")) {
            return "duplicate-property";
        }
        return "well-formed-json";
    }

    /** A value of the wrong JSON type that strict JSON refuses to convert, such as 12 for a text. */
    private static boolean coercion(InvalidFormatException format) {
        return format.getOriginalMessage().startsWith("Cannot coerce");
    }

    private static boolean emptyBody(Throwable cause) {
        return cause == null || cause instanceof MismatchedInputException mismatch
                && mismatch.getOriginalMessage().startsWith("No content to map");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == UnitOfMeasure.class
                || type == Gtin.class || type == Gln.class || type == Sscc.class || type == LotNumber.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid) {
        List<Map<String, Object>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(FailureAdvice::error).toList();
        FieldError first = invalid.getBindingResult().getFieldErrors().get(0);
        return ProblemDetails.withErrors(ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                first.getField() + " " + first.getDefaultMessage(), first.getField(), first.getRejectedValue(),
                rule(first)), errors);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing) {
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "The header " + missing.getHeaderName() + " is required", missing.getHeaderName(), null, "required");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException missing) {
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "The parameter " + missing.getParameterName() + " is required", missing.getParameterName(), null,
                "required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "The parameter " + mismatch.getName() + " has the wrong type", mismatch.getName(),
                mismatch.getValue(), "type");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
        return ProblemDetails.problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
                "The upload is larger than this server accepts", "file", null, "max-file-size");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException notMultipart) {
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "Send the document as multipart/form-data with the part 'file'", "file", null, "multipart-form-data");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException missing) {
        return ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "The multipart part " + missing.getRequestPartName() + " is required", missing.getRequestPartName(),
                null, "required");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        if (denied instanceof RoleRequired required) {
            ProblemDetail problem = ProblemDetails.problem(HttpStatus.FORBIDDEN, "forbidden", required.getMessage(),
                    null, null, "role-required");
            problem.setProperty("requiredRoles", required.roleNames());
            return problem;
        }
        return ProblemDetails.problem(HttpStatus.FORBIDDEN, "forbidden",
                "Your roles do not allow this request", null, null, "role-required");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException duplicate) {
        log.info("Duplicate refused by the database: {}", duplicate.getMostSpecificCause().getMessage());
        return ProblemDetails.problem(HttpStatus.CONFLICT, "duplicate",
                "A record with the same unique value was written at the same moment; nothing was booked",
                null, null, "unique");
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail busy(PessimisticLockingFailureException busy) {
        return ProblemDetails.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                "Another booking held the same stock; nothing was booked, retry with the same idempotency key",
                null, null, "retry");
    }

    /**
     * The database could not be reached or dropped the connection (a restart, a fail-over, a full pool). The request
     * was not confirmed; sent again with the same idempotency key it is booked once, whatever became of the first.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    ProblemDetail databaseUnavailable(Exception unavailable) {
        log.warn("The database could not be reached: {}", unavailable.getMessage());
        return ProblemDetails.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "The database could not be reached; the request was not confirmed, send it again with the same "
                        + "idempotency key and it is booked once",
                null, null, "retry");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException violation) {
        log.warn("Integrity rule of the database refused a write", violation);
        return ProblemDetails.problem(HttpStatus.CONFLICT, "integrity-violation",
                "The database refused the write: " + violation.getMostSpecificCause().getMessage(), null, null,
                "integrity");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException unknown) {
        return ProblemDetails.problem(HttpStatus.NOT_FOUND, "not-found",
                "No operation answers " + unknown.getHttpMethod() + " /" + unknown.getResourcePath(), "path",
                "/" + unknown.getResourcePath(), "known-path");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException refused) {
        return ProblemDetails.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "This path answers " + refused.getSupportedHttpMethods(), "method", refused.getMethod(),
                "allowed-method");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException refused) {
        return ProblemDetails.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Send the body as one of " + refused.getSupportedMediaTypes(), "Content-Type",
                refused.getContentType(), "media-type");
    }

    /**
     * Any other failure of an API request: 500 as a problem detail, never Spring Boot's own error body, with a
     * reference that the log gives beside the failure. Failures that carry their own status (Spring's
     * {@link ErrorResponse}, {@link ResponseStatus}, binding and request failures Spring answers 4xx), a client that
     * went away, an authentication the security filters answer, an answer already on its way (a download), and the
     * pages' requests are handed back to Spring.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (response.isCommitted() || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || failure instanceof ErrorResponse || failure instanceof AuthenticationException
                || failure instanceof BindException || failure instanceof TypeMismatchException
                || failure instanceof ServletException
                || AnnotatedElementUtils.hasAnnotation(failure.getClass(), ResponseStatus.class)
                || DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            throw failure;
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure of {} {} (reference {})", request.getMethod(), request.getRequestURI(),
                reference, failure);
        ProblemDetail problem = ProblemDetails.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Lotline failed unexpectedly and did not confirm the request; sent again with the same idempotency "
                        + "key it is booked once. The server's log names the failure under reference " + reference,
                null, null, null);
        problem.setProperty("reference", reference);
        return problem;
    }

    /** One refused field, its value escaped as in every problem. */
    private static Map<String, Object> error(FieldError error) {
        Object value = error.getRejectedValue();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("field", error.getField());
        entry.put("value", value == null ? null : TextRule.escaped(String.valueOf(value)));
        entry.put("rule", rule(error));
        entry.put("message", error.getDefaultMessage());
        return entry;
    }

    /** A text rule's name ({@code code-characters}), else the constraint's. */
    private static String rule(FieldError error) {
        Optional<TextRule> textRule = error.contains(ConstraintViolation.class)
                ? TextRule.declaredBy(error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAnnotation()
                        .annotationType())
                : Optional.empty();
        return textRule.map(TextRule::rule).orElse(error.getCode());
    }
}

package io.lotline.web.internal;

import io.lotline.ledger.BookingContext;
import io.lotline.ledger.ReportedLate;
import io.lotline.shared.InvalidInput;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every booking endpoint takes a {@link BookingContext} parameter instead of reading the {@code Idempotency-Key}
 * header and the {@code occurredAt} query parameter itself: this resolves it from the request once (a missing or
 * malformed key, or an {@code occurredAt} that is not an ISO-8601 instant, is a problem naming it), and writes both
 * into the API description of every such operation. {@code occurredAt} is read only where the parameter is
 * {@link ReportedLate}; elsewhere it is not part of the operation.
 */
@Configuration(proxyBeanMethods = false)
class BookingContextArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver, OperationCustomizer {
    static final String KEY = "Idempotency-Key";
    static final String OCCURRED_AT = "occurredAt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(BookingContext.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == BookingContext.class;
    }

    @Override
    public BookingContext resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
        String occurredAt = parameter.hasParameterAnnotation(ReportedLate.class)
                ? request.getParameter(OCCURRED_AT) : null;
        return new BookingContext(request.getHeader(KEY), occurredAt == null || occurredAt.isEmpty() ? null
                : instant(occurredAt));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(OCCURRED_AT, text, "type",
                    "occurredAt is an ISO-8601 instant such as 2026-12-06T08:30:00Z");
        }
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (supportsParameter(parameter)) {
                operation.addParametersItem(new Parameter().in("header").name(KEY).required(true)
                        .description("Chosen by the client for this booking; a retry with the same key books once, "
                                + "the same key with another request is refused")
                        .schema(new StringSchema().maxLength(200)));
                if (parameter.hasParameterAnnotation(ReportedLate.class)) {
                    operation.addParametersItem(new Parameter().in("query").name(OCCURRED_AT).required(false)
                            .description("When it happened on the floor, if reported late; now if absent")
                            .schema(new Schema<Instant>().type("string").format("date-time")));
                }
            }
        }
        return operation;
    }
}

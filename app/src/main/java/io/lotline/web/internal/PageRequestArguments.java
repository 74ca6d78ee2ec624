package io.lotline.web.internal;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.PageRequest;
import io.lotline.shared.PageSize;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
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
 * Every listing endpoint takes a {@link PageRequest} parameter instead of its own {@code page} and {@code size}: this
 * resolves it from the query once (a value that is not a whole number, a negative page or a size out of range is a
 * problem naming it) and writes both into the API description of every such operation. {@link PageSize} on the
 * parameter changes how many rows a page holds by default.
 */
@Configuration(proxyBeanMethods = false)
class PageRequestArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver, OperationCustomizer {
    static final String PAGE = "page";
    static final String SIZE = "size";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binders) {
        return new PageRequest(number(request, PAGE, 0), number(request, SIZE, defaultSize(parameter)));
    }

    /** The first value given, as a whole number; the default when absent or empty. */
    private static int number(NativeWebRequest request, String name, int absent) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0 || values[0].isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(values[0].strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, values[0], "type", "The parameter " + name + " has the wrong type");
        }
    }

    private static int defaultSize(MethodParameter parameter) {
        PageSize size = parameter.getParameterAnnotation(PageSize.class);
        return size == null ? PageRequest.DEFAULT_SIZE : size.value();
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (supportsParameter(parameter)) {
                operation.addParametersItem(new Parameter().in("query").name(PAGE).required(false)
                        .description("Which page, counted from 0")
                        .schema(new IntegerSchema().format("int32")._default(0)));
                operation.addParametersItem(new Parameter().in("query").name(SIZE).required(false)
                        .description("How many rows a page holds, 1 to " + PageRequest.MAX_SIZE)
                        .schema(new IntegerSchema().format("int32")._default(defaultSize(parameter))));
            }
        }
        return operation;
    }
}

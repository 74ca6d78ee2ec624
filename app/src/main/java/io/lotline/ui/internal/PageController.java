package io.lotline.ui.internal;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Unknown;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page controller shares: a page that names what is unknown (404) or not allowed (403) instead of the
 * API's problem details. A controller's own handlers come before the API's {@code FailureAdvice}.
 */
abstract class PageController {

    @ExceptionHandler(Unknown.class)
    ModelAndView unknown(Unknown unknown) {
        ModelAndView page = new ModelAndView("failure", HttpStatus.NOT_FOUND);
        page.addObject("problem", "failure.not-found");
        page.addObject("detail", unknown.getMessage());
        return page;
    }

    /** A form shown again with a refusal: 400 when the input itself is wrong, 422 when the domain refuses it. */
    static HttpStatus statusOf(LotlineException refused) {
        return refused instanceof InvalidInput ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    /** Whether htmx sent the request ({@code HX-Request}): it is answered with the parts of the page that changed. */
    static boolean fromHtmx() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && "true".equals(request.getRequest().getHeader("HX-Request"));
    }

    /**
     * The page's model drawn as an answer to htmx ({@code answers/<page>}): only the named parts, each replacing the
     * element of the same id where it stands (ADR 56). The status stays the page's: 4xx when a form was refused.
     */
    static ModelAndView parts(ModelAndView page, String... parts) {
        page.addObject("parts", Set.of(parts));
        page.setViewName("answers/" + page.getViewName());
        return page;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException denied) {
        ModelAndView page = new ModelAndView("failure", HttpStatus.FORBIDDEN);
        page.addObject("problem", "failure.forbidden");
        return page;
    }
}

package io.lotline.ui.internal;

import io.lotline.shared.Unknown;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException denied) {
        ModelAndView page = new ModelAndView("failure", HttpStatus.FORBIDDEN);
        page.addObject("problem", "failure.forbidden");
        return page;
    }
}

package io.lotline.web.security;

import io.lotline.web.internal.ProblemDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request the security firewall refuses before any controller sees it (an encoded slash, dot segments or NUL in
 * the path: {@code ..%2F..%2Fetc%2Fpasswd}, {@code %00}) is answered 400 with a problem naming the path, not with the
 * container's error page. Pages keep their HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler problemForRejectedRequests(JsonMapper json) {
        return (request, response, rejected) -> {
            if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ProblemDetails.problem(HttpStatus.BAD_REQUEST,
                    "invalid-input", "The path holds characters or segments that are never accepted: "
                            + "encoded slashes, dot segments or control characters", "path", null, "safe-path"));
        };
    }
}

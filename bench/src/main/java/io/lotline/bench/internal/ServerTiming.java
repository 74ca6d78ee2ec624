package io.lotline.bench.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The time the server spent on a lot's pages, sent with the answer as {@code Server-Timing: app;dur=<ms>} for the
 * browser's Performance API to read. The bench installs it, first in the chain, only in the web instance it starts
 * for the screens; the application sends no timings. The answer is held until complete so that the header still goes
 * before the body, and the time covers all the server did: security, the controller, the template.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerTiming extends OncePerRequestFilter {
    static final String HEADER = "Server-Timing";
    static final String METRIC = "app";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/lots/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, held);
        } finally {
            if (!response.isCommitted()) {
                response.setHeader(HEADER, String.format(Locale.ROOT, "%s;dur=%.2f", METRIC,
                        (System.nanoTime() - started) / 1e6));
            }
            held.copyBodyToResponse();
        }
    }
}

package io.lotline.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API stays stateless, except that a GET of an export (trace CSV and PDF, FSMA 204, one-up/one-down, a recall's
 * report and notices, a document's content) also accepts the session of a user signed in to the pages, so that the
 * pages' download links work. Only reading: a session never authenticates a request that changes something, so the
 * API needs no CSRF token, and the endpoints' own roles decide as for any caller. Nothing is ever written into the
 * session here.
 */
final class DownloadsForThePages implements SecurityContextRepository {
    static final RequestMatcher DOWNLOADS = new OrRequestMatcher(
            get("/api/v1/exports/**"),
            get("/api/v1/traces/csv"),
            get("/api/v1/recalls/{code}/report.pdf"),
            get("/api/v1/recalls/{code}/report.csv"),
            get("/api/v1/recalls/{code}/notices/{customer}"),
            get("/api/v1/documents/{id}/content"));

    private final SecurityContextRepository stateless = new RequestAttributeSecurityContextRepository();
    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    DownloadsForThePages() {
        session.setAllowSessionCreation(false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return DOWNLOADS.matches(request) ? session.loadDeferredContext(request)
                : stateless.loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        stateless.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return stateless.containsContext(request) || DOWNLOADS.matches(request) && session.containsContext(request);
    }

    private static RequestMatcher get(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
    }
}

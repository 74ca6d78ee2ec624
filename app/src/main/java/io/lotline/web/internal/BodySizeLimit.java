package io.lotline.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an API request body larger than {@code lotline.api.max-body-bytes} (413) before anything reads it: by its
 * declared length at once, and when no length is declared (chunked) as soon as the reading passes the limit. Document
 * uploads (multipart) keep their own limit, {@code lotline.documents.max-bytes}; EPCIS capture its own,
 * {@code lotline.epcis.max-capture-bytes}, as partners' documents are larger than any other request.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {
    private static final List<String> CAPTURE = List.of("/api/v1/epcis/capture", "/api/v1/epcis/events");
    private final Limit api;
    private final Limit capture;
    private final JsonMapper json;

    BodySizeLimit(BodyLimits limits, JsonMapper json) {
        this.api = new Limit(limits.api().maxBodyBytes(), "max-body-bytes");
        this.capture = new Limit(limits.epcis().maxCaptureBytes(), "max-capture-bytes");
        this.json = json;
    }

    /** How many bytes a body may have, and the name of the setting that says so. */
    record Limit(long maxBytes, String rule) {
    }

    private Limit limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && CAPTURE.contains(path) ? capture : api;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitFor(request);
        if (request.getContentLengthLong() > limit.maxBytes()) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), tooLarge(limit, request.getContentLengthLong()));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, limit) : request, response);
    }

    static org.springframework.http.ProblemDetail tooLarge(Limit limit, Object size) {
        return ProblemDetails.problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
                "The request body is larger than the " + limit.maxBytes() + " bytes this server accepts", "body",
                size, limit.rule());
    }

    /** Raised while reading a body without declared length once it passes the limit. */
    static final class TooLarge extends IOException {
        final Limit limit;

        TooLarge(Limit limit) {
            super("The request body is larger than " + limit.maxBytes() + " bytes");
            this.limit = limit;
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final Limit limit;
        private ServletInputStream in;

        Bounded(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream body = super.getInputStream();
                in = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > limit.maxBytes()) {
                            throw new TooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }
}

package io.lotline.web.security;

import io.lotline.web.internal.ProblemDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.lotline.identity.SignIn;
import io.lotline.identity.signin.SignInDetails;
import io.lotline.identity.signin.SignInThrottled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API under {@code /api} takes a Bearer token ({@link BearerAuthentication}) or HTTP Basic and
 * answers 401/403 as problem details, and for a GET of an export also the pages' session
 * ({@link DownloadsForThePages}); the pages take a form login. Every endpoint additionally declares its roles
 * with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
    static final String[] API_DOCS = {"/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html"};
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI (not Lotline's code) sets inline styles; it alone may, and still runs only scripts of its own. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Only where there is a web server: the commands ({@code bench}, {@code verify-ledger}) start without one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Doors {

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, JsonMapper json, BearerAuthentication bearer) throws Exception {
            return http.securityMatcher("/api/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(basic -> basic(basic, json))
                    .headers(SecurityConfiguration::headers)
                    .oauth2ResourceServer(server -> bearer.configure(server, json))
                    .exceptionHandling(handling -> handling
                            .authenticationEntryPoint((request, response, e) -> {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"Lotline\"");
                                write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                        "Sign in with an API token (Authorization: Bearer) or HTTP Basic",
                                        "authenticated");
                            })
                            .accessDeniedHandler((request, response, e) -> write(response, json, HttpStatus.FORBIDDEN,
                                    "forbidden", "Your roles do not allow this request", "role-required")))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    // the pages' download links: a GET of an export also takes the page session (ADR 21)
                    .securityContext(context -> context.securityContextRepository(new DownloadsForThePages()))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain pages(HttpSecurity http, SecurityProperties.ApiDocs apiDocs) throws Exception {
            return http
                    .authorizeHttpRequests(requests -> {
                        if (apiDocs.open()) {
                            requests.requestMatchers(API_DOCS).permitAll();
                        }
                        requests.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico").permitAll().anyRequest().authenticated();
                    })
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/")
                            .authenticationDetailsSource(SignInDetails.source(SignIn.Channel.FORM))
                            .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                    + (e instanceof SignInThrottled throttled
                                    ? "/login?wait=" + throttled.retryAfterSeconds() : "/login?error"))))
                    .headers(SecurityConfiguration::headers)
                    // the token outlives the session, so a scan sent after the session expired signs in again
                    // and comes back to its page instead of failing the CSRF check
                    .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                    .build();
        }
    }

    /**
     * HTTP Basic: the client's address and door go to the sign-in check; a wrong name or password is 401, a sign-in
     * made to wait by earlier failures 429 with {@code Retry-After}, the same whether or not the name exists.
     */
    static void basic(HttpBasicConfigurer<HttpSecurity> basic, JsonMapper json) {
        basic.authenticationDetailsSource(SignInDetails.source(SignIn.Channel.BASIC))
                .authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInThrottled throttled) {
                        response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                        write(response, json, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins",
                                "Too many failed sign-ins from this user name or address; try again in "
                                        + throttled.retryAfterSeconds() + " s", "sign-in-throttle");
                    } else {
                        write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "Sign in with HTTP Basic: user name and password", "authenticated");
                    }
                });
    }

    /**
     * What every answer tells the browser: load scripts, styles and images from Lotline only (no inline script or
     * style: the pages have none; Swagger UI may set inline styles), never be framed, send no full address to
     * another site, use no device features.
     */
    static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/")
                                ? SWAGGER_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String kind,
                      String detail, String rule) throws IOException {
        ProblemDetail problem = ProblemDetails.problem(status, kind, detail, null, null, rule);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

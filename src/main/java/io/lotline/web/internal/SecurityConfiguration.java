package io.lotline.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API under {@code /api} takes a Bearer token ({@link BearerAuthentication}) or HTTP Basic and
 * answers 401/403 as problem details; the pages take a form login. Every endpoint additionally declares its roles
 * with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Only where there is a web server: the commands ({@code bench}, {@code verify-ledger}) start without one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Doors {

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, JsonMapper json, BearerAuthentication bearer) throws Exception {
            return http.securityMatcher("/api/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                            write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Sign in with HTTP Basic: user name and password", "authenticated")))
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
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain pages(HttpSecurity http) throws Exception {
            return http
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/login", "/error",
                                    "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                            .anyRequest().authenticated())
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/"))
                    // the token outlives the session, so a scan sent after the session expired signs in again
                    // and comes back to its page instead of failing the CSRF check
                    .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                    .build();
        }
    }

    static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String kind,
                      String detail, String rule) throws IOException {
        ProblemDetail problem = ProblemDetails.problem(status, kind, detail, null, null, rule);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}

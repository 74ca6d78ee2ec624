package io.lotline.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations door, {@code /actuator}: health (and its liveness and readiness groups) answers anyone, so that a
 * load balancer or Kubernetes can probe it; every other endpoint (metrics for Prometheus) needs the ADMIN or
 * COMPLIANCE role, by HTTP Basic or an API token, and answers 401/403 as problem details like the API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ActuatorSecurity {
    static final String[] OPERATIONS_ROLES = {"ADMIN", "COMPLIANCE"};

    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, JsonMapper json, BearerAuthentication bearer) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyRole(OPERATIONS_ROLES))
                .httpBasic(basic -> SecurityConfiguration.basic(basic, json))
                .headers(SecurityConfiguration::headers)
                .oauth2ResourceServer(server -> bearer.configure(server, json))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Lotline\"");
                            SecurityConfiguration.write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Sign in with an API token (Authorization: Bearer) or HTTP Basic",
                                    "authenticated");
                        })
                        .accessDeniedHandler((request, response, e) -> SecurityConfiguration.write(response, json,
                                HttpStatus.FORBIDDEN, "forbidden", "Operations endpoints need the role ADMIN or "
                                        + "COMPLIANCE", "role-required")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}

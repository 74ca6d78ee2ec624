package io.lotline.web.security;

import io.lotline.identity.Access;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.Bearer;
import io.lotline.identity.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's third door, {@code Authorization: Bearer}: a Lotline API token ({@code llt_…}, looked up by its hash),
 * or, where an identity provider is configured, a JWT it signed. Any bad token, whether unknown, expired, revoked
 * or forged, gets the same 401, so the answer tells an attacker nothing.
 */
@Component
class BearerAuthentication {
    private static final String API_TOKEN_PREFIX = "llt_";

    private final ApiTokens tokens;
    private final JwtAuthenticationProvider jwt;

    BearerAuthentication(ApiTokens tokens, ObjectProvider<JwtDecoder> decoder, JwtRoles roles) {
        this.tokens = tokens;
        JwtDecoder jwtDecoder = decoder.getIfAvailable();
        if (jwtDecoder == null) {
            this.jwt = null;
        } else {
            this.jwt = new JwtAuthenticationProvider(jwtDecoder);
            this.jwt.setJwtAuthenticationConverter(roles);
        }
    }

    void configure(OAuth2ResourceServerConfigurer<HttpSecurity> server, JsonMapper json) {
        AuthenticationManager manager = this::authenticate;
        server.authenticationManagerResolver(request -> manager)
                .authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    SecurityConfiguration.write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                            "The token is not valid", "valid-token");
                });
    }

    Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(API_TOKEN_PREFIX)) {
            return tokens.authenticate(token).map(BearerAuthentication::authenticated)
                    .orElseThrow(() -> new BadCredentialsException("Invalid API token"));
        }
        if (jwt == null) {
            throw new BadCredentialsException("Not an API token, and no identity provider is configured");
        }
        return jwt.authenticate(authentication);
    }

    private static Authentication authenticated(Bearer bearer) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : bearer.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        authorities.add(new SimpleGrantedAuthority(Access.API_TOKEN_AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(bearer.username(), null, authorities);
    }
}

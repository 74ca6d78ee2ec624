package io.lotline.web.security;

import io.lotline.identity.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Turns a JWT from the identity provider into a Lotline user: the name from the username claim ({@code sub} when
 * the token has none), the roles from the roles claim, a dotted path such as Keycloak's {@code realm_access.roles}.
 * A value counts when, after the configured prefix, it names a Lotline role in any case ({@code lotline-quality}
 * with the prefix {@code lotline-}); other values are the provider's business and ignored.
 */
@Component
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {
    private final String usernameClaim;
    private final String[] rolesClaim;
    private final String prefix;

    JwtRoles(SecurityProperties.Jwt settings) {
        this.usernameClaim = settings.usernameClaim();
        this.rolesClaim = settings.rolesClaim().split("\\.");
        this.prefix = settings.rolePrefix().toLowerCase(Locale.ROOT);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim(usernameClaim) ? jwt.getClaimAsString(usernameClaim) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities(jwt), username);
    }

    private List<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Object value : values(jwt)) {
            String name = String.valueOf(value).toLowerCase(Locale.ROOT);
            if (!name.startsWith(prefix)) {
                continue;
            }
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(name.substring(prefix.length()))) {
                    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
                }
            }
        }
        return authorities;
    }

    /** The values at the dotted path: a list, a single string (space-separated allowed), or nothing. */
    private Collection<?> values(Jwt jwt) {
        Object node = jwt.getClaims();
        for (String step : rolesClaim) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(step);
        }
        if (node instanceof Collection<?> collection) {
            return collection;
        }
        return node instanceof String text ? List.of(text.split(" ")) : List.of();
    }
}

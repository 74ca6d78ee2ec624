package io.lotline.identity.internal;

import io.lotline.identity.Access;
import io.lotline.identity.Actor;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The signed-in user of the current request, or the system when a scheduled job or the sample loader acts. */
@Component
class SecurityCurrentActor implements CurrentActor {
    private static final String ACTOR = SecurityCurrentActor.class.getName() + ".actor";

    private final JdbcClient jdbc;

    SecurityCurrentActor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.SYSTEM;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ACTOR, RequestAttributes.SCOPE_REQUEST) instanceof Remembered kept
                && kept.authentication() == authentication) {
            return kept.actor();
        }
        Set<Role> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> Role.valueOf(authority.substring(5)))
                .collect(Collectors.toSet());
        String name = authentication.getName();
        String displayName = jdbc.sql("select display_name from users where username = ?").param(name)
                .query(String.class).optional().orElse(name);
        Actor actor = new Actor(name, displayName, roles);
        if (request != null) {
            request.setAttribute(ACTOR, new Remembered(authentication, actor), RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    /** The actor as read once for a request's sign-in; a request that signs in anew reads it again. */
    private record Remembered(Authentication authentication, Actor actor) {
    }

    @Override
    public boolean viaApiToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> Access.API_TOKEN_AUTHORITY.equals(authority.getAuthority()));
    }
}

package io.lotline.web.security;

import io.lotline.identity.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** A request refused because the caller holds none of the roles its endpoint declares. */
public final class RoleRequired extends AccessDeniedException {
    private final Set<Role> roles;

    RoleRequired(Set<Role> roles) {
        super("This request needs the role " + names(roles, " or "));
        this.roles = Set.copyOf(roles);
    }

    /** The roles in the order of {@link Role}, as the README's role table lists them. */
    public java.util.List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static String names(Set<Role> roles, String separator) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(separator));
    }
}

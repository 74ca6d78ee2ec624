package io.lotline.identity;

import java.util.Set;

/** The person or integration behind a request, as written into every ledger entry. */
public record Actor(String username, String displayName, Set<Role> roles) {
    public static final Actor SYSTEM = new Actor("system", "Lotline", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this actor may see trace data: who supplied and who received each lot. */
    public boolean mayTrace() {
        return roles.stream().anyMatch(Access.rolesOf(Access.TRACE)::contains);
    }
}

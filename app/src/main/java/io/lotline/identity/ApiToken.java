package io.lotline.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as its owner and the admin see it: never the secret, only its first characters to recognise it. A
 * token acts for its owner with at most the roles it was given; it stops working when it expires or is revoked.
 */
public record ApiToken(long id, String owner, String name, String prefix, Set<Role> roles, Instant createdAt,
                       String createdBy, Instant expiresAt, Instant revokedAt, String revokedBy,
                       Instant lastUsedAt) {
    public ApiToken {
        roles = Set.copyOf(roles);
    }
}

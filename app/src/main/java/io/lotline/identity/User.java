package io.lotline.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in, or a service account: a system that acts only through API tokens. The password hash never
 * leaves the identity module.
 */
public record User(String username, String displayName, Set<Role> roles, boolean enabled, Instant createdAt,
                   boolean serviceAccount) {
}

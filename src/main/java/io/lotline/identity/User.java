package io.lotline.identity;

import java.time.Instant;
import java.util.Set;

/** A person who signs in. The password hash never leaves the identity module. */
public record User(String username, String displayName, Set<Role> roles, boolean enabled, Instant createdAt) {
}

package io.lotline.identity.internal;

import io.lotline.identity.Role;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Refused;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a new token may be: never wider than its owner (a token given a role its owner lacks is refused, naming the
 * role), and always expiring, by default after {@code defaultLifetime} and at the latest after {@code maxLifetime}.
 */
record TokenPolicy(Duration defaultLifetime, Duration maxLifetime) {

    /** The roles the token gets: the requested ones, or all of the owner's when none are requested. */
    Set<Role> roles(Set<Role> requested, String owner, Set<Role> ownerRoles) {
        if (requested.isEmpty()) {
            return Set.copyOf(ownerRoles);
        }
        for (Role role : EnumSet.copyOf(requested)) {
            if (!ownerRoles.contains(role)) {
                throw new Refused("roles", role, "roles-within-owner", "A token cannot have the role " + role
                        + ": its owner '" + owner + "' does not hold it");
            }
        }
        return Set.copyOf(requested);
    }

    /** When the token expires: the requested moment, or the default lifetime from now. */
    Instant expiry(Instant requested, Instant now) {
        if (requested == null) {
            return now.plus(defaultLifetime);
        }
        if (!requested.isAfter(now)) {
            throw new InvalidInput("expiresAt", requested, "in-the-future", "A token must expire in the future");
        }
        if (requested.isAfter(now.plus(maxLifetime))) {
            throw new InvalidInput("expiresAt", requested, "max-lifetime",
                    "A token expires at the latest " + maxLifetime.toDays() + " days after it is issued");
        }
        return requested;
    }
}

package io.lotline.identity;

import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import java.time.Instant;
import java.util.Set;

/**
 * A token to issue: a name that says what uses it ("MES line 3"), the roles it may use (its owner's when none are
 * given) and when it expires (the default lifetime when not given).
 */
public record NewApiToken(@FreeText String name, Set<Role> roles, Instant expiresAt) {
    public NewApiToken {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", name, "required", "A token has a name of 1-100 characters");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

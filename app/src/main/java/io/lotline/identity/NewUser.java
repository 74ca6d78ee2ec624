package io.lotline.identity;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Secret;
import java.util.Set;

/** A user to create, with the initial password. */
public record NewUser(@Code String username, @FreeText String displayName, Set<Role> roles, @Secret String password) {
    public NewUser {
        checkUsername(username);
        checkDisplayName(displayName);
        roles = checkRoles(roles);
        if (password == null || password.isEmpty() || password.length() > 128) {
            throw new InvalidInput("password", "(hidden)", "password-length",
                    "A password has at most 128 characters (and at least the configured minimum)");
        }
    }

    static void checkUsername(String username) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw new InvalidInput("username", username, "username-format",
                    "A username has 2-60 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidInput("displayName", displayName, "required",
                    "A display name (printed on signatures) has 1-200 characters");
        }
    }

    static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("roles", roles, "at-least-one-role", "A user needs at least one role");
        }
        return Set.copyOf(roles);
    }
}

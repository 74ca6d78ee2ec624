package io.lotline.identity;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import java.util.Set;

/** A user for a system (an MES, an ERP): it acts only through API tokens and can never sign in with a password. */
public record NewServiceAccount(@Code String username, @FreeText String displayName, Set<Role> roles) {
    public NewServiceAccount {
        NewUser.checkUsername(username);
        NewUser.checkDisplayName(displayName);
        roles = NewUser.checkRoles(roles);
    }
}

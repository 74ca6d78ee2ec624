package io.lotline.identity;

import java.util.Set;

/** Who a valid API token acts for, and with which roles: the token's, as far as its owner still holds them. */
public record Bearer(long tokenId, String username, Set<Role> roles) {
    public Bearer {
        roles = Set.copyOf(roles);
    }
}

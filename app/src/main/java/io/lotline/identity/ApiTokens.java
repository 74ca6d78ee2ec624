package io.lotline.identity;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.Optional;

/**
 * API tokens for people and systems, sent as {@code Authorization: Bearer}. A person issues tokens for themselves;
 * an admin issues them for a service account. A token never has a role its owner does not hold.
 */
public interface ApiTokens {
    /** Issues a token to the acting user. */
    IssuedApiToken issue(Actor owner, NewApiToken token);

    /** Issues a token to a service account, by an admin. */
    IssuedApiToken issueForServiceAccount(String account, NewApiToken token, Actor admin);

    /** The tokens of one owner, newest first, including expired and revoked ones. */
    Page<ApiToken> tokens(String owner, PageRequest page);

    /** Revokes a token: its owner or an admin may. Revoking twice changes nothing. */
    ApiToken revoke(long id, Actor actor);

    /** Who the secret acts for; empty when it is unknown, expired, revoked or its owner disabled. */
    Optional<Bearer> authenticate(String secret);
}

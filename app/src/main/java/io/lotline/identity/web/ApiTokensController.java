package io.lotline.identity.web;

import io.lotline.identity.Access;
import io.lotline.identity.ApiToken;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.IssuedApiToken;
import io.lotline.identity.NewApiToken;
import io.lotline.identity.NewServiceAccount;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: everyone issues, lists and revokes their own; the admin creates service accounts for systems (an MES,
 * an ERP) and issues their tokens. A token is answered with its secret once, at issue.
 */
@RestController
@Tag(name = "API tokens")
class ApiTokensController {
    private final ApiTokens tokens;
    private final Users users;
    private final CurrentActor actor;

    ApiTokensController(ApiTokens tokens, Users users, CurrentActor actor) {
        this.tokens = tokens;
        this.users = users;
        this.actor = actor;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ANY_USER)
    IssuedApiToken issue(@RequestBody @Valid NewApiToken token) {
        signedInInPerson();
        return tokens.issue(actor.current(), token);
    }

    @GetMapping("/api/v1/tokens")
    @PreAuthorize(Access.ANY_USER)
    Page<ApiToken> tokens(PageRequest page) {
        return tokens.tokens(actor.current().username(), page);
    }

    @PostMapping("/api/v1/tokens/{id}/revocation")
    @PreAuthorize(Access.ANY_USER)
    ApiToken revoke(@PathVariable long id) {
        return tokens.revoke(id, actor.current());
    }

    @PostMapping("/api/v1/service-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    User createServiceAccount(@RequestBody @Valid NewServiceAccount account) {
        return users.createServiceAccount(account);
    }

    @PostMapping("/api/v1/service-accounts/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    IssuedApiToken issueForServiceAccount(@PathVariable String username, @RequestBody @Valid NewApiToken token) {
        signedInInPerson();
        return tokens.issueForServiceAccount(username, token, actor.current());
    }

    @GetMapping("/api/v1/service-accounts/{username}/tokens")
    @PreAuthorize(Access.ADMIN)
    Page<ApiToken> serviceAccountTokens(@PathVariable String username, PageRequest page) {
        users.user(username);
        return tokens.tokens(username, page);
    }

    /** A leaked token must not be able to mint fresh ones that outlive it. */
    private void signedInInPerson() {
        if (actor.viaApiToken()) {
            throw new Refused("Authorization", "Bearer", "not-with-a-token",
                    "A token cannot issue tokens; sign in with your password or your identity provider");
        }
    }
}

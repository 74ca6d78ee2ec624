package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.IssuedApiToken;
import io.lotline.identity.NewApiToken;
import io.lotline.identity.Role;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * API tokens (ADR 19): everyone lists, issues and revokes their own at {@code /tokens}; the admin does the same for
 * a service account at {@code /admin/service-accounts/{username}/tokens}. A token's secret is shown once, on the
 * page that answers its issue. A token cannot issue tokens, and only a person signed in can use these pages.
 */
@Controller
class TokensPage extends PageController {
    private final ApiTokens tokens;
    private final Users users;
    private final CurrentActor actor;
    private final Clock clock;
    private final MessageSource messages;
    private final FormRules rules;

    TokensPage(ApiTokens tokens, Users users, CurrentActor actor, Clock clock, MessageSource messages,
               FormRules rules) {
        this.tokens = tokens;
        this.rules = rules;
        this.users = users;
        this.actor = actor;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/tokens")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView own() {
        return page(null, Map.of());
    }

    @PostMapping("/tokens")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView issue(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        try {
            IssuedApiToken issued = tokens.issue(actor.current(), rules.checked(token(form)));
            return page(null, Map.of()).addObject("issued", issued);
        } catch (LotlineException refused) {
            return refused(page(null, form.typed()), refused, locale);
        }
    }

    @PostMapping("/tokens/{id}/revocation")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView revoke(@PathVariable long id, Locale locale) {
        try {
            return page(null, Map.of()).addObject("revoked", tokens.revoke(id, actor.current()));
        } catch (LotlineException refused) {
            return refused(page(null, Map.of()), refused, locale);
        }
    }

    @GetMapping("/admin/service-accounts/{username}/tokens")
    @PreAuthorize(Access.ADMIN)
    ModelAndView ofServiceAccount(@PathVariable String username) {
        return page(serviceAccount(username), Map.of());
    }

    @PostMapping("/admin/service-accounts/{username}/tokens")
    @PreAuthorize(Access.ADMIN)
    ModelAndView issueForServiceAccount(@PathVariable String username,
                                        @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        User account = serviceAccount(username);
        AdminForm form = new AdminForm(submitted);
        try {
            IssuedApiToken issued = tokens.issueForServiceAccount(username, rules.checked(token(form)),
                    actor.current());
            return page(account, Map.of()).addObject("issued", issued);
        } catch (LotlineException refused) {
            return refused(page(account, form.typed()), refused, locale);
        }
    }

    @PostMapping("/admin/service-accounts/{username}/tokens/{id}/revocation")
    @PreAuthorize(Access.ADMIN)
    ModelAndView revokeOfServiceAccount(@PathVariable String username, @PathVariable long id, Locale locale) {
        User account = serviceAccount(username);
        try {
            return page(account, Map.of()).addObject("revoked", tokens.revoke(id, actor.current()));
        } catch (LotlineException refused) {
            return refused(page(account, Map.of()), refused, locale);
        }
    }

    private User serviceAccount(String username) {
        User account = users.user(username);
        if (!account.serviceAccount()) {
            throw new Unknown("service account", "username", username);
        }
        return account;
    }

    private NewApiToken token(AdminForm form) {
        String expires = form.text("expiresOn");
        Instant expiresAt;
        try {
            expiresAt = expires == null ? null : LocalDate.parse(expires).atStartOfDay(clock.getZone()).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput("expiresOn", expires, "date", "Type the date as YYYY-MM-DD");
        }
        return new NewApiToken(form.text("name"), form.choices("roles", Role.class), expiresAt);
    }

    /** The owner's tokens, newest first, and the roles a new one may have: the owner's. */
    private ModelAndView page(User account, Map<String, String> typed) {
        String owner = account == null ? actor.current().username() : account.username();
        ModelAndView page = new ModelAndView("tokens");
        page.addObject("account", account);
        page.addObject("tokens", tokens.tokens(owner, new PageRequest(0, 100)).content());
        page.addObject("roles", (account == null ? actor.current().roles() : account.roles()).stream().sorted()
                .toList());
        page.addObject("path", account == null ? "/tokens" : "/admin/service-accounts/" + owner + "/tokens");
        page.addObject("typed", typed);
        return page;
    }

    private ModelAndView refused(ModelAndView page, LotlineException refused, Locale locale) {
        FormFailure failure = FormFailure.of(refused, messages, locale);
        String field = "expiresAt".equals(failure.field()) ? "expiresOn" : failure.field();
        page.addObject("failure", new FormFailure(field, failure.value(), failure.rule(), failure.message()));
        page.setStatus(statusOf(refused));
        return page;
    }
}

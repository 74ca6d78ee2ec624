package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.identity.NewServiceAccount;
import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin's list of users and service accounts, and the forms that create them, through the users API. The API
 * neither changes a user's roles nor disables one, so neither does this page.
 */
@Controller
class UsersPage extends PageController {
    private final Users users;
    private final MessageSource messages;
    private final FormRules rules;

    UsersPage(Users users, MessageSource messages, FormRules rules) {
        this.users = users;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    @PreAuthorize(Access.ADMIN)
    ModelAndView list() {
        return page(Map.of(), null);
    }

    @PostMapping("/admin/users")
    @PreAuthorize(Access.ADMIN)
    ModelAndView create(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        try {
            User created = users.create(rules.checked(new NewUser(form.text("username"), form.text("displayName"),
                    form.choices("roles", Role.class), form.raw("password"))));
            return page(Map.of(), created);
        } catch (LotlineException refused) {
            return refused(page(form.typed(), null), refused, "", locale);
        }
    }

    @PostMapping("/admin/service-accounts")
    @PreAuthorize(Access.ADMIN)
    ModelAndView createServiceAccount(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        try {
            User created = users.createServiceAccount(rules.checked(new NewServiceAccount(form.text("username"),
                    form.text("displayName"), form.choices("roles", Role.class))));
            return page(Map.of(), created);
        } catch (LotlineException refused) {
            return refused(page(Map.of(), null), refused, "account-", locale)
                    .addObject("account", form.typed());
        }
    }

    private ModelAndView page(Map<String, String> typed, User created) {
        ModelAndView page = new ModelAndView("admin/users");
        page.addObject("users", users.users(new PageRequest(0, PageRequest.MAX_SIZE)).content());
        page.addObject("roles", Role.values());
        page.addObject("typed", typed);
        page.addObject("account", Map.of());
        page.addObject("created", created);
        return page;
    }

    /** The service account's form names its fields {@code account-username}, so its errors sit beside them. */
    private ModelAndView refused(ModelAndView page, LotlineException refused, String prefix, Locale locale) {
        FormFailure failure = FormFailure.of(refused, messages, locale);
        page.addObject("failure", new FormFailure(prefix + failure.field(), failure.value(), failure.rule(),
                failure.message()));
        page.setStatus(statusOf(refused));
        return page;
    }
}

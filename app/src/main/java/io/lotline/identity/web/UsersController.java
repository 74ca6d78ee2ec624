package io.lotline.identity.web;

import io.lotline.identity.Access;
import io.lotline.identity.Actor;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.NewUser;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Secret;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and the signed-in user's own account. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersController {
    private final Users users;
    private final CurrentActor actor;

    UsersController(Users users, CurrentActor actor) {
        this.users = users;
        this.actor = actor;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    User create(@RequestBody @Valid NewUser user) {
        return users.create(user);
    }

    @GetMapping
    @PreAuthorize(Access.ADMIN)
    Page<User> users(PageRequest page) {
        return users.users(page);
    }

    @GetMapping("/me")
    @PreAuthorize(Access.ANY_USER)
    Actor me() {
        return actor.current();
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.ANY_USER)
    void changePassword(@RequestBody @Valid PasswordChange change) {
        String username = actor.current().username();
        if (!users.passwordMatches(username, change.currentPassword())) {
            throw new Refused("currentPassword", "(hidden)", "current-password-matches",
                    "The current password is wrong");
        }
        users.changePassword(username, change.newPassword());
    }

    /** The current password, to prove it is the owner, and the new one. */
    record PasswordChange(@Secret String currentPassword, @Secret String newPassword) {
    }
}

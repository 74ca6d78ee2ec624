package io.lotline.identity.web;

import io.lotline.identity.Access;
import io.lotline.identity.SignIn;
import io.lotline.identity.SignIns;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in audit log, and lifting the lock that failed sign-ins put on an account. */
@RestController
@Tag(name = "Users")
class SignInsController {
    private final SignIns signIns;

    SignInsController(SignIns signIns) {
        this.signIns = signIns;
    }

    @GetMapping("/api/v1/sign-ins")
    @PreAuthorize(Access.AUDIT)
    Page<SignIn> signIns(@RequestParam(required = false) String username,
                         PageRequest page) {
        return signIns.signIns(username, page);
    }

    @DeleteMapping("/api/v1/users/{username}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.ADMIN)
    void liftLock(@PathVariable String username) {
        signIns.liftLock(username);
    }
}

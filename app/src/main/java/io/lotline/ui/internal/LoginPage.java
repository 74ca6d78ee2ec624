package io.lotline.ui.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security checks the POST with its CSRF token and sends the user to the dashboard. */
@Controller
class LoginPage {

    /** Open to everyone: it is where a visitor signs in. */
    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }
}

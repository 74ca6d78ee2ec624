package io.lotline.identity.internal;

import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no user in the database, creates the user {@code admin}: with the password from
 * {@code lotline.admin.password}, or with a generated one that is printed once and never stored in clear. Only where
 * there is a web server to sign in to: the commands ({@code verify-ledger}, {@code copy-database}) start without one.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UsersService users;
    private final String configuredPassword;

    FirstAdmin(UsersService users, AdminProperties admin) {
        this.users = users;
        this.configuredPassword = admin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUser()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        users.create(new NewUser("admin", "Administrator", Set.of(Role.ADMIN), password));
        if (generated) {
            log.warn("""

                    ==========================================================================
                     First start: created user 'admin' with the generated password
                         {}
                     It is shown only this once. Sign in and change it, or set
                     LOTLINE_ADMIN_PASSWORD before the first start.
                    ==========================================================================""", password);
        } else {
            log.info("First start: created user 'admin' with the password from lotline.admin.password");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

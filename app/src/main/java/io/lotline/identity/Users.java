package io.lotline.identity;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/** The people who may sign in. */
public interface Users {
    User create(NewUser user);

    /** Creates a user for a system, which holds API tokens and has no password. */
    User createServiceAccount(NewServiceAccount account);

    User user(String username);

    Page<User> users(PageRequest page);

    /** Re-checks a password, as an electronic signature requires. */
    boolean passwordMatches(String username, String password);

    void changePassword(String username, String newPassword);
}

package io.lotline.identity;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/** The audit log of sign-ins, and the locks that failed sign-ins put on an account. */
public interface SignIns {
    /** Newest first; only those typed with {@code username} when it is given. */
    Page<SignIn> signIns(String username, PageRequest page);

    /** Lifts the temporary lock and forgets the failures of an existing user's account. */
    void liftLock(String username);
}

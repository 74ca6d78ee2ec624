package io.lotline.identity.internal;

import io.lotline.identity.SignIn;
import io.lotline.identity.SignIns;
import io.lotline.identity.Users;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import org.springframework.stereotype.Service;

/** The sign-in audit log and lifting an account's lock. */
@Service
class SignInsService implements SignIns {
    private final SignInLog log;
    private final SignInThrottles throttles;
    private final Users users;

    SignInsService(SignInLog log, SignInThrottles throttles, Users users) {
        this.log = log;
        this.throttles = throttles;
        this.users = users;
    }

    @Override
    public Page<SignIn> signIns(String username, PageRequest page) {
        return log.page(username, page);
    }

    @Override
    public void liftLock(String username) {
        users.user(username);
        throttles.forget(ThrottledPasswordSignIn.account(username));
    }
}

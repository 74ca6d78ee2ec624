package io.lotline.expiry.internal;

import io.lotline.expiry.AlertRecipients;
import io.lotline.expiry.RecipientAddress;
import io.lotline.expiry.SetRecipientAddress;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Users;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the alert address of users that identity knows. */
@Service
@Transactional
class RecipientService implements AlertRecipients {
    private final RecipientAddresses addresses;
    private final Users users;
    private final CurrentActor actor;
    private final Clock clock;

    RecipientService(RecipientAddresses addresses, Users users, CurrentActor actor, Clock clock) {
        this.addresses = addresses;
        this.users = users;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public RecipientAddress setAddress(String username, SetRecipientAddress command) {
        users.user(username);
        addresses.save(username, command.email(), clock.instant(), actor.current().username());
        return addresses.of(username).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RecipientAddress> addresses(PageRequest page) {
        return addresses.page(page);
    }
}

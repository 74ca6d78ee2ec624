package io.lotline.expiry.internal;

import io.lotline.expiry.Recipients;
import io.lotline.identity.Role;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns recipients into e-mail addresses: the fixed addresses as they are, and for each role the address of every
 * enabled user holding it. A role nobody holds, or a holder without an address, is named so that the history shows
 * who could not be told.
 */
@Component
class RecipientDirectory {
    private final Users users;
    private final RecipientAddresses addresses;

    RecipientDirectory(Users users, RecipientAddresses addresses) {
        this.users = users;
        this.addresses = addresses;
    }

    /** The distinct addresses to write to, and who could not be reached by e-mail and why. */
    record Reach(List<String> emails, List<String> unreachable) {
    }

    Reach resolve(Recipients recipients) {
        Set<String> emails = new LinkedHashSet<>();
        List<String> unreachable = new ArrayList<>();
        if (!recipients.roles().isEmpty()) {
            List<User> holders = holders(recipients.roles());
            Map<String, String> known = addresses.of(holders.stream().map(User::username).toList());
            for (Role role : recipients.roles()) {
                List<User> ofRole = holders.stream().filter(user -> user.roles().contains(role)).toList();
                if (ofRole.isEmpty()) {
                    unreachable.add("role " + role + ": no enabled user holds it");
                }
                for (User user : ofRole) {
                    if (known.containsKey(user.username())) {
                        emails.add(known.get(user.username()));
                    } else {
                        unreachable.add("role " + role + ": user " + user.username() + " has no alert address");
                    }
                }
            }
        }
        emails.addAll(recipients.emails());
        return new Reach(List.copyOf(emails), List.copyOf(unreachable));
    }

    /** The enabled users holding any of the roles. Users are few; identity lists them page by page. */
    private List<User> holders(Set<Role> roles) {
        List<User> holders = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<User> batch = users.users(new PageRequest(page, PageRequest.MAX_SIZE));
            batch.content().stream().filter(user -> user.enabled() && !Collections.disjoint(user.roles(), roles))
                    .forEach(holders::add);
            if (page + 1 >= batch.totalPages()) {
                return holders;
            }
        }
    }
}

package io.lotline.expiry;

import io.lotline.identity.Role;
import io.lotline.shared.Code;
import io.lotline.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Who hears about an alert: everyone holding a role (at the address stored for them with
 * {@link AlertRecipients}), fixed e-mail addresses such as the sales team's mailbox, and webhooks of other systems (an
 * ERP that marks stock down, a chat channel). Any mix of the three.
 */
public record Recipients(Set<Role> roles, List<@Code String> emails, List<@Code String> webhooks) {
    public static final Recipients NONE = new Recipients(Set.of(), List.of(), List.of());

    public Recipients {
        if (roles != null && roles.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("roles", null, "role-known", "Name roles such as QUALITY or SUPERVISOR");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        emails = checked("emails", emails, Addresses::email);
        webhooks = checked("webhooks", webhooks, Addresses::webhook);
    }

    public boolean isEmpty() {
        return roles.isEmpty() && emails.isEmpty() && webhooks.isEmpty();
    }

    private static List<String> checked(String field, Collection<String> values, BinaryOperator<String> check) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        int index = 0;
        for (String value : values) {
            String valid = check.apply(field + "[" + index++ + "]", value);
            if (result.contains(valid)) {
                throw new InvalidInput(field + "[" + (index - 1) + "]", value, "recipient-unique",
                        "Each recipient is named once per level");
            }
            result.add(valid);
        }
        return List.copyOf(result);
    }
}

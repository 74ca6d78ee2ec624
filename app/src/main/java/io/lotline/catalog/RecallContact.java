package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import java.util.regex.Pattern;

/** The person a recall notice goes to first, with a way to reach them at once. */
public record RecallContact(@FreeText String name, @Code String email, @Code String phone) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public RecallContact {
        name = Codes.text("recallContact.name", name, 200, false);
        email = Codes.text("recallContact.email", email, 200, false);
        phone = Codes.phone("recallContact.phone", phone);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("recallContact.email", email, "email-format", "Not an e-mail address");
        }
    }

    public static RecallContact none() { return new RecallContact(null, null, null); }
}

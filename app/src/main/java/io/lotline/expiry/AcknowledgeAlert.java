package io.lotline.expiry;

import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;

/** Taking an alert on, saying what will be done with the lot. */
public record AcknowledgeAlert(@FreeText String comment) {
    public AcknowledgeAlert {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInput("comment", comment, "required",
                    "Say what will be done with the lot: sell first, mark down, dispose");
        }
        if (comment.length() > 500) {
            throw new InvalidInput("comment", comment, "text-length", "A comment has at most 500 characters");
        }
        comment = comment.strip();
    }
}

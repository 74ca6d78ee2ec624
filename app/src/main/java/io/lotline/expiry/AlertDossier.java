package io.lotline.expiry;

import java.util.List;

/** An alert with its whole history, oldest first. */
public record AlertDossier(ExpiryAlert alert, List<AlertEvent> history) {
    public AlertDossier {
        history = List.copyOf(history);
    }
}

package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.InvalidEpcisDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a document being read, gathered as the reading goes on: the rule of the first problem and up to
 * {@link #MAX_ERRORS} errors, so that one answer names what a sender has to fix.
 */
final class Refusals {
    static final int MAX_ERRORS = 20;
    private final List<EventError> errors = new ArrayList<>();
    private final Runnable beforeFirst;
    private String rule;

    Refusals() {
        this(() -> { });
    }

    /** Runs {@code beforeFirst} when the first problem is found, before it is recorded. */
    Refusals(Runnable beforeFirst) {
        this.beforeFirst = beforeFirst;
    }

    void add(String broken, List<EventError> found) {
        if (found.isEmpty()) {
            return;
        }
        if (rule == null) {
            beforeFirst.run();
            rule = broken;
        }
        for (EventError error : found) {
            if (errors.size() < MAX_ERRORS && !errors.contains(error)) {
                errors.add(error);
            }
        }
    }

    boolean any() {
        return rule != null;
    }

    void throwIfAny() {
        if (any()) {
            throw new InvalidEpcisDocument(rule, errors);
        }
    }
}

package io.lotline.ui.internal;

import io.lotline.shared.LotlineException;
import io.lotline.shared.TextRule;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A refusal as a form shows it: the field it is about (the error goes beside it, and in the summary at the top),
 * the value that was refused (escaped: a refused control or bidirectional character is named, not shown), and the
 * message in the user's language. A rule without a translation keeps the domain's English reason, which names the
 * values involved.
 */
public record FormFailure(String field, String value, String rule, String message) {

    static FormFailure of(LotlineException failure, MessageSource messages, Locale locale) {
        String field = failure.field() == null ? "" : failure.field();
        String value = failure.value() == null || "password".equals(field) ? ""
                : TextRule.escaped(String.valueOf(failure.value()));
        // the domain's reason is shown as it is, never run through MessageFormat, which would eat its apostrophes
        String translated = messages.getMessage("rule." + failure.rule(), new Object[] {value}, null, locale);
        return new FormFailure(field, value, failure.rule(), translated == null ? failure.getMessage() : translated);
    }

    /** Whether the error belongs beside this input. */
    public boolean about(String input) {
        return field.equals(input) || field.startsWith(input + ".") || field.endsWith("." + input);
    }
}

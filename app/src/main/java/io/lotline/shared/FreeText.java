package io.lotline.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free text people read later: a note, a reason, a name, a description. No control characters other than tab
 * and line breaks, no bidirectional overrides or isolates, no zero-width characters (see {@link TextRule#FREE_TEXT});
 * null passes.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = FreeText.Check.class)
public @interface FreeText {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against {@link TextRule#FREE_TEXT}. */
    final class Check extends TextRuleCheck<FreeText> {
        public Check() {
            super(TextRule.FREE_TEXT);
        }
    }
}

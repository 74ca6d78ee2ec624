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
 * What a scanner typed into a field: GS1 data as a keyboard-wedge scanner sends it (with the group separator U+001D
 * between variable-length fields) or a plain code (see {@link TextRule#SCAN}); null passes.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = Scanned.Check.class)
public @interface Scanned {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against {@link TextRule#SCAN}. */
    final class Check extends TextRuleCheck<Scanned> {
        public Check() {
            super(TextRule.SCAN);
        }
    }
}

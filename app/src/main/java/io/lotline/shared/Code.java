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
 * A code a user types: a pallet or licence plate, a location, an order number, a document reference, an item SKU,
 * a party or recall code. Printable characters only (see {@link TextRule#CODE}); null passes.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = Code.Check.class)
public @interface Code {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against {@link TextRule#CODE}. */
    final class Check extends TextRuleCheck<Code> {
        public Check() {
            super(TextRule.CODE);
        }
    }
}

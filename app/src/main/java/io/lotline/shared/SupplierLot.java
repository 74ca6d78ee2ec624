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
 * A supplier's lot number, kept verbatim as printed on their label but without control characters (see
 * {@link TextRule#SUPPLIER_LOT}); null passes.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = SupplierLot.Check.class)
public @interface SupplierLot {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against {@link TextRule#SUPPLIER_LOT}. */
    final class Check extends TextRuleCheck<SupplierLot> {
        public Check() {
            super(TextRule.SUPPLIER_LOT);
        }
    }
}

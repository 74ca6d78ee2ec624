package io.lotline.ui.internal;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.TextRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Holds a command built from a form to the rules its record declares (codes, free text, supplier lots, scans), as
 * the API does for a request body, so that a page never books text the API would refuse.
 */
@Component
class FormRules {
    private final Validator validator;

    FormRules(Validator validator) {
        this.validator = validator;
    }

    /** The command itself, or the refusal of its first field that breaks a rule. */
    <T> T checked(T command) {
        validator.validate(command).stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw refusal(violation);
                });
        return command;
    }

    private static InvalidInput refusal(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString().replace(".<list element>", "");
        Object value = violation.getInvalidValue();
        String rule = TextRule.declaredBy(violation.getConstraintDescriptor().getAnnotation().annotationType())
                .map(TextRule::rule).orElse("invalid");
        return new InvalidInput(field, value, rule,
                "The " + field + " " + violation.getMessage());
    }
}

package io.lotline.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/** Checks a text against its {@link TextRule} and names the refused character in the violation's message. */
abstract class TextRuleCheck<A extends Annotation> implements ConstraintValidator<A, String> {
    private final TextRule rule;

    TextRuleCheck(TextRule rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return rule.refusal(value).map(reason -> {
            context.disableDefaultConstraintViolation();
            // the reason names a code point and a position, never the user's text: nothing for the interpolator
            context.buildConstraintViolationWithTemplate("holds " + reason).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}

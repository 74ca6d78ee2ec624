package io.lotline.web.internal;

import io.lotline.shared.TextRule;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.stream.Stream;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells API clients which text rule a string property follows: the OpenAPI description names it in the extension
 * {@code x-text-rule} ({@code code-characters}, {@code free-text-characters}, ...) and says it in words.
 */
@Component
class TextRulesInOpenApi implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        Optional<TextRule> rule = annotations == null ? Optional.empty() : Stream.of(annotations)
                .map(annotation -> TextRule.declaredBy(annotation.annotationType()))
                .flatMap(Optional::stream).findFirst();
        rule.ifPresent(textRule -> {
            Schema target = property.getItems() != null ? property.getItems() : property;
            target.addExtension("x-text-rule", textRule.rule());
            String words = Character.toUpperCase(textRule.description().charAt(0))
                    + textRule.description().substring(1) + ".";
            property.setDescription(property.getDescription() == null ? words
                    : property.getDescription() + " " + words);
        });
        return property;
    }
}

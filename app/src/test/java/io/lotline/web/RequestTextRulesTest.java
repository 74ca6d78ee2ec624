package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Scanned;
import io.lotline.shared.Secret;
import io.lotline.shared.SupplierLot;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every text a client can send in a request body is declared a code, free text, a supplier's lot number, a scan or a
 * secret, and every request body is checked: a new string field without a rule, or a nested part not cascaded into, fails here.
 */
class RequestTextRulesTest {
    private static final Set<Class<? extends Annotation>> TEXT_RULES = Set.of(Code.class, FreeText.class,
            SupplierLot.class, Scanned.class, Secret.class);

    @Test
    void every_text_in_every_request_body_has_a_text_rule() {
        Set<String> undeclared = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        requestBodies().forEach(body -> {
            if (!body.getType().isRecord()) {
                undeclared.add(body.getType().getSimpleName() + " (a request body that is not a record)");
            }
            walk(body.getType(), body.getType().getSimpleName(), undeclared, seen);
        });

        assertThat(undeclared).as("texts without @Code, @FreeText or @SupplierLot").isEmpty();
    }

    @Test
    void every_request_body_is_validated() {
        List<String> unchecked = requestBodies().filter(body -> !body.isAnnotationPresent(Valid.class))
                .map(body -> body.getDeclaringExecutable().getDeclaringClass().getSimpleName() + "."
                        + body.getDeclaringExecutable().getName())
                .toList();

        assertThat(requestBodies()).hasSizeGreaterThan(40);
        assertThat(unchecked).as("@RequestBody without @Valid").isEmpty();
    }

    /**
     * Standard documents taken as bytes and read by their own reader, which checks them against their schema and
     * holds every text in them to the free-text rule (EPCIS: {@code EpcisDocuments}).
     */
    private static final Set<String> RAW_DOCUMENTS = Set.of("EpcisController.capture", "EpcisController.captureEvent");

    private static Stream<Parameter> requestBodies() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.lotline").stream()
                .filter(type -> type.isAnnotatedWith(RestController.class))
                .map(JavaClass::reflect)
                .flatMap(controller -> Stream.of(controller.getDeclaredMethods()))
                .flatMap((Method method) -> Stream.of(method.getParameters()))
                .filter(parameter -> parameter.isAnnotationPresent(RequestBody.class))
                .filter(parameter -> !RAW_DOCUMENTS.contains(parameter.getDeclaringExecutable().getDeclaringClass()
                        .getSimpleName() + "." + parameter.getDeclaringExecutable().getName()));
    }

    private static void walk(Class<?> type, String path, Set<String> undeclared, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type) || type.getPackageName().equals("io.lotline.shared")) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String at = path + "." + component.getName();
            AnnotatedType annotated = component.getAnnotatedType();
            Class<?> componentType = component.getType();
            if (componentType == String.class) {
                if (!declared(field(type, component)) && !declared(annotated)) {
                    undeclared.add(at);
                }
            } else if (annotated instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    if (argument.getType() == String.class && !declared(argument)) {
                        undeclared.add(at + "[]");
                    } else if (argument.getType() instanceof Class<?> element && needsCascade(element)
                            && !argument.isAnnotationPresent(Valid.class)
                            && !field(type, component).isAnnotationPresent(Valid.class)) {
                        undeclared.add(at + "[] (not @Valid)");
                    }
                    if (argument.getType() instanceof Class<?> element) {
                        walk(element, at + "[]", undeclared, seen);
                    }
                }
            } else if (componentType.isArray() || componentType == Object.class
                    || componentType.getName().startsWith("tools.jackson")) {
                undeclared.add(at + " (untyped text: use a record, or List<@Code String> for a list)");
            } else if (needsCascade(componentType)) {
                if (!field(type, component).isAnnotationPresent(Valid.class)) {
                    undeclared.add(at + " (not @Valid)");
                }
                walk(componentType, at, undeclared, seen);
            }
        }
    }

    /**
     * A record of Lotline's own that holds text somewhere: its checks run only when validation cascades into it. The
     * shared value types (quantity, GTIN, GLN, unit) check their text in their constructors.
     */
    private static boolean needsCascade(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().startsWith("io.lotline")
                || type.getPackageName().equals("io.lotline.shared")) {
            return false;
        }
        return Stream.of(type.getRecordComponents()).anyMatch(component -> component.getType() == String.class
                || component.getGenericType() instanceof ParameterizedType generic
                && Stream.of(generic.getActualTypeArguments()).anyMatch(argument -> argument == String.class
                        || argument instanceof Class<?> element && needsCascade(element))
                || needsCascade(component.getType()));
    }

    private static AnnotatedElement field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean declared(AnnotatedElement element) {
        return TEXT_RULES.stream().anyMatch(element::isAnnotationPresent);
    }
}

package io.lotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: the API of each capability (its base package) and its domain policies know nothing of
 * Spring, JDBC or JSON. Only the internal and web packages do. The pages book only commands held to the text rules.
 */
class ArchitectureTest {
    private static final JavaClasses LOTLINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lotline");

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void the_domain_and_the_module_apis_are_plain_java() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("io.lotline.(*)", "io.lotline.(*).domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..",
                        "com.fasterxml.jackson..", "jakarta.persistence..", "jakarta.servlet..")
                .because("policies and value types must be testable and readable without a framework");
        rule.check(LOTLINE);
    }

    @Test
    void domain_policies_never_read_the_system_clock() {
        noClasses().that().resideInAnyPackage("io.lotline.(*).domain..", "io.lotline.(*)")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .because("time is injected, so that tests move the clock instead of waiting")
                .check(LOTLINE);
    }

    /**
     * A page books what a form says only through a command held to the text rules its record declares (ADR 0028):
     * every code unit of the screens that hands a module a command with rules to check also passes through
     * {@code FormRules.checked}, so a page cannot book text the API would refuse.
     */
    @Test
    void every_page_that_books_a_command_holds_it_to_the_text_rules() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("io.lotline.ui..")
                .should(new ArchCondition<JavaCodeUnit>("pass the commands it books through FormRules.checked") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        boolean checks = Stream.concat(unit.getMethodCallsFromSelf().stream(),
                                        unit.getMethodReferencesFromSelf().stream())
                                .anyMatch(use -> use.getTargetOwner().getName()
                                        .equals("io.lotline.ui.internal.FormRules") && use.getName().equals("checked"));
                        unit.getMethodCallsFromSelf().stream()
                                .filter(call -> !call.getTargetOwner().getPackageName().startsWith("io.lotline.ui"))
                                .filter(call -> call.getTarget().getRawParameterTypes().stream()
                                        .anyMatch(ArchitectureTest::carriesRules))
                                .filter(call -> !checks)
                                .forEach(call -> events.add(SimpleConditionEvent.violated(call,
                                        call.getDescription() + " books a command without FormRules.checked")));
                    }
                })
                .because("a page must refuse what the API refuses, beside its field, and book nothing")
                .check(LOTLINE);
    }

    /** Whether a type declares rules the validator checks: a command or request record of a module's API. */
    private static boolean carriesRules(JavaClass type) {
        return type.getPackageName().startsWith("io.lotline.")
                && !type.isPrimitive() && !type.isArray()
                && VALIDATOR.getConstraintsForClass(type.reflect()).isBeanConstrained();
    }
}

package io.lotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: the API of each capability (its base package) and its domain policies know nothing of
 * Spring, JDBC or JSON. Only the internal and web packages do.
 */
class ArchitectureTest {
    private static final JavaClasses LOTLINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lotline");

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
}

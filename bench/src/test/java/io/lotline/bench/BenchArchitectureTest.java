package io.lotline.bench;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.lotline.LotlineApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The benchmark is a caller of the application like any other (ADR 50): it uses the modules' APIs, their base
 * packages and named interfaces, and nothing inside them, so a bench needs no hook in the product.
 */
class BenchArchitectureTest {
    private static final JavaClasses BENCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lotline.bench");
    private static final ApplicationModules MODULES = ApplicationModules.of(LotlineApplication.class);

    @Test
    void the_bench_reaches_into_no_internal_package_of_the_application() {
        noClasses().that().resideInAPackage("io.lotline.bench..")
                .should().dependOnClassesThat(resideInAPackage("io.lotline..internal..")
                        .and(resideInAPackage("io.lotline.bench..").negate()))
                .because("the internals of a module may change without notice to its callers")
                .check(BENCH);
    }

    @Test
    void every_application_type_the_bench_uses_is_exposed_by_its_module() {
        classes().that().resideInAPackage("io.lotline.bench..")
                .should(new ArchCondition<JavaClass>("use only types the application's modules expose") {
                    @Override
                    public void check(JavaClass bench, ConditionEvents events) {
                        for (Dependency dependency : bench.getDirectDependenciesFromSelf()) {
                            JavaClass used = dependency.getTargetClass().getBaseComponentType();
                            if (!exposed(used)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + ": " + used.getName() + " is not part of its module's API"));
                            }
                        }
                    }
                })
                .because("a bench change that needs more of a module has to make it an API first (ADR 50)")
                .check(BENCH);
    }

    /** Outside the application's modules (the bench itself, the main class, libraries) or exposed by its module. */
    private static boolean exposed(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("io.lotline.") || name.startsWith("io.lotline.bench")) {
            return true;
        }
        return MODULES.getModuleByType(type.getName()).map(module -> module.isExposed(type.reflect())).orElse(false);
    }
}

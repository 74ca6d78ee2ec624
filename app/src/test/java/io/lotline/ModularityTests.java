package io.lotline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capabilities are modules: each uses the others only through their API, and none depends on itself in a loop. */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(LotlineApplication.class);

    @Test
    void modules_use_each_other_only_through_their_api_and_without_cycles() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

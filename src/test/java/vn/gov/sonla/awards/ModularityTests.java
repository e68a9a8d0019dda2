package vn.gov.sonla.awards;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The domain modules depend on each other only through their public types, without cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AwardsApplication.class);

    @Test
    void modulesAreHonest() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

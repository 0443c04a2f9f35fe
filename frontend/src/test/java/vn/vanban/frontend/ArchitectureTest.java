package vn.vanban.frontend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module graph in the README (analysis-vietnamese alone; indexer ← backend ← frontend) holds. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The indexer's test-jar (shared test harness) is test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("vn.vanban");

    @Test
    void indexer_depends_on_neither_backend_nor_frontend() {
        noClasses()
                .that()
                .resideInAPackage("vn.vanban.indexer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.vanban.backend..", "vn.vanban.frontend..")
                .check(CLASSES);
    }

    @Test
    void backend_does_not_depend_on_the_frontend_or_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("vn.vanban.backend..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.vanban.frontend..", "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void feature_slices_of_each_module_have_no_cycles() {
        slices().matching("vn.vanban.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

package vn.vanban.frontend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.vanban.frontend.architecture.fixture.LeakyView;

/**
 * The module graph in the README holds: analysis-vietnamese alone; indexer ← backend ← frontend; the
 * CLI (indexer-cli) and the demo corpus generator (corpus) are beside them, never under the portal.
 */
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
    void backend_and_frontend_import_neither_picocli_the_cli_nor_the_generator() {
        assertThat(CLASSES.containPackage("vn.vanban.backend")).isTrue();
        assertThat(CLASSES.containPackage("vn.vanban.frontend")).isTrue();
        theFacesUseOnlyTheLibrary("vn.vanban.backend..", "vn.vanban.frontend..").check(CLASSES);
    }

    @Test
    void the_faces_rule_fails_on_a_view_that_uses_the_generator() {
        JavaClasses fixture = new ClassFileImporter().importClasses(LeakyView.class);
        assertThatThrownBy(() -> theFacesUseOnlyTheLibrary(LeakyView.class.getPackageName() + "..")
                        .check(fixture))
                .isInstanceOf(AssertionError.class);
    }

    // The generator is on the test classpath (fixtures), so only this rule keeps it out of main code.
    private static ArchRule theFacesUseOnlyTheLibrary(String... faces) {
        return noClasses()
                .that()
                .resideInAnyPackage(faces)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("picocli..", "vn.vanban.indexer.cli..", "vn.vanban.indexer.corpus..")
                .as("backend and frontend import neither picocli, the CLI nor the demo corpus generator");
    }

    @Test
    void feature_slices_of_each_module_have_no_cycles() {
        slices().matching("vn.vanban.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

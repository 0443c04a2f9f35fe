package vn.vanban.indexer.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The indexer's layers (README, "Modules"): the CLI is a face over the library, not part of it. It
 * lives in {@code indexer-cli}, the one module whose classpath holds the library ({@code indexer}),
 * the generator ({@code corpus}) and the CLI together. The same rules are run on a fixture that
 * breaks each of them, so a rule that cannot fail is caught.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The indexer's test-jar (shared test harness) is test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("vn.vanban.indexer");

    private static final String FIXTURE = "vn.vanban.indexer.architecture.fixture";

    @Test
    void the_indexer_keeps_its_layers() {
        // The rules must see the three modules: the library, the generator and the CLI.
        assertThat(MAIN.containPackage("vn.vanban.indexer.library")).isTrue();
        assertThat(MAIN.containPackage("vn.vanban.indexer.corpus")).isTrue();
        assertThat(MAIN.containPackage("vn.vanban.indexer.cli")).isTrue();
        for (ArchRule rule : IndexerArchitecture.rules("vn.vanban.indexer")) {
            rule.check(MAIN);
        }
    }

    @Test
    void every_rule_fails_on_the_fixture_that_breaks_it() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(fixture).isNotEmpty();
        for (ArchRule rule : IndexerArchitecture.rules(FIXTURE)) {
            assertThatThrownBy(() -> rule.check(fixture))
                    .as(rule.getDescription())
                    .isInstanceOf(AssertionError.class);
        }
    }
}

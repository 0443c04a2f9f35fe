package vn.vanban.indexer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layers of the indexer as rules over a root package, so that the same rules check the real code
 * ({@code vn.vanban.indexer}) and prove on a fixture that they fail when broken.
 */
final class IndexerArchitecture {

    private IndexerArchitecture() {}

    static List<ArchRule> rules(String root) {
        return List.of(
                noClasses()
                        .that()
                        .resideOutsideOfPackage(root + ".cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("picocli..")
                        .as("only the CLI package imports picocli"),
                noClasses()
                        .that()
                        .resideInAnyPackage(root + ".graph..", root + ".index..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(root + ".cli..", root + ".ingest..", root + ".corpus..")
                        .as("graph and index do not import the CLI, ingestion or the corpus generator"),
                noClasses()
                        .that()
                        .resideInAPackage(root + ".library..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "com.vaadin..", "org.springframework.web..", "jakarta.servlet..", root + ".cli..")
                        .as("the services import neither Vaadin, Spring MVC nor the CLI"),
                noClasses()
                        .that()
                        .resideOutsideOfPackages(root + ".cli..", root + ".corpus..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(root + ".corpus..")
                        .as("the demo corpus generator is used by the CLI (and tests) only"),
                slices().matching(root + ".(*)..")
                        .should()
                        .beFreeOfCycles()
                        .as("no cycles between the feature packages of " + root));
    }
}

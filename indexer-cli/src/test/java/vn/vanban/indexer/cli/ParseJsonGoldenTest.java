package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.vanban.indexer.document.Sha256;
import vn.vanban.indexer.testing.Golden;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * {@code indexer parse} prints what it printed when the golden file was written, for the two seeds and
 * every labelled text fixture (text only: OCR output depends on the installed Tesseract).
 */
class ParseJsonGoldenTest {

    @Test
    void parse_json_of_the_seeds_and_text_fixtures_is_unchanged() throws IOException, URISyntaxException {
        Path seeds = TestElasticsearch.sharedDir().map(d -> d.resolve("seeds")).orElse(null);
        assumeThat(seeds).as("../shared/seeds").isNotNull();
        Path labelled = Path.of(Objects.requireNonNull(ParseJsonGoldenTest.class.getResource("/fixtures/labelled"))
                .toURI());
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(seeds, labelled)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        List<String> args = new ArrayList<>(List.of("parse"));
        files.forEach(f -> args.add(f.toString()));
        StringWriter out = new StringWriter();
        new CommandLine(new IndexerCli()).setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));

        // The folders differ between machines; the golden file names the files relative to them.
        String json = out.toString()
                .replace(seeds.toString() + "/", "seeds/")
                .replace(labelled.toString() + "/", "labelled/");
        // The seeds' output quotes ../shared (names, subjects, citation text), which is read where it
        // lies and never copied into the repository: their golden lines are digests of the JSON.
        StringBuilder fixtures = new StringBuilder();
        StringBuilder seedDigests = new StringBuilder();
        for (String line : json.split("\n")) {
            if (line.startsWith("{\"file\":\"seeds/")) {
                String file = line.substring(9, line.indexOf('"', 9));
                seedDigests
                        .append(file)
                        .append(' ')
                        .append(Sha256.hex(line.getBytes(StandardCharsets.UTF_8)))
                        .append('\n');
            } else if (!line.isEmpty()) {
                fixtures.append(line).append('\n');
            }
        }
        Golden.assertMatches("parse-seeds.sha256", seedDigests.toString());
        Golden.assertMatches("parse-fixtures.jsonl", fixtures.toString());
    }
}

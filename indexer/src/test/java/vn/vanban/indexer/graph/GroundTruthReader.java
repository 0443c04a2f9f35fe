package vn.vanban.indexer.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;

/**
 * Reads a generated TXT file as its {@code <name>.expected.json} says it should be read: the graph is
 * tested on the generator's ground truth, independently of the parser's accuracy.
 */
public final class GroundTruthReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ParsedDocument read(Path file) {
        try {
            String name = file.getFileName().toString();
            JsonNode t = JSON.readTree(file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json")
                    .toFile());
            List<Citation> citations = new ArrayList<>();
            for (JsonNode c : t.get("citations")) {
                citations.add(new Citation(
                        text(c, "number"),
                        type(c.get("type")),
                        date(c, "date"),
                        text(c, "issuer"),
                        null,
                        null,
                        text(c, "subject"),
                        Relation.valueOf(c.get("relation").asText()),
                        -1,
                        -1,
                        "",
                        null));
            }
            List<String> recipients = new ArrayList<>();
            t.get("recipients").forEach(r -> recipients.add(r.asText()));
            return new ParsedDocument(
                    file.toString(),
                    DocumentStatus.OK,
                    null,
                    text(t, "number"),
                    type(t.get("type")),
                    text(t, "issuer"),
                    text(t, "parentOrgan"),
                    IssuerSide.valueOf(t.get("issuerSide").asText()),
                    IssuerLevel.valueOf(t.get("issuerLevel").asText()),
                    text(t, "province"),
                    text(t, "district"),
                    text(t, "commune"),
                    text(t, "place"),
                    date(t, "date"),
                    text(t, "subject"),
                    text(t, "signer"),
                    text(t, "signerPosition"),
                    text(t, "authority"),
                    recipients,
                    List.of(),
                    List.of(),
                    citations,
                    Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable DocumentType type(@Nullable JsonNode type) {
        return type == null || type.isNull()
                ? null
                : new DocumentType(type.get("code").asText(), type.get("name").asText());
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static @Nullable LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        return s == null ? null : LocalDate.parse(s);
    }
}

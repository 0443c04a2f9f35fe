package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {

    private static final List<String> FIELDS = List.of(
            "file",
            "status",
            "error",
            "number",
            "type",
            "issuer",
            "parentOrgan",
            "issuerSide",
            "issuerLevel",
            "province",
            "district",
            "commune",
            "place",
            "date",
            "subject",
            "signer",
            "signerPosition",
            "authority",
            "recipients",
            "sections",
            "visibility",
            "citations");

    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        return new CommandLine(new IndexerCli()).setOut(new PrintWriter(out)).execute(args);
    }

    @Test
    void prints_one_json_object_per_file_and_exits_1_when_one_file_fails() throws IOException {
        Path good = dir.resolve("plan.txt");
        Files.writeString(good, """
                ỦY BAN NHÂN DÂN
                TỈNH AN GIANG

                Số: 12/KH-UBND

                An Giang, ngày 5 tháng 5 năm 2022

                KẾ HOẠCH
                thực hiện Chỉ thị số 28/CT-TTg ngày 26/10/2021 của Thủ tướng Chính phủ
                """);
        Path missing = dir.resolve("missing.txt");
        StringWriter out = new StringWriter();

        int code = run(out, "parse", good.toString(), missing.toString());

        assertThat(code).isEqualTo(1);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(FIELDS);
        assertThat(first.get("status").asText()).isEqualTo("OK");
        assertThat(first.get("type").get("code").asText()).isEqualTo("KH");
        assertThat(first.get("type").get("name").asText()).isEqualTo("Kế hoạch");
        assertThat(first.get("date").asText()).isEqualTo("2022-05-05");
        assertThat(first.get("district").isNull()).isTrue();
        JsonNode citation = first.get("citations").get(0);
        assertThat(citation.get("number").asText()).isEqualTo("28/CT-TTg");
        assertThat(citation.get("relation").asText()).isEqualTo("IMPLEMENTS");
        assertThat(citation.get("date").asText()).isEqualTo("2021-10-26");
        // 28/CT-TTg: the Prime Minister, a central State organ.
        assertThat(citation.get("issuerSide").asText()).isEqualTo("STATE");
        assertThat(citation.get("issuerLevel").asText()).isEqualTo("CENTRAL");
        assertThat(citation.has("start") && citation.has("end") && citation.has("text"))
                .isTrue();
        assertThat(first.has("text")).isFalse();

        JsonNode second = json.readTree(lines[1]);
        assertThat(second.get("status").asText()).isEqualTo("FAILED");
        assertThat(second.get("error").asText()).contains("missing.txt");
    }

    @Test
    void exits_0_when_every_file_was_read() throws IOException {
        Path good = dir.resolve("a.txt");
        Files.writeString(good, "Số: 1/TB-UBND\nHà Nội, ngày 1 tháng 1 năm 2024\nTHÔNG BÁO\nnghỉ Tết\n");
        StringWriter out = new StringWriter();
        assertThat(run(out, "parse", good.toString())).isZero();
    }
}

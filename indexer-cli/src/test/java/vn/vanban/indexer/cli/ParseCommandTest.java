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
            "citations",
            "assignments");

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
    void prints_the_tasks_of_the_implementation_section_as_assignments() throws IOException {
        Path plan = dir.resolve("plan.txt");
        Files.writeString(plan, """
                TỈNH ỦY HÀ TĨNH
                *
                Số 41-KH/TU

                ĐẢNG CỘNG SẢN VIỆT NAM

                Hà Tĩnh, ngày 12 tháng 7 năm 2021

                KẾ HOẠCH
                thực hiện Chỉ thị số 03-CT/TW ngày 19/5/2021 của Ban Bí thư

                I. MỤC ĐÍCH, YÊU CẦU
                1. Quán triệt nội dung Chỉ thị.

                II. TỔ CHỨC THỰC HIỆN
                1. Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/8/2021.
                2. Ban Tuyên giáo Tỉnh ủy chủ trì theo dõi, đôn đốc; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.

                T/M BAN THƯỜNG VỤ
                BÍ THƯ
                """);
        StringWriter out = new StringWriter();

        assertThat(run(out, "parse", plan.toString())).isZero();

        JsonNode tasks = new ObjectMapper().readTree(out.toString().strip()).get("assignments");
        assertThat(tasks).hasSize(3);
        JsonNode first = tasks.get(0);
        assertThat(first.get("assignees").get(0).get("text").asText())
                .isEqualTo("Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy");
        assertThat(first.get("assignees").get(0).get("class").asText()).isEqualTo("DISTRICT_PARTY_COMMITTEES");
        assertThat(first.get("role").asText()).isEqualTo("EXECUTE");
        assertThat(first.get("action").asText()).isEqualTo("ISSUE_PLAN");
        assertThat(first.get("due").get("kind").asText()).isEqualTo("BY");
        assertThat(first.get("due").get("date").asText()).isEqualTo("2021-08-15");
        assertThat(first.has("start") && first.has("end")).isTrue();
        JsonNode report = tasks.get(2);
        assertThat(report.get("role").asText()).isEqualTo("LEAD");
        assertThat(report.get("action").asText()).isEqualTo("REPORT");
        assertThat(report.get("recurrence").get("months").asInt()).isEqualTo(6);
        assertThat(report.get("assignees").get(0).get("class").isNull()).isTrue();
    }

    @Test
    void exits_0_when_every_file_was_read() throws IOException {
        Path good = dir.resolve("a.txt");
        Files.writeString(good, "Số: 1/TB-UBND\nHà Nội, ngày 1 tháng 1 năm 2024\nTHÔNG BÁO\nnghỉ Tết\n");
        StringWriter out = new StringWriter();
        assertThat(run(out, "parse", good.toString())).isZero();
    }
}

package vn.vanban.frontend.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.frontend.PortalApplication;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * Nhập liệu without a browser (browserless-test), over the real upload service and node: an
 * administrator drops real files (a Gazette PDF and a seed plan from {@code ../shared}) and an empty
 * {@code .pdf}, indexes the batch and reads each file's result: what was read from the documents, and
 * for the empty one a reason that names no server folder, while the others are indexed. The public
 * and an official cannot open the page. An index of its own, so the other views' fixture stays as it
 * is.
 */
@SpringBootTest(
        classes = PortalApplication.class,
        properties = {
            "vanban.index.alias=" + UploadPageIT.ALIAS,
            "vanban.security.rate-limit.requests=100000",
            "vaadin.devmode.devTools.enabled=false"
        })
class UploadPageIT extends SpringBrowserlessTest {

    static final String ALIAS = "it-portal-upload";
    private static final String LAW = "corpus/congbao/bhxh/nghi-quyet-so-78-2025-ubtvqh15-45003.pdf";
    private static final String PLAN = "seeds/002_5cefcce8a219f495.txt";

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) throws IOException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Path store = Files.createTempDirectory("vanban-upload-page-store");
        registry.add("vanban.elasticsearch.url", TestElasticsearch::url);
        registry.add("vanban.store", store::toString);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_uploads_files_and_reads_each_files_result_and_why_one_failed() {
        Path shared = TestElasticsearch.sharedDir().orElse(null);
        Assumptions.assumeTrue(shared != null, "skipped: ../shared (the real documents) is absent");
        Path law = shared.resolve(LAW);
        Path plan = shared.resolve(PLAN);

        navigate(UploadPage.class);
        Upload upload = $(Upload.class).id("upload");
        test(upload).upload(law.toFile());
        test(upload).upload(plan.toFile());
        test(upload).upload("hong.pdf", "application/pdf", new byte[0]);
        assertThat($(Span.class).id("upload-pending").getText()).isEqualTo("Đã nhận 3 tệp, chưa lập chỉ mục");

        test($(Button.class).id("upload-index")).click();

        assertThat($(Span.class).id("upload-pending").getText()).isEqualTo("Đã lập chỉ mục 2 tệp; 1 tệp lỗi.");
        @SuppressWarnings("unchecked")
        Grid<UploadPage.Row> results = $(Grid.class).id("upload-results");
        List<UploadPage.Row> rows = results.getListDataView().getItems().toList();
        assertThat(rows)
                .extracting(UploadPage.Row::file)
                .containsExactlyInAnyOrder(
                        law.getFileName().toString(), plan.getFileName().toString(), "hong.pdf");

        int lawRow = row(rows, law.getFileName().toString());
        assertThat(test(results).getCellText(lawRow, 1)).isEqualTo("Đã lập chỉ mục");
        assertThat(text(test(results).getCellComponent(lawRow, 2))).contains("78/2025/UBTVQH15", "trích dẫn");
        int planRow = row(rows, plan.getFileName().toString());
        assertThat(test(results).getCellText(planRow, 1)).isEqualTo("Đã lập chỉ mục");
        assertThat(text(test(results).getCellComponent(planRow, 2))).contains("197/KH-UBND", "trích dẫn");

        int brokenRow = row(rows, "hong.pdf");
        assertThat(test(results).getCellText(brokenRow, 1)).isEqualTo("Lỗi");
        assertThat(text(test(results).getCellComponent(brokenRow, 2)))
                .isEqualTo("empty file (0 bytes)")
                .doesNotContain("uploads", "/tmp");
    }

    @Test
    void the_public_is_sent_to_the_sign_in_form() {
        UI.getCurrent().navigate(UploadPage.class);
        roundTrip();
        assertThat($(Upload.class).exists()).isFalse();
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "lan", roles = "OFFICIAL")
    void an_official_cannot_open_the_page() {
        UI.getCurrent().navigate(UploadPage.class);
        roundTrip();
        assertThat($(Upload.class).exists()).isFalse();
        assertThat($(Button.class).withId("upload-index").exists()).isFalse();
    }

    private static int row(List<UploadPage.Row> rows, String file) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file().equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " is not in " + rows);
    }

    private static String text(Component cell) {
        return cell instanceof HasText t ? t.getText() : cell.getElement().getTextRecursively();
    }
}

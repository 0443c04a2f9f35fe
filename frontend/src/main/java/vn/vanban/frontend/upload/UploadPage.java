package vn.vanban.frontend.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.backend.document.DocumentService;
import vn.vanban.backend.document.DocumentView;
import vn.vanban.backend.security.Audiences;
import vn.vanban.backend.upload.UploadService;
import vn.vanban.frontend.shell.MainLayout;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.ingest.FileResult;
import vn.vanban.indexer.ingest.IngestReport;

/**
 * Nhập liệu ({@code /nhap-lieu}, administrators only): drop several files (the upload shows each
 * file's progress), then index the batch; each file's parsed metadata and citations are shown for
 * review, and a file that fails says why in plain words while the rest of the batch is indexed.
 */
@Route(value = Routes.UPLOAD, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UploadPage extends Div implements HasDynamicTitle {

    /** What the review table shows per file. */
    record Row(
            String file,
            String status,
            @Nullable String error,
            @Nullable String key,
            String summary) {}

    private final UploadService uploads;
    private final DocumentService documents;
    private final Path batch;
    private final List<UploadService.Upload> received = new ArrayList<>();
    private final Grid<Row> results = new Grid<>();
    private final Span pending = new Span();
    /** Of the documents without a mark of their own; a "Lưu hành nội bộ" text is INTERNAL whatever is chosen. */
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();

    UploadPage(UploadService uploads, DocumentService documents) {
        this.uploads = uploads;
        this.documents = documents;
        try {
            batch = Files.createTempDirectory("vanban-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(new H2(getTranslation("upload.title")), new Paragraph(getTranslation("upload.help")));

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            // The name as the user knows it, without any folder part ("../", "C:\\").
            String name = UploadService.safeName(metadata.fileName());
            Path target = Files.createTempFile(batch, "upload-", ".part");
            Files.move(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            ui.access(() -> {
                received.add(new UploadService.Upload(target, name));
                pending.setText(getTranslation("upload.pending", received.size()));
            });
        }));
        upload.setId("upload");
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.setMaxFiles(200);

        visibility.setId("upload-visibility");
        visibility.setLabel(getTranslation("upload.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("upload.visibility." + v.name()));
        visibility.setValue(Visibility.PUBLIC);
        visibility.setRequired(true);

        Button index = new Button(getTranslation("upload.index"), e -> indexBatch());
        index.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        index.setId("upload-index");
        pending.setId("upload-pending");

        results.setId("upload-results");
        results.addColumn(Row::file)
                .setHeader(getTranslation("upload.column.file"))
                .setFlexGrow(2);
        results.addColumn(r -> getTranslation("upload.status." + r.status()))
                .setHeader(getTranslation("upload.column.status"));
        results.addColumn(new ComponentRenderer<>(r -> {
                    if (r.key() == null) {
                        return new Span(r.error() == null ? "" : r.error());
                    }
                    Anchor a = new Anchor(Routes.document(r.key()), r.summary());
                    a.getElement().setAttribute("router-link", true);
                    return a;
                }))
                .setHeader(getTranslation("upload.column.result"))
                .setFlexGrow(4);
        results.setAllRowsVisible(true);
        add(upload, visibility, new Div(index, pending), results);
    }

    private void indexBatch() {
        if (received.isEmpty()) {
            pending.setText(getTranslation("upload.nothing"));
            return;
        }
        IngestReport report = uploads.ingestUploads(
                List.copyOf(received), visibility.getValue() == null ? Visibility.PUBLIC : visibility.getValue());
        for (UploadService.Upload u : received) {
            try {
                Files.deleteIfExists(u.file()); // ingested from its staged copy; the store keeps the original
            } catch (IOException e) {
                // the temporary folder is the system's to clean
            }
        }
        List<Row> rows = new ArrayList<>();
        for (FileResult f : report.files()) {
            rows.add(new Row(
                    displayName(f.path()),
                    f.status().name(),
                    reason(f),
                    f.key(),
                    f.key() == null ? "" : summary(f.key())));
        }
        results.setItems(rows);
        received.clear();
        pending.setText(
                report.aborted() == null
                        ? getTranslation(
                                "upload.done",
                                report.count(FileResult.Status.INDEXED),
                                report.count(FileResult.Status.FAILED))
                        : getTranslation("error.unavailable"));
    }

    /** Number, type, issuer, date and citations, as read: what the administrator reviews. */
    private String summary(String key) {
        try {
            DocumentView d = documents.document(key, Audiences.current());
            return String.join(
                    " · ",
                    List.of(
                                    nz(d.number()),
                                    nz(d.typeName()),
                                    nz(d.issuer()),
                                    nz(d.date()),
                                    getTranslation(
                                            "upload.citations", d.citations().size()))
                            .stream()
                            .filter(s -> !s.isBlank())
                            .toList());
        } catch (RuntimeException e) {
            return key;
        }
    }

    /**
     * Why a file failed (or was skipped), without the server folder it was staged in: the row names
     * the file, and the folder is nobody's business but the server's.
     */
    static @Nullable String reason(FileResult f) {
        String why = f.error() != null ? f.error() : f.warning();
        return why == null ? null : why.replace(f.path() + ": ", "").replace(f.path(), displayName(f.path()));
    }

    /** The uploaded name back from the path it was ingested under ({@code uploads/<sha256>/name.pdf}). */
    static String displayName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title");
    }
}

package vn.vanban.indexer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a run: every file with its status and error.
 *
 * @param aborted null, or why the run stopped early (Elasticsearch unavailable)
 */
public record IngestReport(
        Instant startedAt,
        Instant finishedAt,
        String index,
        List<FileResult> files,
        @org.jspecify.annotations.Nullable String aborted) {

    public IngestReport {
        files = List.copyOf(files);
    }

    public long count(FileResult.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public boolean allOk() {
        return aborted == null && files.stream().allMatch(FileResult::ok);
    }

    /** Distinct documents the files are part of. */
    public long documents() {
        return files.stream()
                .map(FileResult::key)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }

    public long bytes() {
        return files.stream().mapToLong(FileResult::size).sum();
    }

    public Duration elapsed() {
        return Duration.between(startedAt, finishedAt);
    }

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files.size());
        m.put("indexed", count(FileResult.Status.INDEXED));
        m.put("unchanged", count(FileResult.Status.UNCHANGED));
        m.put("skipped", count(FileResult.Status.SKIPPED));
        m.put("failed", count(FileResult.Status.FAILED));
        m.put("documents", documents());
        m.put("bytes", bytes());
        m.put("seconds", elapsed().toMillis() / 1000.0);
        return m;
    }

    public void write(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startedAt", startedAt.toString());
        m.put("finishedAt", finishedAt.toString());
        m.put("index", index);
        m.put("aborted", aborted);
        m.put("summary", summary());
        m.put("files", files);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }
}

package vn.vanban.indexer.ingest;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Sha256;
import vn.vanban.indexer.index.CitationResolver;
import vn.vanban.indexer.index.CitedOnlyNode;
import vn.vanban.indexer.index.CitedOnlyNodes;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentKey;
import vn.vanban.indexer.index.DocumentSource;
import vn.vanban.indexer.index.ResolvedCitation;
import vn.vanban.indexer.index.SourceFile;
import vn.vanban.indexer.index.StoredCitation;
import vn.vanban.indexer.index.StoredDocument;

/**
 * Reads files on {@code readers} threads while a {@link BulkIngester} writes what was read: reading
 * (Tika, parsing) and indexing overlap, and a full ingester blocks the readers (back-pressure).
 *
 * <p>Every bulk operation carries its source file as context, so a per-item failure is reported
 * against the file. A file is complete when every operation it caused is acknowledged; only then is it
 * journalled, so an interrupted run redoes at most the files in flight, and deterministic {@code _id}s
 * ({@link DocumentKey}) make a redone file overwrite, never duplicate.
 */
public final class IngestPipeline {

    private record Prepared(ParsedDocument doc, TextFacts.Fact fact, String ref) {}

    private enum Role {
        DOCUMENT,
        CITED_ONLY
    }

    /** The bulk context: which file an operation comes from. */
    private record Op(
            FileTask task,
            Role role,
            BulkOperation operation,
            @Nullable CitedOnlyNode node,
            Availability.Attempt attempt) {}

    private final DocumentIndex index;
    private final DocumentReader reader;
    private final TextFacts facts;
    private final FileStore store;
    private final Journal journal;
    private final IngestSettings settings;
    private final CitationResolver resolver;
    private final Availability availability;
    private final MemoryBudget memory;

    public IngestPipeline(
            DocumentIndex index,
            DocumentReader reader,
            TextFacts facts,
            FileStore store,
            Journal journal,
            IngestSettings settings,
            String esUrl) {
        this.index = index;
        this.reader = reader;
        this.facts = facts;
        this.store = store;
        this.journal = journal;
        this.settings = settings;
        this.resolver = new CitationResolver(index);
        this.availability = new Availability(settings.giveUpAfter(), esUrl);
        this.memory = settings.memoryBudget() > 0 ? new MemoryBudget(settings.memoryBudget()) : MemoryBudget.ofHeap();
    }

    /** Ingests every file under {@code paths}; never throws for a bad file. */
    public IngestReport run(List<Path> paths) {
        Instant started = settings.clock().instant();
        List<InputFiles.Unreadable> unreadable = new ArrayList<>();
        List<InputFile> inputs = InputFiles.expand(paths, unreadable);
        List<FileResult> results = new ArrayList<>();
        for (InputFiles.Unreadable u : unreadable) {
            boolean skipped = u.status() == FileResult.Status.SKIPPED;
            results.add(new FileResult(
                    u.path(), u.status(), null, null, 0, skipped ? null : u.error(), skipped ? u.error() : null));
        }
        Run run = new Run(inputs);
        try {
            run.execute();
        } finally {
            run.shutdown();
        }
        for (FileResult r : run.results) {
            results.add(r);
        }
        return new IngestReport(started, settings.clock().instant(), index.alias(), results, run.aborted.get());
    }

    /** One file in flight. */
    private final class FileTask {
        final int slot;
        final InputFile input;
        final Run run;
        final AtomicInteger pending = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        final AtomicReference<@Nullable String> error = new AtomicReference<>();

        @Nullable
        String sha256;

        @Nullable
        DocumentKey key;

        @Nullable
        String warning;

        @Nullable
        StoredDocument source;

        @Nullable
        SourceFile file;

        @Nullable
        String issuerKey;

        @Nullable
        Integer year;

        FileTask(int slot, InputFile input, Run run) {
            this.slot = slot;
            this.input = input;
            this.run = run;
        }

        void fail(String message) {
            error.compareAndSet(null, message);
        }

        void opDone() {
            if (pending.decrementAndGet() == 0) {
                String err = error.get();
                if (err == null) {
                    journal.record(input.path(), input.size(), input.mtime(), sha256, key.value());
                    resolver.written(key, issuerKey, year);
                    run.finish(
                            this,
                            new FileResult(
                                    input.path(),
                                    FileResult.Status.INDEXED,
                                    key.value(),
                                    sha256,
                                    input.size(),
                                    null,
                                    warning));
                } else {
                    run.finish(
                            this,
                            new FileResult(
                                    input.path(),
                                    FileResult.Status.FAILED,
                                    key == null ? null : key.value(),
                                    sha256,
                                    input.size(),
                                    err,
                                    warning));
                }
            }
        }
    }

    private final class Run implements BulkListener<Op> {
        final List<InputFile> inputs;
        final FileResult[] results;
        final CountDownLatch remaining;
        final AtomicReference<@Nullable String> aborted = new AtomicReference<>();
        final Progress progress;
        final ExecutorService readers;
        final ExecutorService mergers;
        final ScheduledExecutorService retries;
        final Semaphore inFlight;
        final BulkIngester<Op> ingester;
        /**
         * CITED_ONLY keys a public document of this run named and whose node was merged: a node is
         * read again at most once to become PUBLIC, not once per citation of a directive.
         */
        final java.util.Set<String> madePublic = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Run(List<InputFile> inputs) {
            this.inputs = inputs;
            this.results = new FileResult[inputs.size()];
            this.remaining = new CountDownLatch(inputs.size());
            long bytes = inputs.stream().mapToLong(InputFile::size).sum();
            this.progress = new Progress(
                    settings.progress() == null ? System.err : settings.progress(),
                    settings.progress() != null,
                    inputs.size(),
                    bytes);
            this.readers = Executors.newFixedThreadPool(settings.readers(), named("ingest-read"));
            this.mergers = Executors.newFixedThreadPool(2, named("ingest-merge"));
            this.retries = Executors.newSingleThreadScheduledExecutor(named("ingest-retry"));
            this.inFlight = new Semaphore(settings.readers() * 2);
            this.ingester = BulkIngester.of(b -> b.client(index.client())
                    .maxOperations(settings.maxOperations())
                    .maxSize(settings.maxBytes())
                    .maxConcurrentRequests(settings.maxConcurrentRequests())
                    .flushInterval(500, TimeUnit.MILLISECONDS)
                    .listener(this));
        }

        void execute() {
            Map<String, List<Integer>> byStem = new java.util.HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                byStem.computeIfAbsent(stem(inputs.get(i).path()), k -> new ArrayList<>())
                        .add(i);
            }
            // A journalled file counts as done only while its document is still there (not deleted since).
            List<String> journalledKeys = new ArrayList<>();
            for (InputFile input : inputs) {
                if (journal.isDone(input.path(), input.size(), input.mtime())) {
                    journalledKeys.add(
                            journal.previous(input.path()).orElseThrow().key());
                }
            }
            java.util.Set<String> present = presentKeys(journalledKeys);
            java.util.function.Predicate<InputFile> done = in -> journal.isDone(in.path(), in.size(), in.mtime())
                    && present.contains(
                            journal.previous(in.path()).orElseThrow().key());
            java.util.Set<Integer> grouped = new java.util.HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                if (grouped.contains(i)) {
                    continue;
                }
                List<Integer> group = byStem.get(stem(inputs.get(i).path()));
                List<FileTask> tasks = new ArrayList<>();
                for (int slot : group.size() > 1 ? group : List.of(i)) {
                    grouped.add(slot);
                    tasks.add(new FileTask(slot, inputs.get(slot), this));
                }
                if (aborted.get() != null) {
                    tasks.forEach(t -> finish(t, failed(t.input, null, "not attempted: " + aborted.get())));
                    continue;
                }
                if (tasks.stream().allMatch(t -> done.test(t.input))) {
                    for (FileTask t : tasks) {
                        Journal.Entry e = journal.previous(t.input.path()).orElseThrow();
                        finish(
                                t,
                                new FileResult(
                                        t.input.path(),
                                        FileResult.Status.UNCHANGED,
                                        e.key(),
                                        e.sha256(),
                                        t.input.size(),
                                        null,
                                        null));
                    }
                    continue;
                }
                inFlight.acquireUninterruptibly();
                long reserved = memory.estimate(tasks.stream()
                        .mapToLong(t -> Math.min(t.input.size(), settings.maxFileBytes()))
                        .sum());
                readers.execute(() -> {
                    boolean acquired = false;
                    try {
                        memory.acquire(reserved);
                        acquired = true;
                        if (tasks.size() == 1) {
                            read(tasks.get(0));
                        } else {
                            readSiblings(tasks);
                        }
                    } catch (Availability.Unavailable e) {
                        abort(e.getMessage());
                        tasks.forEach(t -> finish(t, failed(t.input, t.sha256, e.getMessage())));
                    } catch (Throwable e) {
                        // Whatever happens (OutOfMemoryError, a parser's StackOverflowError), the file is
                        // finished with its error: an unfinished file would keep the run waiting for ever.
                        String problem = problem(e);
                        tasks.forEach(t -> finish(t, failed(t.input, t.sha256, t.input.path() + ": " + problem)));
                    } finally {
                        if (acquired) {
                            memory.release(reserved);
                        }
                        inFlight.release();
                    }
                });
            }
            readers.shutdown();
            awaitUninterruptibly(readers);
            ingester.flush();
            try {
                remaining.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (aborted.get() == null) {
                try {
                    // Citations read before the document they cite was written get their candidates now.
                    availability.call(() -> {
                        index.refresh();
                        return resolver.reresolve(resolver.touchedNumberKeys());
                    });
                } catch (RuntimeException e) {
                    abort("resolving citations again failed: " + Availability.rootMessage(e));
                }
            }
        }

        private java.util.Set<String> presentKeys(List<String> keys) {
            if (keys.isEmpty()) {
                return java.util.Set.of();
            }
            try {
                return availability.call(() -> index.indexed(keys));
            } catch (Availability.Unavailable e) {
                abort(e.getMessage());
                return java.util.Set.of();
            }
        }

        private void read(FileTask task) throws IOException {
            Prepared prepared = prepare(task);
            if (prepared != null) {
                submit(task, prepared, DocumentKey.of(prepared.doc()), false);
            }
        }

        /**
         * A PDF and its .txt (same folder, same name): one document. When only one of them yields a
         * number key (the other's header was not understood), both take it; when neither does, both
         * take the content key of the better text; different number keys stay different documents.
         */
        private void readSiblings(List<FileTask> tasks) throws IOException {
            List<Prepared> prepared = new ArrayList<>();
            for (FileTask task : tasks) {
                prepared.add(prepare(task));
            }
            java.util.Set<DocumentKey> numbered = new java.util.LinkedHashSet<>();
            DocumentKey best = null;
            long bestRank = -1;
            for (Prepared p : prepared) {
                if (p == null) {
                    continue;
                }
                DocumentKey own = DocumentKey.of(p.doc());
                if (!own.isContentKey()) {
                    numbered.add(own);
                }
                long rank =
                        DocumentSource.textRank(p.fact().ocr(), p.doc().text().length());
                if (rank > bestRank) {
                    bestRank = rank;
                    best = own;
                }
            }
            DocumentKey shared = numbered.size() == 1 ? numbered.iterator().next() : numbered.isEmpty() ? best : null;
            for (int i = 0; i < tasks.size(); i++) {
                Prepared p = prepared.get(i);
                if (p == null) {
                    continue;
                }
                DocumentKey own = DocumentKey.of(p.doc());
                DocumentKey key = shared != null ? shared : own;
                submit(tasks.get(i), p, key, !key.equals(own));
            }
        }

        private @Nullable Prepared prepare(FileTask task) throws IOException {
            InputFile input = task.input;
            if (aborted.get() != null) {
                finish(task, failed(input, null, "not attempted: " + aborted.get()));
                return null;
            }
            byte[] bytes;
            try {
                bytes = input.readAtMost(settings.maxFileBytes());
            } catch (InputFile.TooLarge e) {
                finish(task, failed(input, null, input.path() + ": " + e.getMessage()));
                return null;
            }
            if (bytes.length == 0) {
                finish(task, failed(input, null, input.path() + ": empty file (0 bytes)"));
                return null;
            }
            task.sha256 = sha256(bytes);
            Path readable = input.file();
            Path tempDir = null;
            if (input.entry() != null) {
                tempDir = Files.createTempDirectory("vanban-ingest-");
                // The copy is named "entry" + the entry's extension: the entry's own name may not be a
                // path this locale can write (LANG=C), and only the extension matters to the readers.
                readable = tempDir.resolve("entry" + extension(input.name()));
                Files.write(readable, bytes);
            }
            ParsedDocument doc;
            TextFacts.Fact fact;
            try {
                doc = reader.read(readable);
                fact = facts.take(readable);
            } finally {
                if (tempDir != null) {
                    Files.deleteIfExists(readable);
                    Files.deleteIfExists(tempDir);
                }
            }
            if (doc.status() != DocumentStatus.OK) {
                String error = doc.error() != null ? doc.error() : input.path() + ": " + doc.status();
                if (!readable.equals(input.file())) {
                    // The reader saw a temporary copy of the zip entry: report the entry, not the copy.
                    error = error.replace(readable.toString(), input.path());
                }
                finish(task, failed(input, task.sha256, error));
                return null;
            }
            java.util.Optional<String> secret = SecrecyMarks.find(doc.text());
            if (secret.isPresent()) {
                // Law 29/2018/QH14: a State secret is never published; this portal refuses it whole.
                finish(
                        task,
                        failed(
                                input,
                                task.sha256,
                                input.path() + ": refused: secrecy mark " + secret.get()
                                        + " — a classified document is neither indexed nor stored"));
                return null;
            }
            if (doc.number() == null) {
                task.warning = overlongNumber(doc.text());
            }
            // Stored only once accepted: the store keeps no original of a refused file.
            String ref = store.put(bytes, task.sha256, input.name());
            return new Prepared(doc, fact, ref);
        }

        private void submit(FileTask task, Prepared prepared, DocumentKey key, boolean adopted) {
            InputFile input = task.input;
            ParsedDocument doc = prepared.doc();
            TextFacts.Fact fact = prepared.fact();
            String ref = prepared.ref();
            if (key.isContentKey() && doc.number() != null) {
                task.warning = "number " + doc.number() + " without issuer or year: keyed by content";
            }
            if (adopted) {
                task.warning = "one document with the file of the same name beside it (" + key + ")";
            }
            if (!adopted && fact.ocr() && !key.isContentKey()) {
                // A scan whose header OCR misread ("TỈNH ỦY LÝ") joins the copy it is a scan of.
                DocumentKey asRead = key;
                Optional<DocumentKey> twin = availability.call(() -> index.scanTwin(
                        asRead, doc.type() == null ? null : doc.type().code(), doc.date(), doc.text(), true));
                if (twin.isPresent()) {
                    task.warning = "an OCR'd copy of " + twin.get() + " (read as " + asRead + ")";
                    key = twin.get();
                    adopted = true;
                }
            }
            if (!adopted && !fact.ocr() && !key.isContentKey()) {
                // The text copy of a scan that came first with a misread header: the scan joins it.
                DocumentKey own = key;
                List<String> scans = availability.call(() -> index.misreadScansOf(
                        own, doc.type() == null ? null : doc.type().code(), doc.date(), doc.text()));
                if (scans.size() == 1) {
                    task.warning = "the text of the OCR'd copy " + scans.get(0) + ", which joins " + own;
                    availability.call(() -> {
                        index.absorbScan(scans.get(0), own);
                        return null;
                    });
                }
            }
            task.key = key;
            DocumentKey finalKey = key;
            journal.previous(input.path())
                    .filter(previous -> !previous.key().equals(finalKey.value()))
                    .ifPresent(previous -> availability.call(() -> {
                        // The file changed into another document: it leaves the old one.
                        index.detachFile(previous.key(), input.path());
                        return null;
                    }));
            List<ResolvedCitation> resolved = availability.call(() -> resolver.resolve(doc));
            task.file = new SourceFile(
                    input.path(),
                    input.name(),
                    task.sha256,
                    input.size(),
                    fact.mediaType(),
                    fact.ocr(),
                    ref,
                    fact.truncatedFrom());
            List<StoredCitation> citations = StoredCitation.of(resolved);
            Visibility visibility = DocumentSource.visibility(doc.visibility(), settings.visibility());
            task.source = DocumentSource.indexed(
                    key, doc, citations, task.file, visibility, settings.clock().instant());
            if (!adopted && !key.isContentKey()) {
                // The file whose own header gives the key also gives the metadata, whatever the text length.
                task.source = task.source.withTextRank(task.source.textRank() + (1L << 42));
            }
            task.issuerKey = task.source.issuerKey();
            task.year = task.source.year();
            List<Op> ops = new ArrayList<>();
            ops.add(new Op(task, Role.DOCUMENT, index.createOperation(key, task.source), null, availability.attempt()));
            for (CitedOnlyNode node : CitedOnlyNodes.of(doc.text(), key.value(), citations, visibility)) {
                ops.add(new Op(task, Role.CITED_ONLY, index.citedOnlyOperation(node), node, availability.attempt()));
                if (node.numberKey() != null) {
                    resolver.cited(node.numberKey(), node.key(), node.issuerKey(), node.year());
                }
            }
            task.pending.set(ops.size());
            for (Op op : ops) {
                if (aborted.get() != null) {
                    task.fail("not written: " + aborted.get());
                    task.opDone();
                } else {
                    ingester.add(op.operation(), op);
                }
            }
        }

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {}

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                handle(contexts.get(i), items.get(i));
            }
        }

        private void handle(Op op, BulkResponseItem item) {
            if (item.error() == null) {
                op.task().opDone();
            } else if (item.status() == 409) {
                if (op.role() == Role.DOCUMENT) {
                    // The key exists: a CITED_ONLY node to take over, or another file of the document.
                    mergers.execute(() -> merge(op));
                } else if (op.node() != null
                        && (!op.node().parents().isEmpty()
                                || (op.node().visibility() == Visibility.PUBLIC
                                        && madePublic.add(op.node().key())))) {
                    // Already a node; this citation may know more (what it implements, or that a
                    // public document names it).
                    mergers.execute(() -> mergeCitedOnly(op));
                } else {
                    op.task().opDone(); // the cited document is already a node
                }
            } else if (item.status() == 429 || item.status() == 503) {
                retry(op, new IllegalStateException(item.error().reason()));
            } else {
                op.task()
                        .fail(op.task().input.path() + ": Elasticsearch refused "
                                + op.role().name().toLowerCase() + " " + item.id() + ": "
                                + item.error().type() + ": " + item.error().reason());
                op.task().opDone();
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, Throwable failure) {
            for (Op op : contexts) {
                if (Availability.isTooLarge(failure) && contexts.size() > 1) {
                    // Which file made the request too large? Each operation alone tells.
                    mergers.execute(() -> sendAlone(op));
                } else if (Availability.isTooLarge(failure)) {
                    op.task()
                            .fail(op.task().input.path() + ": the document is too large for one Elasticsearch request"
                                    + " (413 Request Entity Too Large, " + operations(request) + "); not indexed");
                    op.task().opDone();
                } else if (Availability.isRetryable(failure)) {
                    retry(op, failure);
                } else {
                    op.task()
                            .fail(op.task().input.path() + ": bulk request failed: "
                                    + Availability.rootMessage(failure));
                    op.task().opDone();
                }
            }
        }

        /** One operation in a request of its own, after a request of several was too large (413). */
        private void sendAlone(Op op) {
            try {
                BulkResponse response = availability.call(() -> index.client().bulk(b -> b.operations(op.operation())));
                handle(op, response.items().get(0));
            } catch (Availability.Unavailable e) {
                abort(e.getMessage());
                op.task().fail(e.getMessage());
                op.task().opDone();
            } catch (RuntimeException e) {
                op.task()
                        .fail(op.task().input.path()
                                + (Availability.isTooLarge(e)
                                        ? ": the document is too large for one Elasticsearch request (413 Request"
                                                + " Entity Too Large); not indexed"
                                        : ": bulk request failed: " + Availability.rootMessage(e)));
                op.task().opDone();
            }
        }

        private void retry(Op op, Throwable failure) {
            try {
                Duration delay = op.attempt().failed(failure);
                retries.schedule(
                        () -> {
                            if (aborted.get() != null) {
                                op.task().fail("not written: " + aborted.get());
                                op.task().opDone();
                            } else {
                                ingester.add(op.operation(), op);
                            }
                        },
                        delay.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (Availability.Unavailable e) {
                abort(e.getMessage());
                op.task().fail(e.getMessage());
                op.task().opDone();
            }
        }

        private void merge(Op op) {
            FileTask task = op.task();
            try {
                availability.call(() -> {
                    index.mergeIndexed(task.key, task.source, task.file);
                    return null;
                });
            } catch (Availability.Unavailable e) {
                abort(e.getMessage());
                task.fail(e.getMessage());
            } catch (RuntimeException e) {
                task.fail(task.input.path() + ": merging into " + task.key + " failed: " + Availability.rootMessage(e));
            }
            task.opDone();
        }

        private void mergeCitedOnly(Op op) {
            try {
                availability.call(() -> {
                    index.mergeCitedOnly(op.node());
                    return null;
                });
            } catch (Availability.Unavailable e) {
                abort(e.getMessage());
                op.task().fail(e.getMessage());
            } catch (RuntimeException e) {
                op.task()
                        .fail(op.task().input.path() + ": updating the cited node "
                                + op.node().key() + " failed: " + Availability.rootMessage(e));
            }
            op.task().opDone();
        }

        void abort(String reason) {
            aborted.compareAndSet(null, reason);
        }

        void finish(FileTask task, FileResult result) {
            if (!task.finished.compareAndSet(false, true)) {
                return;
            }
            results[task.slot] = result;
            progress.fileDone(task.input.size(), result.status() == FileResult.Status.INDEXED, !result.ok());
            remaining.countDown();
        }

        void shutdown() {
            readers.shutdownNow();
            try {
                ingester.close();
            } catch (RuntimeException e) {
                // Elasticsearch is gone; every file is already accounted for.
            }
            mergers.shutdown();
            awaitUninterruptibly(mergers);
            retries.shutdownNow();
            progress.close();
        }
    }

    /** The path without its extension: {@code a/b.pdf} and {@code a/b.txt} are siblings. */
    private static String stem(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(0, dot) : path;
    }

    /** No real number is this long (the longest seen: {@code 1234/2024/QĐ-UBND-VPUB}, 22 characters). */
    static final int MAX_NUMBER_LENGTH = 64;

    private static final java.util.regex.Pattern NUMBER_LINE =
            java.util.regex.Pattern.compile("(?m)^\\s*Số\\s*:?\\s*(\\S{" + (MAX_NUMBER_LENGTH + 1) + ",})");

    /**
     * The parser leaves a number it cannot believe unread; say so rather than drop it silently (a
     * number line of 300 characters in a hostile-input run).
     */
    static @Nullable String overlongNumber(String text) {
        java.util.regex.Matcher m = NUMBER_LINE.matcher(text.length() > 4000 ? text.substring(0, 4000) : text);
        if (!m.find()) {
            return null;
        }
        return "document number of " + m.group(1).length() + " characters not read (longer than " + MAX_NUMBER_LENGTH
                + "): keyed by its text";
    }

    /** What went wrong, for a reader of the report; never a bare stack trace. */
    private static String problem(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory to read this file (" + e.getMessage() + "); it was not indexed, the other"
                    + " files go on";
        }
        if (e instanceof StackOverflowError) {
            return "the file is nested too deeply to be read (stack overflow); it was not indexed";
        }
        return e instanceof IOException ? "cannot be read: " + Availability.rootMessage(e) : e.toString();
    }

    private static String operations(BulkRequest request) {
        return request.operations().size() + " operation(s)";
    }

    private static FileResult failed(InputFile input, @Nullable String sha, String error) {
        return new FileResult(input.path(), FileResult.Status.FAILED, null, sha, input.size(), error, null);
    }

    private static void awaitUninterruptibly(ExecutorService executor) {
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.HOURS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** A plain ASCII extension of a name ({@code .pdf}), or nothing. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : "";
    }
}

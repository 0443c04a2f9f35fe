package vn.vanban.indexer.index;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * Links each citation of a document to a {@link DocumentKey}, or says why it cannot without doubt.
 *
 * <ol>
 *   <li>A citation with number, issuer (or a number that names it, {@code …/TW}) and year has its key:
 *       RESOLVED, whether or not the document is indexed (a CITED_ONLY node stands for it).
 *   <li>A short form repeated after a full mention ({@code repeatOf}, or the same number fully cited
 *       elsewhere in the same document) takes that mention's key (DOMAIN.md: "a short form after a full
 *       one").
 *   <li>Otherwise the nodes with that number that agree with what the citation does say are the
 *       candidates: one candidate when issuer is known → RESOLVED; several, or any when the issuer is
 *       unknown and the number's issuer code is local ({@code 35-KH/TU} is issued by every Tỉnh ủy)
 *       → AMBIGUOUS with the candidates; none → UNRESOLVED. Nothing is guessed silently.
 * </ol>
 *
 * Thread-safe; one instance per ingestion run remembers the keys written in the run, which the index
 * may not show yet.
 */
public final class CitationResolver {

    private record Candidate(
            String key,
            @Nullable String issuerKey,
            @Nullable Integer year) {}

    private final DocumentIndex index;
    private final Map<String, Set<Candidate>> writtenInRun = new ConcurrentHashMap<>();

    public CitationResolver(DocumentIndex index) {
        this.index = index;
    }

    /** Remembers a key written in this run, so later citations in the run find it before a refresh. */
    public void written(DocumentKey key, @Nullable String issuerKey, @Nullable Integer year) {
        String numberKey = key.numberKey();
        if (numberKey != null) {
            writtenInRun
                    .computeIfAbsent(numberKey, k -> ConcurrentHashMap.newKeySet())
                    .add(new Candidate(key.value(), issuerKey, year));
        }
    }

    public List<ResolvedCitation> resolve(ParsedDocument doc) {
        List<Citation> citations = doc.citations();
        List<ResolvedCitation> out = new ArrayList<>(citations.size());
        Map<String, List<ResolvedCitation>> fullByNumber = new HashMap<>();
        List<Integer> pending = new ArrayList<>();
        for (Citation c : citations) {
            ResolvedCitation r = direct(c);
            out.add(r);
            if (r.resolution() == Resolution.RESOLVED) {
                fullByNumber
                        .computeIfAbsent(r.numberKey(), k -> new ArrayList<>())
                        .add(r);
            } else if (r.numberKey() != null) {
                pending.add(out.size() - 1);
            }
        }
        Map<String, List<Candidate>> fromIndex = pending.isEmpty()
                ? Map.of()
                : lookup(pending.stream().map(i -> out.get(i).numberKey()).toList());
        for (int i : pending) {
            out.set(i, fromContext(out, i, fullByNumber, fromIndex));
        }
        return out;
    }

    private static ResolvedCitation direct(Citation c) {
        if (c.number() == null || c.number().isBlank()) {
            return new ResolvedCitation(c, null, null, null, null, Resolution.UNRESOLVED, List.of());
        }
        String numberKey = DocumentNumbers.key(c.number());
        String issuerKey = IssuerKeys.of(c.number(), c.issuer());
        Integer year = DocumentKey.year(c.number(), c.date());
        return DocumentKey.of(c.number(), c.issuer(), c.date())
                .map(k ->
                        new ResolvedCitation(c, numberKey, issuerKey, year, k.value(), Resolution.RESOLVED, List.of()))
                .orElseGet(() ->
                        new ResolvedCitation(c, numberKey, issuerKey, year, null, Resolution.UNRESOLVED, List.of()));
    }

    private ResolvedCitation fromContext(
            List<ResolvedCitation> all,
            int i,
            Map<String, List<ResolvedCitation>> fullByNumber,
            Map<String, List<Candidate>> fromIndex) {
        ResolvedCitation r = all.get(i);
        Citation c = r.citation();
        if (c.repeatOf() != null && c.repeatOf() >= 0 && c.repeatOf() < all.size()) {
            ResolvedCitation first = all.get(c.repeatOf());
            if (first.resolution() == Resolution.RESOLVED && r.numberKey().equals(first.numberKey())) {
                return withTarget(r, first);
            }
        }
        Set<String> inDocument = new TreeSet<>();
        ResolvedCitation match = null;
        for (ResolvedCitation full : fullByNumber.getOrDefault(r.numberKey(), List.of())) {
            if (agrees(r, full.issuerKey(), full.year())) {
                inDocument.add(full.targetKey());
                match = full;
            }
        }
        if (inDocument.size() == 1) {
            return withTarget(r, match);
        }
        Set<String> candidates = new TreeSet<>(inDocument);
        for (Candidate cand : fromIndex.getOrDefault(r.numberKey(), List.of())) {
            if (agrees(r, cand.issuerKey(), cand.year())) {
                candidates.add(cand.key());
            }
        }
        for (Candidate cand : writtenInRun.getOrDefault(r.numberKey(), Set.of())) {
            if (agrees(r, cand.issuerKey(), cand.year())) {
                candidates.add(cand.key());
            }
        }
        if (candidates.isEmpty()) {
            return r;
        }
        boolean issuerKnown = r.issuerKey() != null;
        if (candidates.size() == 1 && issuerKnown) {
            return new ResolvedCitation(
                    c,
                    r.numberKey(),
                    r.issuerKey(),
                    r.year(),
                    candidates.iterator().next(),
                    Resolution.RESOLVED,
                    List.of());
        }
        return new ResolvedCitation(
                c, r.numberKey(), r.issuerKey(), r.year(), null, Resolution.AMBIGUOUS, List.copyOf(candidates));
    }

    private static boolean agrees(ResolvedCitation r, @Nullable String issuerKey, @Nullable Integer year) {
        return (r.issuerKey() == null || r.issuerKey().equals(issuerKey))
                && (r.year() == null || r.year().equals(year));
    }

    private static ResolvedCitation withTarget(ResolvedCitation r, ResolvedCitation full) {
        return new ResolvedCitation(
                r.citation(),
                r.numberKey(),
                full.issuerKey(),
                full.year(),
                full.targetKey(),
                Resolution.RESOLVED,
                List.of());
    }

    @SuppressWarnings("rawtypes")
    private Map<String, List<Candidate>> lookup(List<String> numberKeys) {
        List<FieldValue> values =
                new LinkedHashSet<>(numberKeys).stream().map(FieldValue::of).toList();
        try {
            SearchResponse<Map> response = index.client()
                    .search(
                            s -> s.index(index.alias())
                                    .size(200)
                                    .query(q -> q.terms(t ->
                                            t.field(DocumentFields.NUMBER_KEY).terms(v -> v.value(values))))
                                    .source(src -> src.filter(f -> f.includes(
                                            DocumentFields.NUMBER_KEY,
                                            DocumentFields.ISSUER_KEY,
                                            DocumentFields.YEAR))),
                            Map.class);
            Map<String, List<Candidate>> out = new HashMap<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map source = hit.source();
                Object year = source.get(DocumentFields.YEAR);
                out.computeIfAbsent((String) source.get(DocumentFields.NUMBER_KEY), k -> new ArrayList<>())
                        .add(new Candidate(
                                hit.id(),
                                (String) source.get(DocumentFields.ISSUER_KEY),
                                year == null ? null : ((Number) year).intValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

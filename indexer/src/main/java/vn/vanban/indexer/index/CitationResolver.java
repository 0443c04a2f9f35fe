package vn.vanban.indexer.index;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.gazetteer.Unit;

/**
 * Links each citation of a document to a {@link DocumentKey}, or says why it cannot without doubt.
 *
 * <ol>
 *   <li>An issuer named without its locality that the parser could not complete ("Thành ủy") counts as
 *       unknown.
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
        Set<String> provinces = possibleProvinces(doc);
        String district = doc.district();
        Integer citingYear = doc.date() == null ? null : doc.date().getYear();
        for (int i : pending) {
            out.set(i, fromContext(out, i, fullByNumber, fromIndex, provinces, district, citingYear));
        }
        return out;
    }

    private static ResolvedCitation direct(Citation c) {
        if (c.number() == null || c.number().isBlank()) {
            return new ResolvedCitation(c, null, null, null, null, Resolution.UNRESOLVED, List.of());
        }
        String numberKey = DocumentNumbers.key(c.number());
        String issuerKey = IssuerKeys.of(c.number(), c.issuer());
        if (IssuerKeys.isGeneric(issuerKey) || IssuerKeys.isCell(issuerKey)) {
            /*
             * "Ban Thường vụ Thành ủy" that the parser could not complete from the citing document's
             * context, or "Chi bộ Thôn 2" without its Đảng bộ: which organ is not known, so no key is
             * made up; the candidates decide.
             */
            issuerKey = null;
        }
        Integer year = DocumentKey.year(c.number(), c.date());
        if (issuerKey == null || year == null) {
            return new ResolvedCitation(c, numberKey, issuerKey, year, null, Resolution.UNRESOLVED, List.of());
        }
        String key = DocumentKey.fromParts(numberKey, issuerKey, year).value();
        return new ResolvedCitation(c, numberKey, issuerKey, year, key, Resolution.RESOLVED, List.of());
    }

    private ResolvedCitation fromContext(
            List<ResolvedCitation> all,
            int i,
            Map<String, List<ResolvedCitation>> fullByNumber,
            Map<String, List<Candidate>> fromIndex,
            Set<String> provinces,
            @Nullable String district,
            @Nullable Integer citingYear) {
        ResolvedCitation r = all.get(i);
        Citation c = r.citation();
        if (c.repeatOf() != null && c.repeatOf() >= 0 && c.repeatOf() < i) {
            ResolvedCitation first = all.get(c.repeatOf());
            if (r.numberKey().equals(first.numberKey())) {
                // A short form after a full one means what the full one means, resolved or not.
                return new ResolvedCitation(
                        c,
                        r.numberKey(),
                        first.issuerKey(),
                        first.year(),
                        first.targetKey(),
                        first.resolution(),
                        first.candidates());
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
        if (!issuerKnown) {
            String key = onlyCandidateInProvinces(c.number(), c.issuer(), provinces, district, candidates);
            if (key != null) {
                return new ResolvedCitation(
                        c,
                        r.numberKey(),
                        new DocumentKey(key).issuerKey(),
                        r.year(),
                        key,
                        Resolution.RESOLVED,
                        List.of());
            }
        }
        String latest = issuerKnown && r.year() == null ? latestNotAfter(candidates, citingYear) : null;
        if (latest != null) {
            return new ResolvedCitation(
                    c, r.numberKey(), r.issuerKey(), r.year(), latest, Resolution.RESOLVED, List.of());
        }
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

    /**
     * Number keys of every node written or cited in this run: a citation left UNRESOLVED or AMBIGUOUS
     * elsewhere may now have (other) candidates.
     */
    public Set<String> touchedNumberKeys() {
        return Set.copyOf(writtenInRun.keySet());
    }

    /** Remembers the number key of a node cited in this run (a CITED_ONLY node may be a candidate). */
    public void cited(String numberKey, String key, @Nullable String issuerKey, @Nullable Integer year) {
        writtenInRun
                .computeIfAbsent(numberKey, k -> ConcurrentHashMap.newKeySet())
                .add(new Candidate(key, issuerKey, year));
    }

    /**
     * Resolves again, against the whole index, the citations left UNRESOLVED or AMBIGUOUS whose number
     * is among {@code numberKeys}, so that the outcome does not depend on the order in which files were
     * ingested (a document cited by a file read before it).
     *
     * @return the number of documents updated
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int reresolve(Set<String> numberKeys) {
        if (numberKeys.isEmpty()) {
            return 0;
        }
        int updated = 0;
        List<String> all = new ArrayList<>(numberKeys);
        try {
            for (int from = 0; from < all.size(); from += 500) {
                List<String> numberKeysOfChunk = all.subList(from, Math.min(all.size(), from + 500));
                List<FieldValue> chunk =
                        numberKeysOfChunk.stream().map(FieldValue::of).toList();
                Map<String, List<Candidate>> candidates = lookup(numberKeysOfChunk);
                Set<String> candidatesLookedUp = new HashSet<>(numberKeysOfChunk);
                Set<String> ofSeveralYears = ofSeveralYears(candidates);
                List<FieldValue> severalYears =
                        ofSeveralYears.stream().map(FieldValue::of).toList();
                List<Hit<Map>> hits = new ArrayList<>();
                index.forEachHit(
                        Query.of(q -> q.nested(n -> n.path(DocumentFields.CITATIONS)
                                .query(nq -> nq.bool(b -> b.should(open -> open.bool(ob -> ob.filter(
                                                        f -> f.terms(t -> t.field(DocumentFields.CITATION_NUMBER_KEY)
                                                                .terms(v -> v.value(chunk))))
                                                .mustNot(m -> m.term(t -> t.field(DocumentFields.CITATION_RESOLUTION)
                                                        .value(Resolution.RESOLVED.name())))))
                                        // A citation without a date that took one year of a number and
                                        // issuer having several: a later file may have brought its year.
                                        .should(dateless -> dateless.bool(db -> db.filter(
                                                        f -> f.terms(t -> t.field(DocumentFields.CITATION_TARGET_KEY)
                                                                .terms(v -> v.value(severalYears))))
                                                .mustNot(m -> m.exists(e -> e.field(DocumentFields.CITATION_DATE)))))
                                        .minimumShouldMatch("1"))))),
                        List.of(
                                DocumentFields.CITATIONS,
                                DocumentFields.PARENTS,
                                DocumentFields.CITES,
                                DocumentFields.PROVINCE,
                                DocumentFields.DISTRICT,
                                DocumentFields.YEAR),
                        hits::add);
                for (Hit<Map> hit : hits) {
                    Map<String, Object> source = hit.source();
                    List<Map<String, Object>> citations =
                            (List<Map<String, Object>>) source.getOrDefault(DocumentFields.CITATIONS, List.of());
                    boolean changed = false;
                    String district = source.get(DocumentFields.DISTRICT) instanceof String d ? d : null;
                    Set<String> provinces = possibleProvinces(
                            source.get(DocumentFields.PROVINCE) instanceof String p ? p : null, district);
                    Integer citingYear = source.get(DocumentFields.YEAR) instanceof Number y ? y.intValue() : null;
                    for (int i = 0; i < citations.size(); i++) {
                        Map<String, Object> c = citations.get(i);
                        Object repeatOf = c.get("repeatOf");
                        if (repeatOf instanceof Number n && n.intValue() >= 0 && n.intValue() < i) {
                            changed |= mirror(c, citations.get(n.intValue()));
                        } else if (c.get("numberKey") instanceof String numberKey
                                && candidatesLookedUp.contains(numberKey)) {
                            // Only the numbers of this chunk: the others' candidates were not looked up.
                            changed |= c.get("targetKey") instanceof String target && ofSeveralYears.contains(target)
                                    ? relatest(c, hit.id(), candidates, citingYear)
                                    : reresolve(c, hit.id(), candidates, provinces, district, citingYear);
                        }
                    }
                    if (!changed) {
                        continue;
                    }
                    Set<String> parents = new LinkedHashSet<>();
                    Set<String> cites = new LinkedHashSet<>();
                    for (Map<String, Object> c : citations) {
                        Object target = c.get("targetKey");
                        if (target != null && !target.equals(hit.id())) {
                            cites.add((String) target);
                            if (!"MENTIONS".equals(c.get("relation"))) {
                                parents.add((String) target);
                            }
                        }
                    }
                    Map<String, Object> partial = new java.util.LinkedHashMap<>();
                    partial.put(DocumentFields.CITATIONS, citations);
                    partial.put(DocumentFields.PARENTS, List.copyOf(parents));
                    partial.put(DocumentFields.CITES, List.copyOf(cites));
                    index.client()
                            .update(
                                    u -> u.index(index.alias())
                                            .id(hit.id())
                                            .doc(partial)
                                            .retryOnConflict(5),
                                    Map.class);
                    updated++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return updated;
    }

    private static boolean mirror(Map<String, Object> repeat, Map<String, Object> first) {
        if (!java.util.Objects.equals(repeat.get("numberKey"), first.get("numberKey"))) {
            return false;
        }
        boolean changed = false;
        for (String field : List.of("resolution", "candidates", "targetKey", "issuerKey", "year")) {
            Object value = first.get(field);
            if (!java.util.Objects.equals(repeat.get(field), value)) {
                changed = true;
                if (value == null) {
                    repeat.remove(field);
                } else {
                    repeat.put(field, value);
                }
            }
        }
        return changed;
    }

    /**
     * The keys of every number and issuer that has documents in several years ({@code 83-KH/HU} of the
     * Huyện ủy Gia Bình in 2021 and in 2022).
     */
    private static Set<String> ofSeveralYears(Map<String, List<Candidate>> candidates) {
        Set<String> out = new TreeSet<>();
        for (List<Candidate> list : candidates.values()) {
            Map<String, Set<Integer>> years = new HashMap<>();
            for (Candidate cand : list) {
                if (cand.issuerKey() != null && cand.year() != null) {
                    years.computeIfAbsent(cand.issuerKey(), k -> new HashSet<>())
                            .add(cand.year());
                }
            }
            for (Candidate cand : list) {
                if (cand.issuerKey() != null
                        && years.getOrDefault(cand.issuerKey(), Set.of()).size() > 1) {
                    out.add(cand.key());
                }
            }
        }
        return out;
    }

    /** A dateless citation resolved to one year of several: the latest not later than the citing year. */
    private static boolean relatest(
            Map<String, Object> c, String self, Map<String, List<Candidate>> candidates, @Nullable Integer citingYear) {
        if (c.get("date") != null || !(c.get("issuerKey") instanceof String issuerKey)) {
            return false;
        }
        List<String> sameOrgan = candidates.getOrDefault((String) c.get("numberKey"), List.of()).stream()
                .filter(cand -> !cand.key().equals(self) && issuerKey.equals(cand.issuerKey()))
                .map(Candidate::key)
                .toList();
        String latest = latestNotAfter(sameOrgan, citingYear);
        if (latest == null || latest.equals(c.get("targetKey"))) {
            return false;
        }
        c.put("targetKey", latest);
        return true;
    }

    private static boolean reresolve(
            Map<String, Object> c,
            String self,
            Map<String, List<Candidate>> candidates,
            Set<String> provinces,
            @Nullable String district,
            @Nullable Integer citingYear) {
        Object numberKey = c.get("numberKey");
        if (numberKey == null || Resolution.RESOLVED.name().equals(c.get("resolution"))) {
            return false;
        }
        String issuerKey = (String) c.get("issuerKey");
        Integer year = c.get("year") == null ? null : ((Number) c.get("year")).intValue();
        Set<String> fit = new TreeSet<>();
        for (Candidate cand : candidates.getOrDefault((String) numberKey, List.of())) {
            if (!cand.key().equals(self)
                    && (issuerKey == null || issuerKey.equals(cand.issuerKey()))
                    && (year == null || year.equals(cand.year()))) {
                fit.add(cand.key());
            }
        }
        String resolution;
        String target = null;
        List<String> list = List.of();
        String narrowed = issuerKey == null
                ? onlyCandidateInProvinces(
                        (String) c.get("number"),
                        c.get("issuer") instanceof String i ? i : null,
                        provinces,
                        district,
                        fit)
                : null;
        if (narrowed != null) {
            resolution = Resolution.RESOLVED.name();
            target = narrowed;
            c.put("issuerKey", new DocumentKey(narrowed).issuerKey());
        } else if (fit.isEmpty()) {
            resolution = Resolution.UNRESOLVED.name();
        } else if (issuerKey != null && year == null && latestNotAfter(fit, citingYear) != null) {
            resolution = Resolution.RESOLVED.name();
            target = latestNotAfter(fit, citingYear);
        } else if (fit.size() == 1 && issuerKey != null) {
            resolution = Resolution.RESOLVED.name();
            target = fit.iterator().next();
        } else {
            resolution = Resolution.AMBIGUOUS.name();
            list = List.copyOf(fit);
        }
        Object oldCandidates = c.getOrDefault("candidates", List.of());
        if (resolution.equals(c.get("resolution")) && list.equals(oldCandidates) && target == null) {
            return false;
        }
        c.put("resolution", resolution);
        c.put("candidates", list);
        if (target != null) {
            c.put("targetKey", target);
        } else {
            c.remove("targetKey");
        }
        return true;
    }

    /**
     * "Tỉnh ủy" in a document of huyện Châu Thành, a name ten provinces have: the organ is the Tỉnh ủy
     * of one of those provinces; a single candidate among them is that organ. Applied when the citing
     * file is read and again when citations are re-resolved at the end of a run, so the answer does
     * not depend on which file was read first.
     *
     * @return the one candidate key whose issuer is that organ in one of {@code provinces}, else null
     */
    private static @Nullable String onlyCandidateInProvinces(
            @Nullable String number,
            @Nullable String issuer,
            Set<String> provinces,
            @Nullable String district,
            java.util.Collection<String> candidates) {
        if (provinces.isEmpty()) {
            return null;
        }
        String generic = IssuerKeys.of(number, issuer);
        if (!IssuerKeys.isGeneric(generic)) {
            return null;
        }
        Set<String> allowed = new HashSet<>();
        for (String p : provinces) {
            // The organ of the province ("Thành ủy" of Cần Thơ) or of the district ("Huyện ủy").
            for (String q : java.util.Arrays.asList(
                    IssuerKeys.qualify(generic, p, null), IssuerKeys.qualify(generic, p, district))) {
                if (q != null) {
                    allowed.add(q);
                }
            }
        }
        List<String> fitting = candidates.stream()
                .filter(k -> allowed.contains(new DocumentKey(k).issuerKey()))
                .toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /**
     * The provinces a document may be of when it names a district without its province ("Huyện ủy
     * Châu Thành"): every province with a district of that name (gazetteer); empty when the province
     * is known or the district unknown.
     */
    private static Set<String> possibleProvinces(ParsedDocument doc) {
        return possibleProvinces(doc.province(), doc.district());
    }

    private static Set<String> possibleProvinces(@Nullable String province, @Nullable String district) {
        if (province != null || district == null) {
            return Set.of();
        }
        Set<String> provinces = new TreeSet<>();
        for (Unit u : Gazetteer.standard().districtsNamed(district)) {
            if (u.province() != null) {
                provinces.add(u.province());
            }
        }
        return provinces;
    }

    /**
     * A citation that names number and issuer but no date ("Kế hoạch số 83-KH/HU của Huyện ủy Gia
     * Bình") among documents of that organ and number from several years: numbers restart every year
     * (DOMAIN.md), and a document cites what was issued before it, so it names the latest of them not
     * later than its own year. Null when the citing year is unknown or no candidate is that early (then
     * the candidates decide as before).
     */
    private static @Nullable String latestNotAfter(java.util.Collection<String> keys, @Nullable Integer citingYear) {
        if (citingYear == null) {
            return null;
        }
        String latest = null;
        int latestYear = Integer.MIN_VALUE;
        for (String key : keys) {
            Integer year = yearOf(key);
            if (year != null && year <= citingYear && year > latestYear) {
                latest = key;
                latestYear = year;
            }
        }
        return latest;
    }

    private static @Nullable Integer yearOf(String key) {
        int sep = key.lastIndexOf('~');
        try {
            return sep < 0 ? null : Integer.valueOf(key.substring(sep + 1));
        } catch (NumberFormatException e) {
            return null;
        }
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
        Map<String, List<Candidate>> out = new HashMap<>();
        index.forEachHit(
                Query.of(q -> q.terms(t -> t.field(DocumentFields.NUMBER_KEY).terms(v -> v.value(values)))),
                List.of(DocumentFields.NUMBER_KEY, DocumentFields.ISSUER_KEY, DocumentFields.YEAR),
                hit -> {
                    Map source = hit.source();
                    Object year = source.get(DocumentFields.YEAR);
                    out.computeIfAbsent((String) source.get(DocumentFields.NUMBER_KEY), k -> new ArrayList<>())
                            .add(new Candidate(
                                    hit.id(),
                                    (String) source.get(DocumentFields.ISSUER_KEY),
                                    year == null ? null : ((Number) year).intValue()));
                });
        return out;
    }
}

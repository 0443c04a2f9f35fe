package vn.vanban.indexer.assignment;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.IssuerKeys;

/**
 * The follow-up of a document: for each expected unit of each "issue a plan" task, the first
 * document of that unit implementing it (the implementers tree, {@link GraphService#implementers})
 * compared with the due date; for each reporting task, the reports (type BC) citing it.
 *
 * <p>Round trips: one get (the document), the graph's find and implementers (two), the search for
 * the citing documents (a page per 1 000) and a multi-get per 1 000 documents found (type, date,
 * visibility).
 */
public final class FollowUpService {

    /** The type code of a report (DOMAIN.md: BC Báo cáo). */
    static final String REPORT_TYPE = "BC";

    private final DocumentIndex index;
    private final GraphService graph;
    private final ExpectedUnits expected;
    private final Clock clock;

    public FollowUpService(DocumentIndex index, GraphService graph, ExpectedUnits expected, Clock clock) {
        this.index = index;
        this.graph = graph;
        this.expected = expected;
        this.clock = clock;
    }

    /** A document found for a unit: its key, issuer, level and date. */
    record Candidate(
            String key,
            @Nullable String type,
            @Nullable String issuer,
            @Nullable String level,
            @Nullable LocalDate date) {}

    /**
     * The follow-up of the document {@code key} as {@code audience} may see it: empty when the
     * document is not indexed or not visible to it; implementers and reports it may not see are
     * left out (they count as not issued).
     */
    public Optional<FollowUp> followUp(String key, Audience audience) {
        Optional<Map<String, Object>> stored = index.get(key);
        if (stored.isEmpty()
                || !"INDEXED".equals(stored.get().getOrDefault(DocumentFields.STATUS, "INDEXED"))
                || !audience.canSee(visibility(stored.get().get(DocumentFields.VISIBILITY)))) {
            return Optional.empty();
        }
        Map<String, Object> source = stored.get();
        String text = source.get(DocumentFields.TEXT) instanceof String t ? t : "";
        LocalDate date = date(source.get(DocumentFields.DATE));
        IssuerLevel level = level(source.get(DocumentFields.ISSUER_LEVEL));
        String province = source.get(DocumentFields.PROVINCE) instanceof String p ? p : null;
        // Commune classes ("UBND các xã, thị trấn") expand within the issuer's own district only.
        String district =
                level == IssuerLevel.DISTRICT && source.get(DocumentFields.DISTRICT) instanceof String d ? d : null;
        List<Assignment> assignments = AssignmentExtractor.extract(text, date, level);

        List<Candidate> implementers = new ArrayList<>();
        if (graph.find(key, audience) instanceof GraphService.Found found) {
            collect(graph.implementers(found.node(), audience).children(), implementers);
        }
        // A report implementing the plan is not the plan a unit was asked to issue.
        implementers.removeIf(c -> REPORT_TYPE.equals(c.type()));
        Map<String, Map<String, Object>> citing = sources(index.citing(key));
        List<Candidate> reports = new ArrayList<>();
        citing.forEach((k, s) -> {
            Object type = s.get("type");
            if (type instanceof Map<?, ?> t && REPORT_TYPE.equals(t.get("code"))) {
                reports.add(new Candidate(
                        k,
                        REPORT_TYPE,
                        s.get(DocumentFields.ISSUER) instanceof String i ? i : null,
                        s.get(DocumentFields.ISSUER_LEVEL) instanceof String l ? l : null,
                        date(s.get(DocumentFields.DATE))));
            }
        });
        Map<String, Map<String, Object>> seen =
                sources(implementers.stream().map(Candidate::key).toList());
        seen.putAll(citing);
        implementers.removeIf(c -> !audience.canSee(visibility(sourceValue(seen, c.key()))));
        reports.removeIf(c -> !audience.canSee(visibility(sourceValue(seen, c.key()))));

        LocalDate today = LocalDate.now(clock);
        List<FollowUp.Task> tasks = new ArrayList<>();
        for (Assignment a : assignments) {
            List<Candidate> pool = switch (a.action()) {
                case ISSUE_PLAN -> implementers;
                case REPORT -> reports;
                default -> null;
            };
            tasks.add(task(a, pool, province, district, date, today));
        }
        return Optional.of(new FollowUp(key, today, tasks, counts(tasks)));
    }

    private FollowUp.Task task(
            Assignment a,
            @Nullable List<Candidate> pool,
            @Nullable String province,
            @Nullable String district,
            @Nullable LocalDate date,
            LocalDate today) {
        // "định kỳ 6 tháng báo cáo" without a date: the first report is due when the first period ends.
        LocalDate due = a.due() != null
                ? a.due().date()
                : a.recurrence() != null && date != null
                        ? date.plusMonths(a.recurrence().months())
                        : null;
        List<FollowUp.UnitStatus> units = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<FollowUp.UnitStatus> found = new ArrayList<>();
        if (pool != null) {
            for (Assignee assignee : a.assignees()) {
                ExpectedUnits.Expansion expansion = expected.of(assignee, province, district, date);
                for (ExpectedUnit unit : expansion.units()) {
                    Candidate first = pool.stream()
                            .filter(c -> sameOrgan(c.issuer(), unit.organ()))
                            .min(Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder())))
                            .orElse(null);
                    units.add(status(
                            unit.organ(),
                            unit.level() == null ? null : unit.level().name(),
                            first,
                            due,
                            today));
                }
                if (!expansion.complete()) {
                    unknown.add(assignee.text());
                    pool.stream()
                            .filter(c -> member(assignee.group(), c))
                            .sorted(Comparator.comparing(
                                    Candidate::date, Comparator.nullsLast(Comparator.naturalOrder())))
                            .forEach(c ->
                                    found.add(status(Objects.toString(c.issuer(), "?"), c.level(), c, due, today)));
                }
            }
        }
        return new FollowUp.Task(
                a.text(),
                a.role(),
                a.action(),
                a.assignees().stream().map(Assignee::text).toList(),
                due,
                a.recurrence() == null ? null : a.recurrence().text(),
                units,
                unknown,
                found);
    }

    static FollowUp.UnitStatus status(
            String organ, @Nullable String level, @Nullable Candidate doc, @Nullable LocalDate due, LocalDate today) {
        if (doc == null) {
            FollowUp.Status s = due != null && due.isAfter(today) ? FollowUp.Status.NOT_DUE : FollowUp.Status.MISSING;
            return new FollowUp.UnitStatus(organ, level, s, null, null, null);
        }
        if (due != null && doc.date() != null && doc.date().isAfter(due)) {
            int late = (int) ChronoUnit.DAYS.between(due, doc.date());
            return new FollowUp.UnitStatus(organ, level, FollowUp.Status.LATE, doc.key(), doc.date(), late);
        }
        return new FollowUp.UnitStatus(organ, level, FollowUp.Status.ON_TIME, doc.key(), doc.date(), null);
    }

    /** Two names of one organ: folded the way document keys fold issuers ("UBND" = "Ủy ban nhân dân"). */
    static boolean sameOrgan(@Nullable String issuer, String organ) {
        if (issuer == null) {
            return false;
        }
        String a = IssuerKeys.fold(issuer);
        return a != null && a.equals(IssuerKeys.fold(organ));
    }

    /** Whether a document's issuer belongs to a class whose members the gazetteer cannot list. */
    static boolean member(@Nullable AssigneeClass group, Candidate c) {
        if (group == null || c.issuer() == null) {
            return false;
        }
        String f = Objects.requireNonNullElse(IssuerKeys.fold(c.issuer()), "");
        return switch (group) {
            case COMMUNE_PARTY_COMMITTEES -> "COMMUNE".equals(c.level()) && f.startsWith("dang-uy");
            case COMMUNE_PEOPLES_COMMITTEES -> "COMMUNE".equals(c.level()) && f.startsWith("ubnd");
            case PARTY_CELLS -> f.startsWith("chi-bo") || f.startsWith("dang-uy-co-so");
            case DEPARTMENTS -> f.startsWith("so-") || f.startsWith("phong-");
            case DISTRICT_PARTY_COMMITTEES -> "DISTRICT".equals(c.level()) && f.matches("(huyen|thi|thanh|quan)-uy.*");
            case DISTRICT_PEOPLES_COMMITTEES -> "DISTRICT".equals(c.level()) && f.startsWith("ubnd");
            case MASS_ORGANISATIONS -> false;
        };
    }

    static FollowUp.Counts counts(List<FollowUp.Task> tasks) {
        Map<FollowUp.Status, Long> byStatus = zero();
        Map<String, Map<FollowUp.Status, Long>> byLevel = new LinkedHashMap<>();
        for (FollowUp.Task t : tasks) {
            List<FollowUp.UnitStatus> all = new ArrayList<>(t.units());
            all.addAll(t.found());
            for (FollowUp.UnitStatus u : all) {
                byStatus.merge(u.status(), 1L, Long::sum);
                byLevel.computeIfAbsent(Objects.toString(u.level(), "?"), k -> zero())
                        .merge(u.status(), 1L, Long::sum);
            }
        }
        return new FollowUp.Counts(byStatus, byLevel);
    }

    private static Map<FollowUp.Status, Long> zero() {
        Map<FollowUp.Status, Long> m = new EnumMap<>(FollowUp.Status.class);
        for (FollowUp.Status s : FollowUp.Status.values()) {
            m.put(s, 0L);
        }
        return m;
    }

    private static void collect(List<GraphService.TreeNode> nodes, List<Candidate> out) {
        for (GraphService.TreeNode t : nodes) {
            GraphNode n = t.node();
            if ("INDEXED".equals(n.status())) {
                out.add(new Candidate(n.key(), n.type(), n.issuer(), n.issuerLevel(), date(n.date())));
            }
            collect(t.children(), out);
        }
    }

    /** Multi-get requests carry at most this many ids: a directive may have thousands of implementers. */
    static final int MGET_CHUNK = 1_000;

    /** Type, issuer, level, date and visibility of these documents: one multi-get per chunk of ids. */
    private Map<String, Map<String, Object>> sources(Collection<String> keys) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += MGET_CHUNK) {
            sources(all.subList(from, Math.min(all.size(), from + MGET_CHUNK)), out);
        }
        return out;
    }

    @SuppressWarnings("rawtypes")
    private void sources(List<String> keys, Map<String, Map<String, Object>> out) {
        try {
            MgetResponse<Map> response = index.client()
                    .mget(
                            m -> m.index(index.alias())
                                    .ids(keys)
                                    .sourceIncludes(List.of(
                                            DocumentFields.TYPE_CODE,
                                            DocumentFields.ISSUER,
                                            DocumentFields.ISSUER_LEVEL,
                                            DocumentFields.DATE,
                                            DocumentFields.VISIBILITY,
                                            DocumentFields.STATUS)),
                            Map.class);
            for (MultiGetResponseItem<Map> item : response.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    GetResult<Map> r = item.result();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> source = r.source();
                    if ("INDEXED".equals(source.getOrDefault(DocumentFields.STATUS, "INDEXED"))) {
                        out.put(r.id(), source);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Object sourceValue(Map<String, Map<String, Object>> sources, String key) {
        Map<String, Object> s = sources.get(key);
        return s == null ? null : s.get(DocumentFields.VISIBILITY);
    }

    /**
     * The visibility a stored value means: nothing stored is PUBLIC; {@code INTERNAL}, or the mark
     * "Lưu hành nội bộ" the parser reads, is INTERNAL.
     */
    static Visibility visibility(@Nullable Object stored) {
        List<?> values = stored instanceof List<?> l ? l : stored == null ? List.of() : List.of(stored);
        for (Object v : values) {
            String s = String.valueOf(v).toLowerCase(Locale.ROOT);
            if (s.equals("internal") || s.contains("nội bộ")) {
                return Visibility.INTERNAL;
            }
        }
        return Visibility.PUBLIC;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable IssuerLevel level(@Nullable Object value) {
        if (value instanceof String s) {
            try {
                return IssuerLevel.valueOf(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}

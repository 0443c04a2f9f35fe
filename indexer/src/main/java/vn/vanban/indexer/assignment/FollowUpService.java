package vn.vanban.indexer.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentState;
import vn.vanban.indexer.index.DocumentSummary;
import vn.vanban.indexer.index.StoredDocument;
import vn.vanban.indexer.library.DocumentService;
import vn.vanban.indexer.library.GraphAnswer;
import vn.vanban.indexer.library.ImplementersService;

/**
 * The follow-up of a document: for each expected unit of each "issue a plan" task, the first
 * document of that unit implementing it (the implementers tree) compared with the due date; for each
 * reporting task, the reports (type BC) citing it.
 *
 * <p>Every read goes through the library ({@link DocumentService}, {@link ImplementersService}), so
 * what the audience may see is decided by one rule, the library's: the document itself, the
 * implementers and the reports it may not see are not read (they count as not issued).
 *
 * <p>Round trips: the document (one search), its implementers (the graph's find and implementers)
 * and the documents citing it (a search per 1 000).
 */
public final class FollowUpService {

    /** The type code of a report (DOMAIN.md: BC Báo cáo). */
    static final String REPORT_TYPE = "BC";

    private final DocumentService documents;
    private final ImplementersService implementers;
    private final ExpectedUnits expected;
    private final Clock clock;

    public FollowUpService(
            DocumentService documents, ImplementersService implementers, ExpectedUnits expected, Clock clock) {
        this.documents = documents;
        this.implementers = implementers;
        this.expected = expected;
        this.clock = clock;
    }

    /**
     * A document found for a unit: its key, the canonical key of its issuer ({@link OrganKeys}), its
     * issuer as printed, level and date.
     */
    record Candidate(
            String key,
            @Nullable String type,
            @Nullable String issuerKey,
            @Nullable String issuer,
            @Nullable String level,
            @Nullable LocalDate date) {}

    /**
     * The follow-up of the document {@code key} as {@code audience} may see it: empty when the
     * document is not indexed or not visible to it.
     */
    public Optional<FollowUp> followUp(String key, Audience audience) {
        Optional<StoredDocument> stored = indexed(key, audience);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredDocument document = stored.get();
        LocalDate date = date(document.date());
        List<Assignment> assignments = assignments(document);
        // Commune classes ("UBND các xã, thị trấn") expand within the issuer's own district only.
        String communesOf = level(document.issuerLevel()) == IssuerLevel.DISTRICT ? document.district() : null;

        List<Candidate> plans = new ArrayList<>();
        if (implementers.implementers(key, audience)
                instanceof GraphAnswer.Answered<GraphService.Implementers> answered) {
            collect(answered.answer().children(), plans);
        }
        // A report implementing the plan is not the plan a unit was asked to issue.
        plans.removeIf(c -> REPORT_TYPE.equals(c.type()));
        List<Candidate> reports = new ArrayList<>();
        for (DocumentSummary s : documents.citing(key, audience)) {
            if (DocumentState.INDEXED.name().equals(s.status())
                    && s.type() != null
                    && REPORT_TYPE.equals(s.type().code())) {
                reports.add(new Candidate(
                        s.key(),
                        REPORT_TYPE,
                        OrganKeys.ofDocument(s.key(), s.number(), s.issuer()),
                        s.issuer(),
                        s.issuerLevel(),
                        date(s.date())));
            }
        }

        LocalDate today = LocalDate.now(clock);
        List<FollowUp.Task> tasks = new ArrayList<>();
        for (Assignment a : assignments) {
            List<Candidate> pool = switch (a.action()) {
                case ISSUE_PLAN -> plans;
                case REPORT -> reports;
                default -> null;
            };
            tasks.add(task(a, pool, document.province(), document.district(), communesOf, date, today));
        }
        return Optional.of(new FollowUp(key, today, tasks, counts(tasks)));
    }

    /**
     * The due dates of the tasks the follow-up checks documents against (issuing a plan, reporting),
     * earliest first, without reading implementers or reports: what a timeline draws before the
     * follow-up itself is asked for. Empty when the document is not indexed or not visible.
     */
    public List<LocalDate> dueDates(String key, Audience audience) {
        return indexed(key, audience)
                .map(d -> assignments(d).stream()
                        .filter(a -> a.action() == Action.ISSUE_PLAN || a.action() == Action.REPORT)
                        .map(a -> due(a, date(d.date())))
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    private Optional<StoredDocument> indexed(String key, Audience audience) {
        return documents
                .get(key, audience)
                .filter(d -> DocumentState.INDEXED.name().equals(d.status()));
    }

    private static List<Assignment> assignments(StoredDocument d) {
        return AssignmentExtractor.extract(
                Objects.requireNonNullElse(d.text(), ""), date(d.date()), level(d.issuerLevel()));
    }

    /**
     * The day a task is due: its own date; "định kỳ 6 tháng báo cáo" without one is first due when the
     * first period ends.
     */
    private static @Nullable LocalDate due(Assignment a, @Nullable LocalDate date) {
        if (a.due() != null) {
            return a.due().date();
        }
        return a.recurrence() != null && date != null
                ? date.plusMonths(a.recurrence().months())
                : null;
    }

    private FollowUp.Task task(
            Assignment a,
            @Nullable List<Candidate> pool,
            @Nullable String province,
            @Nullable String district,
            @Nullable String communesOf,
            @Nullable LocalDate date,
            LocalDate today) {
        LocalDate due = due(a, date);
        List<FollowUp.UnitStatus> units = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<FollowUp.UnitStatus> found = new ArrayList<>();
        if (pool != null) {
            for (Assignee assignee : a.assignees()) {
                ExpectedUnits.Expansion expansion = expected.of(assignee, province, communesOf, date);
                for (ExpectedUnit unit : expansion.units()) {
                    String organ = OrganKeys.ofUnit(unit.organ(), province, district);
                    Candidate first = pool.stream()
                            .filter(c -> organ != null && organ.equals(c.issuerKey()))
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

    /** Whether a document's issuer belongs to a class whose members the gazetteer cannot list. */
    static boolean member(@Nullable AssigneeClass group, Candidate c) {
        if (group == null || c.issuerKey() == null) {
            return false;
        }
        String f = c.issuerKey();
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
                out.add(new Candidate(
                        n.key(),
                        n.type(),
                        OrganKeys.ofDocument(n.key(), n.number(), n.issuer()),
                        n.issuer(),
                        n.issuerLevel(),
                        date(n.date())));
            }
            collect(t.children(), out);
        }
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

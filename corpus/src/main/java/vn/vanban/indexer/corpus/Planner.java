package vn.vanban.indexer.corpus;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.Relation;

/**
 * Decides which documents exist: for a campaign and a province, a tree from the provincial plans
 * down to the Party cells, each document dated after its parents and numbered in its issuer's
 * yearly register. Parents are always planned before their children, so any prefix of the plan is
 * a closed corpus.
 */
final class Planner {

    /** The district level was abolished on 1 July 2025; generated documents stay before it. */
    static final LocalDate LAST_DATE = LocalDate.of(2025, 6, 30);

    private final SplittableRandom random;
    private final int count;
    private final Map<Format, Integer> formatWeights;
    private final Organs organs;
    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Set<Integer>> registers = new HashMap<>();
    private final Map<String, Integer> rounds = new HashMap<>();
    private final Map<String, Doc> centralDocs = new HashMap<>();

    Planner(long seed, int count, Map<Format, Integer> formatWeights) {
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.formatWeights = formatWeights;
        this.organs = new Organs(random.split());
    }

    List<Doc> plan() {
        int totalWeight = Campaign.ALL.stream().mapToInt(Campaign::weight).sum();
        while (docs.size() < count) {
            int r = random.nextInt(totalWeight);
            Campaign campaign = Campaign.ALL.getFirst();
            for (Campaign c : Campaign.ALL) {
                if (r < c.weight()) {
                    campaign = c;
                    break;
                }
                r -= c.weight();
            }
            Geography.Province province = Names.pick(random, Geography.PROVINCES);
            String roundKey = campaign.key() + "|" + province.name();
            int round = rounds.merge(roundKey, 1, Integer::sum) - 1;
            LocalDate start = campaign.root().date().plusDays(365L * round + 10 + random.nextInt(80));
            if (start.isAfter(LAST_DATE.minusDays(60))) {
                start = campaign.root().date().plusDays(10 + random.nextInt(40));
            }
            grow(campaign, province, start);
        }
        return List.copyOf(docs);
    }

    private boolean full() {
        return docs.size() >= count;
    }

    private void grow(Campaign campaign, Geography.Province p, LocalDate start) {
        Doc root = campaign.root();
        // Central implementers: one per campaign, before the provinces (not after early 2025, when the
        // central propaganda board was merged).
        Doc central = centralDocs.get(campaign.key());
        if (central == null && root.date().getYear() < 2024) {
            Organ organ = campaign.party()
                    ? organs.centralPropagandaBoard()
                    : campaign.key().equals("06/QĐ-TTg")
                            ? organs.ministry("Bộ Thông tin và Truyền thông", "BTTTT")
                            : organs.ministry("Bộ Công Thương", "BCT");
            central = add(
                    campaign,
                    organ,
                    campaign.party() ? Campaign.HD : Campaign.KH,
                    root.date().plusDays(15 + random.nextInt(40)),
                    List.of(root),
                    Relation.IMPLEMENTS,
                    null);
            if (central == null) {
                return;
            }
            centralDocs.put(campaign.key(), central);
        }
        boolean boards = root.date().getYear() < 2024;
        Doc tu = null;
        Doc btg = null;
        Doc ubt;
        if (campaign.party()) {
            DocumentType type = root.type().code().equals("NQ") && random.nextBoolean() ? Campaign.CTR : Campaign.KH;
            tu = add(campaign, organs.provinceCommittee(p), type, start, List.of(root), Relation.IMPLEMENTS, null);
            if (tu == null) {
                return;
            }
            if (boards && chance(70)) {
                List<Doc> parents =
                        central != null && chance(35) ? List.of(central) : chance(50) ? List.of(root) : List.of(tu);
                btg = add(
                        campaign,
                        organs.provincePropagandaBoard(p),
                        Campaign.HD,
                        later(parents),
                        parents,
                        Relation.IMPLEMENTS,
                        null);
            }
            ubt = null;
            if (chance(70)) {
                List<Doc> parents = chance(60)
                        ? List.of(tu)
                        : root == Campaign.CT_03 && chance(60) ? List.of(root, Campaign.CT_28) : List.of(root);
                ubt = add(
                        campaign,
                        organs.provincePeoplesCommittee(p),
                        Campaign.KH,
                        later(parents),
                        parents,
                        Relation.IMPLEMENTS,
                        null);
            }
            if (chance(15)) {
                add(
                        campaign,
                        organs.provinceCommittee(p),
                        Campaign.BC,
                        tu.date().plusDays(180 + random.nextInt(200)),
                        List.of(tu),
                        Relation.IMPLEMENTS,
                        null);
            }
        } else {
            ubt = add(
                    campaign,
                    organs.provincePeoplesCommittee(p),
                    Campaign.KH,
                    start,
                    List.of(root),
                    Relation.IMPLEMENTS,
                    null);
            if (ubt == null) {
                return;
            }
            if (chance(30)) {
                add(
                        campaign,
                        organs.provincePeoplesCommittee(p),
                        Campaign.CV,
                        later(List.of(ubt)),
                        List.of(ubt),
                        Relation.IMPLEMENTS,
                        null);
            }
        }
        if (ubt != null && chance(35)) {
            Organ department =
                    campaign.key().equals("06/QĐ-TTg") || campaign.key().equals("57-NQ/TW")
                            ? organs.department(p, "Sở Thông tin và Truyền thông", "STTTT")
                            : campaign.topic().startsWith("Cuộc vận động")
                                    ? organs.department(p, "Sở Công Thương", "SCT")
                                    : null;
            if (department != null) {
                add(campaign, department, Campaign.KH, later(List.of(ubt)), List.of(ubt), Relation.IMPLEMENTS, null);
            }
        }
        List<Geography.District> districts = sample(p.districts(), 2 + random.nextInt(3));
        for (Geography.District d : districts) {
            if (full()) {
                return;
            }
            growDistrict(campaign, p, d, tu, btg, ubt, boards);
        }
    }

    private void growDistrict(
            Campaign campaign,
            Geography.Province p,
            Geography.District d,
            @Nullable Doc tu,
            @Nullable Doc btg,
            @Nullable Doc ubt,
            boolean boards) {
        Doc hu = null;
        Doc btgh = null;
        if (tu != null) {
            List<Doc> parents = btg != null && chance(40) ? List.of(btg) : List.of(tu);
            hu = add(
                    campaign,
                    organs.districtCommittee(p, d),
                    Campaign.KH,
                    later(parents),
                    parents,
                    planRelation(),
                    null);
            if (hu != null && boards && chance(25)) {
                List<Doc> bp = btg != null && chance(50) ? List.of(btg) : List.of(hu);
                btgh = add(
                        campaign,
                        organs.districtPropagandaBoard(p, d),
                        Campaign.HD,
                        later(bp),
                        bp,
                        Relation.IMPLEMENTS,
                        null);
            }
            if (hu != null && chance(12)) {
                add(
                        campaign,
                        organs.districtCommittee(p, d),
                        Campaign.BC,
                        // A report on the province's plan comes after that plan too, not only after the
                        // district's own (which may implement the directive directly, before it).
                        later(hu.date(), tu.date()).plusDays(150 + random.nextInt(200)),
                        List.of(tu),
                        Relation.IMPLEMENTS,
                        null);
            }
        }
        Doc ubh = null;
        if (ubt != null || hu != null) {
            List<Doc> parents = hu != null && (ubt == null || chance(55)) ? List.of(hu) : List.of(ubt);
            int r = random.nextInt(100);
            DocumentType type = r < 65 ? Campaign.KH : r < 82 ? Campaign.QD : Campaign.CV;
            Relation relation = type == Campaign.QD ? Relation.BASIS : planRelation();
            ubh = add(campaign, organs.districtPeoplesCommittee(p, d), type, later(parents), parents, relation, btgh);
        }
        if (hu == null && ubh == null) {
            return;
        }
        for (Geography.Commune c : sample(d.communes(), 1 + random.nextInt(3))) {
            if (full()) {
                return;
            }
            Doc du = null;
            if (hu != null) {
                List<Doc> parents = btgh != null && chance(40) ? List.of(btgh) : List.of(hu);
                du = add(
                        campaign,
                        organs.communeCommittee(p, d, c),
                        Campaign.KH,
                        later(parents),
                        parents,
                        planRelation(),
                        null);
            }
            if (ubh != null || du != null) {
                if (chance(campaign.party() ? 50 : 90)) {
                    List<Doc> parents = ubh != null && (du == null || chance(60)) ? List.of(ubh) : List.of(du);
                    int r = random.nextInt(100);
                    DocumentType type = r < 70 ? Campaign.KH : r < 85 ? Campaign.CV : Campaign.BC;
                    add(
                            campaign,
                            organs.communePeoplesCommittee(p, d, c),
                            type,
                            later(parents),
                            parents,
                            type == Campaign.KH ? planRelation() : Relation.IMPLEMENTS,
                            du != null && !parents.contains(du) && chance(30) ? du : null);
                }
            }
            if (du != null) {
                int cells = random.nextInt(3);
                for (int i = 0; i < cells && !full(); i++) {
                    String cell = cellName(c);
                    add(
                            campaign,
                            organs.partyCell(p, d, c, cell),
                            Campaign.KH,
                            later(List.of(du)),
                            List.of(du),
                            Relation.IMPLEMENTS,
                            null);
                }
            }
        }
    }

    private String cellName(Geography.Commune c) {
        int r = random.nextInt(10);
        if (r < 5) {
            String unit = c.kind().equals("xã")
                    ? Names.pick(random, List.of("thôn", "xóm", "ấp"))
                    : Names.pick(random, List.of("khu phố", "tổ dân phố", "khối"));
            return unit + " " + (1 + random.nextInt(12));
        }
        return switch (r) {
            case 5 -> "Trường Tiểu học " + c.name();
            case 6 -> "Trường Trung học cơ sở " + c.name();
            case 7 -> "Trường Mầm non " + c.name();
            case 8 -> "Trạm Y tế " + c.kind() + " " + c.name();
            default -> "Quân sự " + c.kind();
        };
    }

    private Relation planRelation() {
        return chance(18) ? Relation.BASIS : Relation.IMPLEMENTS;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate later(List<Doc> parents) {
        LocalDate latest =
                parents.stream().map(Doc::date).max(LocalDate::compareTo).orElseThrow();
        return latest.plusDays(3 + random.nextInt(45));
    }

    /**
     * Adds a document unless the corpus is full or its date would pass {@link #LAST_DATE}. A plan
     * sometimes also rests on its parent's parent ("Căn cứ Chỉ thị …; Thực hiện Kế hoạch …").
     */
    private @Nullable Doc add(
            Campaign campaign,
            Organ organ,
            DocumentType type,
            LocalDate date,
            List<Doc> planned,
            Relation relation,
            @Nullable Doc sibling) {
        if (full()) {
            return null;
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        if (date.isAfter(LAST_DATE)) {
            return null;
        }
        long seed = random.nextLong();
        SplittableRandom local = new SplittableRandom(seed);
        List<Doc.Parent> parents = new ArrayList<>();
        if (type == Campaign.KH
                && relation == Relation.IMPLEMENTS
                && organ.level() != IssuerLevel.PROVINCE
                && chance(15)) {
            Doc grandparent = planned.getFirst().parents().isEmpty()
                    ? null
                    : planned.getFirst().parents().getFirst().doc();
            if (grandparent != null) {
                parents.add(new Doc.Parent(grandparent, Relation.BASIS, true));
            }
        }
        if (planned.stream()
                .allMatch(p -> p.organ().level().ordinal() >= organ.level().ordinal())) {
            // A plan of the People's Committee carrying out the Party committee's plan of the same level
            // also names the higher document both carry out: "Thực hiện Chỉ thị số 03-CT/TW … và Kế
            // hoạch số 179-KH/TU …". Every document thus has a parent at a higher level.
            Doc higher = higherAncestor(planned.getFirst(), organ.level());
            if (higher != null && parents.stream().noneMatch(x -> x.doc() == higher)) {
                parents.add(new Doc.Parent(
                        higher, relation == Relation.BASIS || chance(30) ? Relation.BASIS : Relation.IMPLEMENTS, true));
            }
        }
        for (Doc p : planned) {
            parents.add(new Doc.Parent(p, relation, true));
        }
        Citer citer = new Citer(organ, local);
        String subject = subject(campaign, organ, type, parents, citer, local, date);
        for (Doc.Mention m : citer.mentions()) {
            if (m.relation() == Relation.IMPLEMENTS && parents.stream().noneMatch(x -> x.doc() == m.target())) {
                parents.add(new Doc.Parent(m.target(), Relation.IMPLEMENTS, false));
            }
        }
        String number = number(organ, type, date);
        int seq = docs.size();
        Doc doc = new Doc(
                seq,
                fileStem(seq, organ, type),
                organ,
                type,
                number,
                date,
                subject,
                List.copyOf(citer.mentions()),
                campaign,
                List.copyOf(parents),
                sibling,
                format(),
                seed);
        docs.add(doc);
        return doc;
    }

    private static @Nullable Doc higherAncestor(Doc from, IssuerLevel level) {
        if (from.organ().level().ordinal() < level.ordinal()) {
            return from;
        }
        for (Doc.Parent p : from.parents()) {
            Doc found = higherAncestor(p.doc(), level);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The trích yếu. Following DOMAIN.md, a citation after "thực hiện" in the subject line is
     * implemented; the caller adds it to the parents.
     */
    private String subject(
            Campaign campaign,
            Organ organ,
            DocumentType type,
            List<Doc.Parent> parents,
            Citer citer,
            SplittableRandom r,
            LocalDate date) {
        Doc root = campaign.root();
        Doc parent = parents.getLast().doc();
        String where = switch (organ.level()) {
            case CENTRAL -> "";
            case PROVINCE -> " trên địa bàn " + (organ.province().city() ? "thành phố" : "tỉnh");
            case DISTRICT -> " trên địa bàn " + organ.district().kind();
            default -> " trên địa bàn " + organ.commune().kind();
        };
        int year = date.getYear();
        return switch (type.code()) {
            case "CV" ->
                switch (r.nextInt(3)) {
                    case 0 -> "V/v triển khai thực hiện " + citer.shortForm(parent, Relation.IMPLEMENTS);
                    case 1 -> "V/v đẩy mạnh thực hiện " + campaign.shortName() + where;
                    default -> "V/v tăng cường triển khai " + campaign.topic() + " năm " + year;
                };
            case "QĐ" ->
                r.nextBoolean()
                        ? "Về việc ban hành Kế hoạch triển khai " + campaign.topic() + where + " năm " + year
                        : "Về việc kiện toàn Ban Chỉ đạo thực hiện " + campaign.topic() + where;
            case "BC" ->
                r.nextBoolean()
                        ? Names.pick(
                                        r,
                                        List.of(
                                                "Kết quả thực hiện ",
                                                "Sơ kết 01 năm thực hiện ",
                                                "Kết quả sơ kết việc thực hiện "))
                                + citer.withIssuer(root, Relation.IMPLEMENTS)
                        : "Kết quả triển khai " + campaign.topic() + " năm " + year;
            case "CTr" -> "Hành động thực hiện " + citer.full(root, Relation.IMPLEMENTS, true);
            default ->
                switch (r.nextInt(organ.level() == IssuerLevel.PROVINCE ? 3 : 6)) {
                    case 0 ->
                        Names.pick(
                                        r,
                                        List.of(
                                                "Tuyên truyền, triển khai thực hiện ",
                                                "Triển khai thực hiện ",
                                                "Đẩy mạnh tuyên truyền, triển khai thực hiện "))
                                + citer.full(root, Relation.IMPLEMENTS, true);
                    case 1 -> "Triển khai thực hiện " + citer.withoutDate(root, Relation.IMPLEMENTS);
                    case 2 -> "Thực hiện " + campaign.topic() + " năm " + year;
                    case 3 -> "Đẩy mạnh tuyên truyền " + campaign.topic() + where;
                    case 4 -> "Thực hiện " + citer.withIssuer(parent, Relation.IMPLEMENTS);
                    default -> "Tổ chức thực hiện " + campaign.topic() + " giai đoạn " + year + " - " + (year + 2);
                };
        };
    }

    private String number(Organ organ, DocumentType type, LocalDate date) {
        Set<Integer> used = registers.computeIfAbsent(organ.name() + "|" + date.getYear(), k -> new HashSet<>());
        double rate = switch (organ.level()) {
            case CENTRAL, PROVINCE -> type == Campaign.CV ? 12.0 : 0.6;
            case DISTRICT -> type == Campaign.CV ? 4.0 : 0.35;
            case COMMUNE -> type == Campaign.CV ? 1.0 : 0.15;
            case GRASSROOTS -> 0.04;
        };
        int n = (int) Math.max(1, Math.round(date.getDayOfYear() * rate * (0.7 + 0.6 * random.nextDouble())));
        while (!used.add(n)) {
            n++;
        }
        // Party Central Office rules: "Số 05-KH/CB" numbers below 10 are often written with a zero.
        String printed = n < 10 && random.nextBoolean() ? "0" + n : Integer.toString(n);
        if (organ.party()) {
            return printed + "-" + type.code() + "/" + organ.suffix();
        }
        if (type == Campaign.CV) {
            // Decree 30/2020/NĐ-CP, Appendix I: an official letter has no type, the drafting unit instead.
            String unit = organ.kind() == Organ.Kind.PEOPLES_COMMITTEE
                    ? Names.pick(
                            random,
                            organ.level() == IssuerLevel.PROVINCE
                                    ? List.of("KGVX", "KT", "VX")
                                    : List.of("VX", "VP", "KT"))
                    : "VP";
            return printed + "/" + organ.suffix() + "-" + unit;
        }
        return printed + "/" + type.code() + "-" + organ.suffix();
    }

    private Format format() {
        int total = formatWeights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<Format, Integer> e : formatWeights.entrySet()) {
            if (r < e.getValue()) {
                return e.getKey();
            }
            r -= e.getValue();
        }
        throw new IllegalStateException("no format");
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> List<T> sample(List<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(n, items.size())) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return List.copyOf(chosen);
    }

    private static String fileStem(int seq, Organ organ, DocumentType type) {
        String where = organ.commune() != null
                ? organ.commune().name()
                : organ.district() != null
                        ? organ.district().name()
                        : organ.province() != null ? organ.province().name() : "trung-uong";
        return String.format(
                Locale.ROOT, "%05d_%s-%s_%s", seq, ascii(type.code()), ascii(organ.suffix()), ascii(where));
    }

    static String ascii(String s) {
        String folded = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

package vn.vanban.indexer.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.Relation;

/**
 * Pairs of plans for measuring the comparison (issue #9): an upper plan of the demo corpus and a lower
 * plan implementing it whose body is derived from the upper one with known edits, the truth written
 * beside it. The lower plan keeps its own header, opening and signature (composed as in the corpus);
 * its sections are the upper plan's with:
 *
 * <ul>
 *   <li>points carried word for word, or with light rewording (CARRIED), the upper plan's locality
 *       replaced by the lower one's, as a lower plan does;
 *   <li>points changed (CHANGED): a year or number replaced, or the end of the point replaced by
 *       another scope;
 *   <li>points dropped (MISSING), points added (ADDED), points moved to another place or section;
 *   <li>section headings reworded, a section dropped (the others renumbered), two sections merged, now
 *       and then two sections printed with the same number (as in the Cẩm Phả seed).
 * </ul>
 */
public final class PlanPairs {

    /** What a reference point became in the lower plan. */
    public enum Fate {
        CARRIED,
        CHANGED,
        MISSING
    }

    /** A reference point: its text (without its numbering), its fate and its text in the lower plan. */
    public record TruePoint(
            String text, Fate fate, @Nullable String match) {}

    /** A reference section's heading and the heading of the lower section it went to (null: dropped). */
    public record TrueSection(String heading, @Nullable String match) {}

    /**
     * One generated pair.
     *
     * @param levels "PROVINCE→DISTRICT"
     * @param sides "PARTY→STATE"
     */
    public record Pair(
            String id,
            String levels,
            String sides,
            String upperText,
            String lowerText,
            List<TrueSection> sections,
            List<TruePoint> points,
            List<String> added) {}

    private static final Set<String> PLAN_TYPES = Set.of("KH", "HD", "CTr");
    private static final Pattern LABEL = Pattern.compile("^(\\d{1,2}\\.|[a-z]\\)|-)\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\.$");
    private static final Pattern LETTERED = Pattern.compile("^[a-z]\\)$");
    private static final Pattern YEAR_OR_COUNT = Pattern.compile("\\b(20\\d\\d|0?\\d{1,2}(?= lần))\\b");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private static final Map<String, List<String>> HEADING_VARIANTS = Map.of(
            "MỤC ĐÍCH, YÊU CẦU", List.of("MỤC ĐÍCH - YÊU CẦU", "MỤC ĐÍCH VÀ YÊU CẦU"),
            "MỤC ĐÍCH - YÊU CẦU", List.of("MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH VÀ YÊU CẦU"),
            "MỤC TIÊU", List.of("MỤC ĐÍCH, MỤC TIÊU", "MỤC TIÊU CỤ THỂ"),
            "NỘI DUNG", List.of("NỘI DUNG TRỌNG TÂM", "NỘI DUNG THỰC HIỆN", "NHIỆM VỤ, GIẢI PHÁP"),
            "NỘI DUNG TUYÊN TRUYỀN", List.of("NỘI DUNG", "NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM"),
            "NHIỆM VỤ VÀ GIẢI PHÁP", List.of("NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
            "NỘI DUNG, NHIỆM VỤ", List.of("NHIỆM VỤ TRỌNG TÂM", "NỘI DUNG VÀ NHIỆM VỤ"),
            "HÌNH THỨC TUYÊN TRUYỀN", List.of("HÌNH THỨC", "HÌNH THỨC, PHƯƠNG THỨC TUYÊN TRUYỀN"),
            "HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN", List.of("HÌNH THỨC VÀ THỜI GIAN", "HÌNH THỨC TUYÊN TRUYỀN"),
            "TỔ CHỨC THỰC HIỆN", List.of("TRÁCH NHIỆM THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"));

    // Light rewording a lower plan applies to a carried point: same substance.
    private static final List<String[]> REWORDING = List.of(
            new String[] {"Tuyên truyền", "Đẩy mạnh tuyên truyền"},
            new String[] {"tăng cường", "đẩy mạnh"},
            new String[] {"Tăng cường", "Đẩy mạnh"},
            new String[] {"kịp thời", "thường xuyên, kịp thời"},
            new String[] {"nhất là", "đặc biệt là"},
            new String[] {"Nâng cao", "Tiếp tục nâng cao"},
            new String[] {"Tổ chức", "Tích cực tổ chức"},
            new String[] {"cán bộ, đảng viên", "cán bộ, đảng viên, người lao động"},
            new String[] {"hiệu quả", "thiết thực, hiệu quả"},
            new String[] {"phối hợp", "phối hợp chặt chẽ"},
            new String[] {"Vận động", "Tích cực vận động"},
            new String[] {"xây dựng", "xây dựng, hoàn thiện"},
            new String[] {" các ", " "});

    // Another scope for the end of a changed point.
    private static final List<String> SCOPES = List.of(
            "trong phạm vi các cơ quan hành chính, đơn vị sự nghiệp công lập trực thuộc.",
            "đối với các hộ kinh doanh cá thể, tiểu thương tại các chợ trên địa bàn.",
            "tập trung vào các khu dân cư, khu công nghiệp và các trường học.",
            "chỉ áp dụng đối với các doanh nghiệp có vốn nhà nước chi phối.",
            "ưu tiên các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.",
            "giao cho lực lượng đoàn viên thanh niên làm nòng cốt, hoàn thành trong quý IV.");

    // Points a lower plan adds of its own.
    private static final List<String> LOCAL_POINTS = List.of(
            "Phát động phong trào thi đua trong các trường học, gắn với Tháng hành động vì an toàn thực phẩm.",
            "Tổ chức hội chợ nông sản, sản phẩm làng nghề truyền thống vào dịp Tết Nguyên đán.",
            "Xây dựng chuyên mục riêng trên trang thông tin điện tử, cập nhật tin, bài ít nhất 02 lần mỗi tháng.",
            "Bố trí kinh phí từ nguồn ngân sách địa phương để in ấn tài liệu, pano, áp phích.",
            "Giao chỉ tiêu cụ thể cho từng thôn, tổ dân phố và đưa vào tiêu chí bình xét gia đình văn hóa.",
            "Khảo sát nhu cầu của các hộ sản xuất nhỏ lẻ, hỗ trợ đăng ký nhãn hiệu tập thể cho sản phẩm đặc sản.",
            "Lựa chọn 01 mô hình điểm ở mỗi cụm dân cư để rút kinh nghiệm trước khi nhân rộng.",
            "Tập huấn nghiệp vụ cho đội ngũ báo cáo viên, tuyên truyền viên cơ sở trong quý III.",
            "Phối hợp với lực lượng quản lý thị trường kiểm tra các cửa hàng tạp hóa, chợ đầu mối.",
            "Đưa kết quả thực hiện vào tiêu chí đánh giá, xếp loại tổ chức cơ sở đảng và đảng viên cuối năm.",
            "Vận động các nhà hàng, khách sạn, cơ sở lưu trú sử dụng nguyên liệu, đặc sản của địa phương.",
            "Thành lập tổ công tác liên ngành theo dõi giá cả, nguồn cung hàng hóa thiết yếu.");

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private PlanPairs() {}

    /** {@code count} pairs of the corpus of {@code seed}, in plan order; the same seed gives the same pairs. */
    public static List<Pair> generate(int count, long seed) {
        List<Pair> pairs = new ArrayList<>();
        int corpus = Math.max(200, count * 6);
        while (pairs.size() < count) {
            pairs.clear();
            List<Doc> docs = new Planner(seed, corpus, CorpusGenerator.weights(Set.of(Format.TXT))).plan();
            for (Doc child : docs) {
                if (pairs.size() == count) {
                    break;
                }
                if (!PLAN_TYPES.contains(child.type().code())) {
                    continue;
                }
                Doc parent = planParent(child);
                if (parent != null) {
                    pairs.add(derive(parent, Composer.compose(parent).layout(), child)
                            .pair());
                }
            }
            corpus *= 2;
        }
        return List.copyOf(pairs);
    }

    /** Writes {@code <id>.upper.txt}, {@code <id>.lower.txt} and {@code <id>.truth.json} for each pair. */
    public static void write(Path out, List<Pair> pairs) throws IOException {
        Files.createDirectories(out);
        for (Pair p : pairs) {
            Files.writeString(out.resolve(p.id() + ".upper.txt"), p.upperText(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(p.id() + ".lower.txt"), p.lowerText(), StandardCharsets.UTF_8);
            Map<String, Object> truth = new LinkedHashMap<>();
            truth.put("upper", p.id() + ".upper.txt");
            truth.put("lower", p.id() + ".lower.txt");
            truth.put("levels", p.levels());
            truth.put("sides", p.sides());
            truth.put("sections", p.sections());
            truth.put("points", p.points());
            truth.put("added", p.added());
            Files.writeString(
                    out.resolve(p.id() + ".truth.json"), JSON.writeValueAsString(truth), StandardCharsets.UTF_8);
        }
    }

    /** A point of the lower plan being built: its label style, text, and the reference point it comes from. */
    private static final class Item {
        String label;
        final String text;
        final Layout.Style style;
        final int from; // index of the reference point, -1 for an added point

        Item(String label, String text, Layout.Style style, int from) {
            this.label = label;
            this.text = text;
            this.style = style;
            this.from = from;
        }
    }

    private static final class Sec {
        final List<Integer> from = new ArrayList<>();
        String heading;
        final List<Item> items = new ArrayList<>();

        Sec(int from, String heading) {
            this.from.add(from);
            this.heading = heading;
        }
    }

    /**
     * Three plans of one chain: a central document, a provincial plan derived from it, and a district
     * plan derived from that provincial plan (each with its truth against the one above).
     */
    public record Chain(Pair upper, Pair lower) {}

    /** The first chain central → province → district of the corpus of {@code seed}. */
    public static Chain chain(long seed) {
        List<Doc> docs = new Planner(seed, 3000, CorpusGenerator.weights(Set.of(Format.TXT))).plan();
        for (Doc district : docs) {
            if (!PLAN_TYPES.contains(district.type().code()) || district.organ().level() != IssuerLevel.DISTRICT) {
                continue;
            }
            Doc province = planParent(district);
            Doc central = province == null ? null : planParent(province);
            if (province != null
                    && central != null
                    && province.organ().level() == IssuerLevel.PROVINCE
                    && central.organ().level() == IssuerLevel.CENTRAL) {
                Derived first = derive(central, Composer.compose(central).layout(), province);
                Derived second = derive(province, first.lower(), district);
                return new Chain(first.pair(), second.pair());
            }
        }
        throw new IllegalStateException("no central → province → district chain in the corpus of seed " + seed);
    }

    private static @Nullable Doc planParent(Doc doc) {
        for (Doc.Parent p : doc.parents()) {
            if (p.relation() == Relation.IMPLEMENTS
                    && !p.doc().real()
                    && PLAN_TYPES.contains(p.doc().type().code())) {
                return p.doc();
            }
        }
        return null;
    }

    private record Derived(Pair pair, Layout lower) {}

    private static Derived derive(Doc upper, Layout up, Doc lower) {
        SplittableRandom random = new SplittableRandom(lower.seed() ^ 0x9E3779B97F4A7C15L);
        Layout own = Composer.compose(lower).layout();
        String fromPlace = Composer.locality(upper.organ());
        String toPlace = Composer.locality(lower.organ());

        // The upper plan's sections and points, as the truth lists them.
        List<String> headings = new ArrayList<>();
        List<List<Layout.Block>> blocks = new ArrayList<>();
        for (Layout.Block b : up.body()) {
            if (b.style() == Layout.Style.HEADING) {
                headings.add(b.text().substring(b.text().indexOf(". ") + 2));
                blocks.add(new ArrayList<>());
            } else if (!blocks.isEmpty()) {
                blocks.getLast().add(b);
            }
        }
        List<String> refTexts = new ArrayList<>();
        List<Fate> fates = new ArrayList<>();
        List<@Nullable String> matches = new ArrayList<>();
        List<Sec> secs = new ArrayList<>();
        int dropSection =
                headings.size() > 2 && random.nextInt(100) < 12 ? 1 + random.nextInt(headings.size() - 1) : -1;
        for (int s = 0; s < headings.size(); s++) {
            Sec sec = new Sec(s, variant(headings.get(s), random));
            for (Layout.Block b : blocks.get(s)) {
                Matcher m = LABEL.matcher(b.text());
                String label = m.matches() ? m.group(1) : "";
                String text = m.matches() ? m.group(2) : b.text();
                int index = refTexts.size();
                refTexts.add(text);
                String carried = text.replace(fromPlace, toPlace);
                if (s == dropSection) {
                    fates.add(Fate.MISSING);
                    matches.add(null);
                    continue;
                }
                int r = random.nextInt(100);
                Fate fate;
                String becomes;
                if (b.style() == Layout.Style.SUBHEADING || r >= 40) {
                    fate = Fate.CARRIED;
                    becomes = carried;
                } else if (r < 12) {
                    fate = Fate.MISSING;
                    becomes = null;
                } else if (r < 24) {
                    fate = Fate.CHANGED;
                    becomes = change(carried, random);
                } else {
                    fate = Fate.CARRIED;
                    becomes = reword(carried, random);
                }
                fates.add(fate);
                matches.add(becomes);
                if (becomes != null) {
                    sec.items.add(new Item(label, becomes, b.style(), index));
                }
            }
            if (s != dropSection) {
                secs.add(sec);
            }
        }
        // Two adjacent sections merged under one heading.
        if (secs.size() > 2 && random.nextInt(100) < 15) {
            int k = random.nextInt(secs.size() - 1);
            Sec a = secs.get(k);
            Sec b = secs.remove(k + 1);
            a.heading = a.heading + " VÀ " + b.heading;
            a.from.addAll(b.from);
            a.items.addAll(b.items);
        }
        // Points moved to another place, in the same section or another one. An unnumbered paragraph stays:
        // moved under a heading-only point it would read as that point's text.
        List<Item> moving = new ArrayList<>();
        for (Sec sec : secs) {
            sec.items.removeIf(item -> {
                boolean move = !item.label.isEmpty() && item.style == Layout.Style.PARAGRAPH && random.nextInt(100) < 8;
                if (move) {
                    moving.add(item);
                }
                return move;
            });
        }
        for (Item item : moving) {
            Sec to = secs.get(random.nextInt(secs.size()));
            to.items.add(random.nextInt(to.items.size() + 1), item);
        }
        // Points of the lower plan's own.
        List<String> pool = new ArrayList<>(LOCAL_POINTS);
        List<String> added = new ArrayList<>();
        for (Sec sec : secs) {
            if (random.nextInt(100) < 35 && !pool.isEmpty()) {
                String text = pool.remove(random.nextInt(pool.size()));
                String label = sec.items.stream()
                        .filter(i -> i.style == Layout.Style.PARAGRAPH && !i.label.isEmpty())
                        .map(i -> i.label)
                        .findFirst()
                        .orElse("-");
                sec.items.add(random.nextInt(sec.items.size() + 1), new Item(label, text, Layout.Style.PARAGRAPH, -1));
                added.add(text);
            }
        }
        // The lower body: its own opening, then the derived sections renumbered.
        List<Layout.Block> body = new ArrayList<>();
        for (Layout.Block b : own.body()) {
            if (b.style() == Layout.Style.HEADING) {
                break;
            }
            body.add(b);
        }
        List<@Nullable String> sectionMatch = new ArrayList<>();
        for (int s = 0; s < headings.size(); s++) {
            sectionMatch.add(null);
        }
        int numeral = 0;
        for (Sec sec : secs) {
            if (numeral > 0 && random.nextInt(100) < 5) {
                numeral--; // two sections printed with the same number
            }
            body.add(new Layout.Block(Layout.Style.HEADING, ROMAN[numeral++] + ". " + sec.heading));
            for (int from : sec.from) {
                sectionMatch.set(from, sec.heading);
            }
            int number = 0;
            int letter = 0;
            for (Item item : sec.items) {
                String label = item.label;
                if (NUMBERED.matcher(label).matches()) {
                    label = ++number + ".";
                } else if (LETTERED.matcher(label).matches()) {
                    label = (char) ('a' + letter++) + ")";
                }
                body.add(new Layout.Block(item.style, label.isEmpty() ? item.text : label + " " + item.text));
            }
        }
        Layout derived = new Layout(
                own.left(),
                own.numberLine(),
                own.letterSubject(),
                own.motto(),
                own.dateLine(),
                own.title(),
                own.subject(),
                body,
                own.signature(),
                own.recipients());
        List<TrueSection> sections = new ArrayList<>();
        for (int s = 0; s < headings.size(); s++) {
            sections.add(new TrueSection(headings.get(s), sectionMatch.get(s)));
        }
        List<TruePoint> points = new ArrayList<>();
        for (int i = 0; i < refTexts.size(); i++) {
            points.add(new TruePoint(refTexts.get(i), fates.get(i), matches.get(i)));
        }
        Pair pair = new Pair(
                lower.id(),
                upper.organ().level() + "→" + lower.organ().level(),
                upper.organ().side() + "→" + lower.organ().side(),
                TxtWriter.write(up, upper.seed()),
                TxtWriter.write(derived, lower.seed()),
                sections,
                points,
                added);
        return new Derived(pair, derived);
    }

    private static String variant(String heading, SplittableRandom random) {
        List<String> variants = HEADING_VARIANTS.get(heading);
        return variants != null && random.nextInt(100) < 35 ? Names.pick(random, variants) : heading;
    }

    private static String reword(String text, SplittableRandom random) {
        String out = text;
        int applied = 0;
        int wanted = 1 + random.nextInt(2);
        int start = random.nextInt(REWORDING.size());
        for (int k = 0; k < REWORDING.size() && applied < wanted; k++) {
            String[] r = REWORDING.get((start + k) % REWORDING.size());
            int at = out.indexOf(r[0]);
            if (at >= 0) {
                out = out.substring(0, at) + r[1] + out.substring(at + r[0].length());
                applied++;
            }
        }
        return applied > 0 ? out : "Tiếp tục " + Character.toLowerCase(out.charAt(0)) + out.substring(1);
    }

    /**
     * A change of substance: a year or count replaced, or the last quarter to two fifths of the point
     * replaced by another scope.
     */
    private static String change(String text, SplittableRandom random) {
        Matcher m = YEAR_OR_COUNT.matcher(text);
        if (m.find() && random.nextBoolean()) {
            int value = Integer.parseInt(m.group(1));
            String replaced = m.group(1).length() == 2 && m.group(1).startsWith("0")
                    ? String.format("%02d", value + 1)
                    : Integer.toString(value + 1);
            return text.substring(0, m.start(1)) + replaced + text.substring(m.end(1));
        }
        String[] words = text.split(" ");
        int keep = Math.max(3, (int) Math.round(words.length * (0.6 + random.nextDouble() * 0.15)));
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(keep, words.length)));
        head = head.replaceAll("[.,;:]$", "");
        return head + " " + Names.pick(random, SCOPES);
    }
}

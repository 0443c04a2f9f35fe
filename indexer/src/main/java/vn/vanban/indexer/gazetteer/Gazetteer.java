package vn.vanban.indexer.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;

/**
 * The administrative units of {@code units.json} (provinces, districts) and {@code communes.json}
 * (the communes of each district on 30 June 2025), and the lookups the parser needs. Immutable and
 * thread-safe; {@link #standard()} loads the bundled file once.
 *
 * <p>District names repeat across provinces (Châu Thành exists in many): a district resolves to a
 * province only when it is unique or the context names the province — never by a silent guess.
 */
public final class Gazetteer {

    /** Resolution 202/2025/QH15: the 34 provinces and the end of the district level take effect on this day. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    private static final String RESOURCE = "/vn/vanban/indexer/gazetteer/units.json";

    /** Derived from an npm package by {@code scripts/gazetteer-communes.py}; the file names its source. */
    private static final String COMMUNES = "/vn/vanban/indexer/gazetteer/communes.json";

    /**
     * A unit word followed by a capitalised name: "tỉnh Quảng Ninh", "thành phố Cẩm Phả", "xã Đoàn Kết";
     * a name may end in a numeral ("xã Sơn Kim 1", "xã Sơn Kim 2" of Hương Sơn are two communes), but
     * not in a date ("xã Đoàn Kết 12/3").
     */
    private static final Pattern UNIT_NAME =
            Pattern.compile("(?iuU)\\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+"
                    + "((?-i:\\p{Lu}[\\p{L}\\d'’]*|\\d+\\b)(?:[ \\t]+(?-i:\\p{Lu}[\\p{L}\\d'’]*)){0,4}"
                    + "(?:[ \\t]+\\d{1,2}(?!\\d|[/.\\-]\\d))?)");

    /** A committee named after its unit: "Tỉnh ủy An Giang", "Thành ủy Cẩm Phả", "Huyện ủy Vân Đồn". */
    private static final Pattern COMMITTEE_NAME = Pattern.compile(
            "(?u)(Tỉnh|Thành|Huyện|Quận|Thị) ủy\\s+((?:\\p{Lu}[\\p{L}\\d]*)(?:[ \\t]+\\p{Lu}[\\p{L}\\d]*){0,4})");

    private final Map<String, Unit> oldProvinces = new HashMap<>();
    private final Map<String, Unit> newProvinces = new HashMap<>();
    private final Map<String, List<Unit>> districtsByName = new HashMap<>();
    private final Map<String, List<Unit>> districtsByProvince = new HashMap<>();
    /** Keyed by province and district key: district names repeat across provinces. */
    private final Map<String, List<Commune>> communesByDistrict = new HashMap<>();
    /** Keyed by kind and name ("thị trấn/thọ xuân"): commune names repeat across districts too. */
    private final Map<String, List<Commune>> communesByName = new HashMap<>();

    private final int communeCount;

    private static volatile @Nullable Gazetteer standard;

    Gazetteer(JsonNode root) {
        this(root, null);
    }

    /**
     * @param communes {@code {"communes": {province: {district: [[code, kind, name], …]}}}}, or null
     *     for a gazetteer without communes
     */
    Gazetteer(JsonNode root, @Nullable JsonNode communes) {
        for (JsonNode p : root.path("provincesBefore2025")) {
            String name = p.path("name").asText();
            oldProvinces.put(key(name), new Unit(name, p.path("kind").asText("tỉnh"), null, List.of()));
            for (JsonNode d : p.path("districts")) {
                Unit district = new Unit(d.path("name").asText(), d.path("kind").asText(), name, List.of());
                districtsByName
                        .computeIfAbsent(key(district.name()), k -> new ArrayList<>())
                        .add(district);
                districtsByProvince
                        .computeIfAbsent(key(name), k -> new ArrayList<>())
                        .add(district);
            }
        }
        for (JsonNode p : root.path("provincesFrom2025")) {
            List<String> merged = new ArrayList<>();
            p.path("mergedFrom").forEach(m -> merged.add(m.asText()));
            String name = p.path("name").asText();
            newProvinces.put(key(name), new Unit(name, p.path("kind").asText("tỉnh"), null, merged));
        }
        int count = 0;
        if (communes != null) {
            for (Map.Entry<String, JsonNode> p : communes.path("communes").properties()) {
                for (Map.Entry<String, JsonNode> d : p.getValue().properties()) {
                    List<Commune> list = new ArrayList<>(d.getValue().size());
                    for (JsonNode c : d.getValue()) {
                        // Three kinds for 10 000 communes: one String each, not one per commune.
                        String kind = c.get(1).asText().intern();
                        list.add(new Commune(c.get(0).asText(), c.get(2).asText(), kind, d.getKey(), p.getKey()));
                    }
                    communesByDistrict.put(districtKey(p.getKey(), d.getKey()), List.copyOf(list));
                    for (Commune c : list) {
                        communesByName
                                .computeIfAbsent(communeKey(c.kind(), c.name()), k -> new ArrayList<>(1))
                                .add(c);
                    }
                    count += list.size();
                }
            }
        }
        communeCount = count;
    }

    /** The bundled gazetteer. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = load();
                    standard = g;
                }
            }
        }
        return g;
    }

    static Gazetteer load() {
        return new Gazetteer(read(RESOURCE), read(COMMUNES));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }

    /** The province of this name as it existed on {@code date} (old 63 before the reform, new 34 after). */
    public Optional<Unit> province(String name, @Nullable LocalDate date) {
        String k = key(stripKind(name));
        if (date != null && !date.isBefore(REFORM_DATE)) {
            Unit direct = newProvinces.get(k);
            if (direct != null) {
                return Optional.of(direct);
            }
            return newProvinces.values().stream()
                    .filter(p -> p.mergedFrom().stream().anyMatch(m -> key(m).equals(k)))
                    .findFirst();
        }
        return Optional.ofNullable(oldProvinces.get(k));
    }

    /** True for a centrally-run city ("thành phố trực thuộc trung ương"): its Thành ủy is provincial. */
    public boolean isProvinceLevelCity(String name) {
        Unit p = oldProvinces.get(key(stripKind(name)));
        Unit q = newProvinces.get(key(stripKind(name)));
        return (p != null && p.kind().equals("thành phố"))
                || (q != null && q.kind().equals("thành phố"));
    }

    /**
     * The districts of a province before the reform, in the order of the gazetteer; empty for an
     * unknown name (the district level ends on {@link #REFORM_DATE}).
     */
    public List<Unit> districtsOf(String province) {
        return List.copyOf(districtsByProvince.getOrDefault(key(stripKind(province)), List.of()));
    }

    /**
     * The communes of a district on the last day of the district level (30 June 2025), in the order
     * of their codes; empty for an unknown district, or one the source lists no commune for (island
     * districts without communes: Côn Đảo, Bạch Long Vĩ, Lý Sơn, Cồn Cỏ, Hoàng Sa).
     *
     * @param province the district's province before the reform ("Quảng Ninh", "tỉnh Quảng Ninh")
     * @param district the district ("Vân Đồn", "huyện Vân Đồn")
     */
    public List<Commune> communesOf(String province, String district) {
        return communesByDistrict.getOrDefault(districtKey(stripKind(province), stripKind(district)), List.of());
    }

    /**
     * The one commune of this kind and name in the whole country, if there is only one: a township
     * printed without its district ("ỦY BAN NHÂN DÂN / THỊ TRẤN THỌ XUÂN") is still placed, since no
     * other thị trấn is called so (the xã Thọ Xuân of Đan Phượng is another kind). Empty when the name
     * is unknown or repeats (xã Bình Hòa exists in many districts): never a guess.
     */
    public Optional<Commune> onlyCommuneNamed(String kind, String name) {
        List<Commune> found = communesByName.getOrDefault(communeKey(kind, name), List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String communeKey(String kind, String name) {
        return key(kind) + "/" + key(name);
    }

    /** How many communes the gazetteer holds. */
    public int communeCount() {
        return communeCount;
    }

    /** Every district (before the reform) of this name, in every province. */
    public List<Unit> districtsNamed(String name) {
        return List.copyOf(districtsByName.getOrDefault(key(stripKind(name)), List.of()));
    }

    /**
     * Places an issuer from the names printed in its header and date line.
     *
     * @param texts the issuer, its parent organ, and similar (most specific first)
     * @param place the place in the date line, or null
     * @param date the document's date (decides old or new provinces), or null
     */
    public Locality locate(List<String> texts, @Nullable String place, @Nullable LocalDate date) {
        String province = null;
        String district = null;
        String commune = null;
        List<String> districtCandidates = new ArrayList<>();
        for (String raw : texts) {
            // Names of organs are short; a longer text is not an organ name and is not scanned whole.
            String text = VietnameseText.normalize(raw.length() > 300 ? raw.substring(0, 300) : raw);
            Matcher m = UNIT_NAME.matcher(text);
            while (m.find()) {
                String kind = m.group(1).toLowerCase(Locale.ROOT);
                String name = trimName(m.group(2));
                switch (kind) {
                    case "tỉnh" -> {
                        String known = knownProvinceSuffix(name);
                        province = province == null ? known : province;
                    }
                    case "thành phố" -> {
                        if (isProvinceLevelCity(name)) {
                            province = province == null ? name : province;
                        } else {
                            districtCandidates.add(name);
                        }
                    }
                    case "huyện", "quận", "thị xã" -> districtCandidates.add(name);
                    default -> commune = commune == null ? name : commune;
                }
            }
            Matcher c = COMMITTEE_NAME.matcher(text);
            while (c.find()) {
                String name = trimName(c.group(2));
                if (c.group(1).equals("Tỉnh")
                        || isProvinceLevelCity(name) && c.group(1).equals("Thành")) {
                    province = province == null ? name : province;
                } else {
                    districtCandidates.add(name);
                }
            }
        }
        if (place != null && !place.isBlank()) {
            String p = stripKind(place);
            if (oldProvinces.containsKey(key(p)) || newProvinces.containsKey(key(p))) {
                if (province == null && districtCandidates.isEmpty() && commune == null) {
                    province = p;
                }
            } else if (!districtsNamed(p).isEmpty()
                    && province == null
                    && (commune == null || !key(p).equals(key(commune)))) {
                // A commune's place is its own name, even when a district elsewhere bears it (xã Kiến An
                // of Chợ Mới, quận Kiến An of Hải Phòng).
                // The place of a provincial issuer is often the provincial capital ("Hạ Long"): only
                // without a province named does the place stand for the issuer's district.
                districtCandidates.add(p);
            }
        }
        for (String candidate : districtCandidates) {
            List<Unit> found = districtsNamed(candidate);
            final String hint = province;
            List<Unit> fitting = hint == null
                    ? found
                    : found.stream()
                            .filter(u -> key(u.province()).equals(key(hint)))
                            .toList();
            if (fitting.size() == 1) {
                district = fitting.get(0).name();
                province = fitting.get(0).province();
                break;
            }
            if (district == null && (found.isEmpty() || fitting.size() > 1)) {
                // Printed, though not in the gazetteer, or a name several provinces have (huyện Châu
                // Thành): keep what the document says; which province stays unknown.
                district = candidate;
            }
        }
        if (province != null && date != null && !date.isBefore(REFORM_DATE)) {
            province = province(province, date).map(Unit::name).orElse(province);
            district = null; // the district level no longer exists on this date
        }
        return new Locality(province, district, commune);
    }

    /**
     * The province a "tỉnh …" names, tolerating capitalised words before it ("Tỉnh Đoàn Quảng Ninh"
     * read case-insensitively): the longest ending of the name that is a province; null if none.
     */
    private @Nullable String knownProvinceSuffix(String name) {
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (oldProvinces.containsKey(key(candidate)) || newProvinces.containsKey(key(candidate))) {
                return candidate;
            }
        }
        return oldProvinces.isEmpty() ? name : null;
    }

    private static String trimName(String name) {
        return name.strip();
    }

    private static String stripKind(String name) {
        String s = VietnameseText.normalize(name).strip();
        for (String kind : List.of("thành phố ", "tỉnh ", "huyện ", "quận ", "thị xã ", "TP. ", "TP ")) {
            if (s.regionMatches(true, 0, kind, 0, kind.length())) {
                return s.substring(kind.length()).strip();
            }
        }
        return s;
    }

    private static String districtKey(String province, String district) {
        return key(province) + "/" + key(district);
    }

    static String key(@Nullable String name) {
        return name == null ? "" : VietnameseText.normalize(name).strip().toLowerCase(Locale.ROOT);
    }
}

package vn.vanban.indexer.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Checks the gazetteer resource itself (names of provinces and district-level units before and
 * after the 2025 reorganisation), read as plain JSON so the data is proven independently of the
 * loader that serves lookups from it.
 */
class GazetteerDataTest {

    private static final String RESOURCE = "/vn/vanban/indexer/gazetteer/units.json";

    // Law on Organisation of Local Government 2015, Art. 2: a district-level unit is a quận, huyện,
    // thị xã, thành phố thuộc tỉnh or thành phố thuộc thành phố trực thuộc trung ương.
    private static final Set<String> DISTRICT_KINDS = Set.of("quận", "huyện", "thị xã", "thành phố");
    private static final Set<String> PROVINCE_KINDS = Set.of("tỉnh", "thành phố");

    private static JsonNode root;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = GazetteerDataTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("resource %s", RESOURCE).isNotNull();
            root = new ObjectMapper().readTree(in);
        }
    }

    private static List<JsonNode> oldProvinces() {
        List<JsonNode> list = new ArrayList<>();
        root.get("provincesBefore2025").forEach(list::add);
        return list;
    }

    private static List<JsonNode> newProvinces() {
        List<JsonNode> list = new ArrayList<>();
        root.get("provincesFrom2025").forEach(list::add);
        return list;
    }

    private static JsonNode oldProvince(String name) {
        return oldProvinces().stream()
                .filter(p -> p.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no old province " + name));
    }

    private static List<String> districtNames(JsonNode province) {
        List<String> names = new ArrayList<>();
        province.get("districts").forEach(d -> names.add(d.get("name").asText()));
        return names;
    }

    private static String kindOf(JsonNode province, String district) {
        for (JsonNode d : province.get("districts")) {
            if (d.get("name").asText().equals(district)) {
                return d.get("kind").asText();
            }
        }
        throw new AssertionError("no district " + district + " in " + province.get("name"));
    }

    @Test
    void there_were_63_provinces_before_the_merger_and_34_after_it() {
        // Resolution 202/2025/QH15: 63 provincial units became 34 (28 tỉnh, 6 thành phố).
        assertThat(oldProvinces()).hasSize(63);
        assertThat(newProvinces()).hasSize(34);
        assertThat(newProvinces().stream().filter(p -> p.get("kind").asText().equals("thành phố")))
                .hasSize(6);
        assertThat(oldProvinces().stream().map(p -> p.get("name").asText()).distinct())
                .hasSize(63);
        assertThat(newProvinces().stream().map(p -> p.get("name").asText()).distinct())
                .hasSize(34);
        oldProvinces().forEach(p -> assertThat(p.get("kind").asText()).isIn(PROVINCE_KINDS));
        newProvinces().forEach(p -> assertThat(p.get("kind").asText()).isIn(PROVINCE_KINDS));
        newProvinces()
                .forEach(p -> assertThat(p.has("districts"))
                        .as("district level abolished from 1 July 2025: %s", p.get("name"))
                        .isFalse());
    }

    @Test
    void every_old_province_is_merged_into_exactly_one_new_province() {
        Set<String> oldNames = new HashSet<>();
        oldProvinces().forEach(p -> oldNames.add(p.get("name").asText()));
        Map<String, List<String>> absorbedBy = new HashMap<>();
        for (JsonNode p : newProvinces()) {
            String name = p.get("name").asText();
            assertThat(p.get("mergedFrom")).as("mergedFrom of %s", name).isNotEmpty();
            for (JsonNode m : p.get("mergedFrom")) {
                assertThat(oldNames).as("mergedFrom of %s", name).contains(m.asText());
                absorbedBy.computeIfAbsent(m.asText(), k -> new ArrayList<>()).add(name);
            }
        }
        assertThat(absorbedBy.keySet()).containsExactlyInAnyOrderElementsOf(oldNames);
        absorbedBy.forEach((old, news) ->
                assertThat(news).as("new provinces absorbing %s", old).hasSize(1));
    }

    @Test
    void a_new_province_keeping_an_old_name_absorbed_that_province() {
        // Every one of the 34 names is the name of one of the merged provinces.
        for (JsonNode p : newProvinces()) {
            List<String> merged = new ArrayList<>();
            p.get("mergedFrom").forEach(m -> merged.add(m.asText()));
            assertThat(merged)
                    .as("mergedFrom of %s", p.get("name"))
                    .contains(p.get("name").asText());
        }
    }

    @Test
    void district_counts_are_plausible() {
        int total = 0;
        for (JsonNode p : oldProvinces()) {
            int count = p.get("districts").size();
            assertThat(count).as("districts of %s", p.get("name")).isBetween(5, 30);
            total += count;
        }
        assertThat(total).isBetween(690, 720);
        assertThat(oldProvince("Hà Nội").get("districts")).hasSize(30);
        assertThat(oldProvince("Hồ Chí Minh").get("districts")).hasSize(22);
        // Nghệ An: thành phố Vinh, thị xã Cửa Lò, Thái Hòa, Hoàng Mai and 17 huyện (Cửa Lò was missing,
        // so every short "UBND tỉnh" of its documents was left to a guess).
        assertThat(oldProvince("Nghệ An").get("districts")).hasSize(21);
    }

    @Test
    void a_district_is_listed_once_per_province_and_shares_a_name_only_with_its_town() {
        Map<String, Set<String>> sameNameDifferentKind = new TreeMap<>();
        for (JsonNode p : oldProvinces()) {
            String province = p.get("name").asText();
            Set<String> kindAndName = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (JsonNode d : p.get("districts")) {
                String name = d.get("name").asText();
                String kind = d.get("kind").asText();
                assertThat(kind).as("kind of %s, %s", name, province).isIn(DISTRICT_KINDS);
                assertThat(kindAndName.add(kind + " " + name))
                        .as("%s %s listed twice in %s", kind, name, province)
                        .isTrue();
                if (!names.add(name)) {
                    sameNameDifferentKind
                            .computeIfAbsent(province, k -> new TreeSet<>())
                            .add(name);
                }
            }
        }
        // A town (thị xã / thành phố) split off a rural district keeps the district's name:
        // "thị xã Kỳ Anh" and "huyện Kỳ Anh" are two units. A lookup needs the kind to tell them apart.
        assertThat(sameNameDifferentKind)
                .isEqualTo(Map.of(
                        "Hà Tĩnh", Set.of("Kỳ Anh"),
                        "Tiền Giang", Set.of("Cai Lậy"),
                        "Trà Vinh", Set.of("Duyên Hải"),
                        "Đồng Tháp", Set.of("Cao Lãnh", "Hồng Ngự"),
                        "Hậu Giang", Set.of("Long Mỹ")));
    }

    @Test
    void every_string_is_nfc_canonical_and_trimmed() {
        List<String> bad = new ArrayList<>();
        collectStrings(root, bad);
        assertThat(bad).isEmpty();
    }

    private static void collectStrings(JsonNode node, List<String> bad) {
        if (node.isTextual()) {
            String s = node.asText();
            boolean ok = !s.isEmpty()
                    && s.equals(s.strip())
                    && !s.contains("  ")
                    && Normalizer.isNormalized(s, Normalizer.Form.NFC)
                    // tone mark on the first vowel of open oa/oe/uy: "Hòa", "Thủy"
                    && s.equals(VietnameseText.normalize(s));
            if (!ok) {
                bad.add("[" + s + "]");
            }
        }
        node.forEach(child -> collectStrings(child, bad));
    }

    @Test
    void known_units_are_where_they_belong() {
        JsonNode quangNinh = oldProvince("Quảng Ninh");
        assertThat(districtNames(quangNinh)).contains("Cẩm Phả", "Vân Đồn", "Hạ Long");
        assertThat(kindOf(quangNinh, "Cẩm Phả")).isEqualTo("thành phố");
        assertThat(kindOf(quangNinh, "Vân Đồn")).isEqualTo("huyện");
        assertThat(kindOf(quangNinh, "Quảng Yên")).isEqualTo("thị xã");

        JsonNode anGiang = oldProvince("An Giang");
        assertThat(districtNames(anGiang)).contains("Long Xuyên", "Châu Đốc");
        assertThat(kindOf(anGiang, "Long Xuyên")).isEqualTo("thành phố");

        JsonNode haNoi = oldProvince("Hà Nội");
        assertThat(haNoi.get("kind").asText()).isEqualTo("thành phố");
        assertThat(kindOf(haNoi, "Ba Đình")).isEqualTo("quận");
        assertThat(kindOf(haNoi, "Sơn Tây")).isEqualTo("thị xã");

        // The two cities inside centrally-run cities (Resolution 1111/NQ-UBTVQH14; 1232/NQ-UBTVQH15).
        assertThat(kindOf(oldProvince("Hồ Chí Minh"), "Thủ Đức")).isEqualTo("thành phố");
        assertThat(kindOf(oldProvince("Hồ Chí Minh"), "1")).isEqualTo("quận");
        assertThat(kindOf(oldProvince("Hải Phòng"), "Thủy Nguyên")).isEqualTo("thành phố");

        // 2023–2025 district reorganisation, state on 1 January 2025: Thừa Thiên Huế became the
        // centrally-run city Huế (Resolution 1314/NQ-UBTVQH15); Ninh Bình city and Hoa Lư district
        // became the city Hoa Lư (Resolution 1318/NQ-UBTVQH15); Yên Dũng joined Bắc Giang city while
        // Lục Ngạn kept a district beside the new thị xã Chũ (Resolution 1191/NQ-UBTVQH15).
        JsonNode hue = oldProvince("Huế");
        assertThat(hue.get("kind").asText()).isEqualTo("thành phố");
        assertThat(kindOf(hue, "Phú Xuân")).isEqualTo("quận");
        assertThat(kindOf(hue, "Thuận Hóa")).isEqualTo("quận");
        assertThat(districtNames(hue)).doesNotContain("Nam Đông");
        assertThat(kindOf(oldProvince("Ninh Bình"), "Hoa Lư")).isEqualTo("thành phố");
        assertThat(districtNames(oldProvince("Bắc Giang")))
                .contains("Chũ", "Lục Ngạn")
                .doesNotContain("Yên Dũng");
        assertThat(districtNames(oldProvince("Bà Rịa - Vũng Tàu"))).contains("Long Đất");

        JsonNode newAnGiang = newProvinces().stream()
                .filter(p -> p.get("name").asText().equals("An Giang"))
                .findFirst()
                .orElseThrow();
        List<String> merged = new ArrayList<>();
        newAnGiang.get("mergedFrom").forEach(m -> merged.add(m.asText()));
        assertThat(merged).containsExactlyInAnyOrder("An Giang", "Kiên Giang");
    }

    @Test
    void district_names_shared_by_several_provinces_are_reported_for_the_loader() {
        Map<String, Set<String>> provincesByName = new TreeMap<>();
        for (JsonNode p : oldProvinces()) {
            for (String d : districtNames(p)) {
                provincesByName
                        .computeIfAbsent(d, k -> new TreeSet<>())
                        .add(p.get("name").asText());
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        provincesByName.forEach((name, provinces) -> {
            if (provinces.size() > 1) {
                shared.put(name, provinces);
            }
        });
        // Printed for the author of the lookup: these names need the province to be resolved.
        System.out.println("District-level names found in more than one province (" + shared.size() + "):");
        shared.forEach((name, provinces) -> System.out.println("  " + name + " -> " + provinces));

        assertThat(shared.get("Châu Thành"))
                .contains(
                        "Long An",
                        "Tiền Giang",
                        "Bến Tre",
                        "Trà Vinh",
                        "Đồng Tháp",
                        "An Giang",
                        "Kiên Giang",
                        "Hậu Giang",
                        "Sóc Trăng",
                        "Tây Ninh");
        assertThat(shared).containsKeys("Phú Tân", "Bảo Lâm", "Phong Điền");
    }
}

package vn.vanban.backend.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.gazetteer.Commune;
import vn.vanban.indexer.gazetteer.Gazetteer;

/**
 * The provinces, districts and communes of the indexer's gazetteer, for "where was nothing issued":
 * the 63 provinces (with their districts and communes) before Resolution 202/2025/QH15, the 34 from
 * 1 July 2025.
 */
final class Places {

    private static final String RESOURCE = "/vn/vanban/indexer/gazetteer/units.json";

    private final Map<String, List<String>> before = new LinkedHashMap<>();
    private final List<String> after = new ArrayList<>();

    Places() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode p : root.path("provincesBefore2025")) {
                List<String> districts = new ArrayList<>();
                p.path("districts").forEach(d -> districts.add(d.path("name").asText()));
                before.put(p.path("name").asText(), List.copyOf(districts));
            }
            root.path("provincesFrom2025").forEach(p -> after.add(p.path("name").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provinces as they were on {@code date} (today's when unknown). */
    List<String> provinces(@Nullable LocalDate date) {
        return date != null && date.isBefore(Gazetteer.REFORM_DATE) ? List.copyOf(before.keySet()) : after;
    }

    /** The districts of a province before the reform (none after: the district level ended). */
    List<String> districts(String province) {
        for (Map.Entry<String, List<String>> p : before.entrySet()) {
            if (key(p.getKey()).equals(key(province))) {
                return p.getValue();
            }
        }
        return List.of();
    }

    /** The communes of a district before the reform, by name ("Đoàn Kết", "Phường 5"). */
    List<String> communes(String province, String district) {
        return Gazetteer.standard().communesOf(province, district).stream()
                .map(Commune::name)
                .toList();
    }

    static String key(@Nullable String name) {
        return name == null
                ? ""
                : VietnameseText.fold(name)
                        .toLowerCase(Locale.ROOT)
                        .replace('đ', 'd')
                        .strip();
    }
}

package vn.vanban.indexer.gazetteer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One administrative unit of the gazetteer.
 *
 * @param name the name without its kind word ("Cẩm Phả")
 * @param kind "tỉnh", "thành phố", "huyện", "quận", "thị xã"
 * @param province for a district, the province it belongs to; null for a province
 * @param mergedFrom for a province from 1 July 2025, the old provinces it was formed from
 */
public record Unit(String name, String kind, @Nullable String province, List<String> mergedFrom) {

    public Unit {
        mergedFrom = List.copyOf(mergedFrom);
    }
}

package vn.vanban.indexer.assignment;

import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;

/**
 * A concrete organ a task expects something from.
 *
 * @param organ its name as documents print it ("Huyện ủy Vân Đồn", "Ủy ban nhân dân thị xã Quảng Yên")
 * @param level its level, or null for a named organ the gazetteer does not place
 * @param district its district, for a district- or commune-level unit
 * @param group the class it was resolved from, or null for an organ named in the task
 */
public record ExpectedUnit(
        String organ,
        @Nullable IssuerLevel level,
        @Nullable String district,
        @Nullable AssigneeClass group) {}

package vn.vanban.frontend.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Positions by level: the directive's level on top, each lower level a band below (DOMAIN.md:
 * CENTRAL, PROVINCE, DISTRICT, COMMUNE, GRASSROOTS). A band wider than {@link #PER_ROW} nodes wraps
 * into several rows, so that 200 and more nodes stay apart at a zoom where labels are legible.
 */
final class LevelLayout {

    static final List<String> LEVELS = List.of("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE", "GRASSROOTS");
    static final int PER_ROW = 24;
    static final double DX = 140;
    static final double ROW = 90;
    static final double BAND_GAP = 70;

    record Position(double x, double y) {}

    private LevelLayout() {}

    /** A position per node key, in the order of the nodes within a level (sorted by label). */
    static Map<String, Position> positions(List<ReferenceGraph.Node> nodes) {
        Map<Integer, List<ReferenceGraph.Node>> bands = new TreeMap<>();
        for (ReferenceGraph.Node node : nodes) {
            bands.computeIfAbsent(rank(node.level()), r -> new ArrayList<>()).add(node);
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        double y = 0;
        for (List<ReferenceGraph.Node> band : bands.values()) {
            band.sort(Comparator.comparing(ReferenceGraph.Node::label));
            for (int i = 0; i < band.size(); i++) {
                int row = i / PER_ROW;
                int inRow = Math.min(PER_ROW, band.size() - row * PER_ROW);
                int column = i % PER_ROW;
                // Rows are centred; alternate rows shift by half a step so that edges from the band
                // above do not run through the nodes of the row before.
                double x = (column - (inRow - 1) / 2.0) * DX + (row % 2 == 1 ? DX / 2 : 0);
                positions.put(band.get(i).key(), new Position(x, y + row * ROW));
            }
            y += ((band.size() - 1) / PER_ROW + 1) * ROW + BAND_GAP;
        }
        return positions;
    }

    /** The band of a level; unknown levels go last. */
    static int rank(String level) {
        int i = LEVELS.indexOf(level);
        return i < 0 ? LEVELS.size() : i;
    }
}

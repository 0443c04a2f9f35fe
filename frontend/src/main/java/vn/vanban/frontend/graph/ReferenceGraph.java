package vn.vanban.frontend.graph;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reference graph drawn by cytoscape (loaded from its WebJar): nodes coloured by level, shaped by
 * side, laid out by level ({@link LevelLayout}); clicking a node reports its key. Labels fade out
 * when zoomed far out, so that a graph of hundreds of nodes stays readable as a shape first.
 */
@JavaScript("context://webjars/cytoscape/dist/cytoscape.min.js")
public class ReferenceGraph extends Div {

    /**
     * @param level an issuer level ({@code CENTRAL} … {@code GRASSROOTS}) or anything else for unknown
     * @param side {@code PARTY}, {@code STATE}, or anything else
     * @param status {@code INDEXED}, {@code CITED_ONLY} or {@code MISSING} (drawn hollow when not indexed)
     */
    public record Node(String key, String label, String level, String side, String status) {}

    /** From the citing document to the cited one. */
    public record Edge(String from, String to, String relation) {}

    /** Colour per level, from the Lumo palette's hues; readable on white and for common colour blindness. */
    static final Map<String, String> LEVEL_COLOURS = Map.of(
            "CENTRAL", "#c0392b",
            "PROVINCE", "#1f77b4",
            "DISTRICT", "#2ca02c",
            "COMMUNE", "#9467bd",
            "GRASSROOTS", "#8c564b");

    static final String UNKNOWN_COLOUR = "#7f7f7f";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Consumer<String>> clickListeners = new ArrayList<>();
    private int drawn;

    public ReferenceGraph() {
        addClassName("vb-graph");
        setId("reference-graph");
    }

    /** Draws these nodes and the edges between them (edges to absent nodes are left out). */
    public void show(List<Node> nodes, List<Edge> edges) {
        List<Map<String, Object>> elements = elements(nodes, edges);
        drawn = nodes.size();
        getElement().setAttribute("data-node-count", Integer.toString(drawn));
        getElement().executeJs(SCRIPT, JSON.writeValueAsString(elements));
    }

    /** cytoscape's elements: nodes with their colour, shape and preset position, then edges. */
    static List<Map<String, Object>> elements(List<Node> nodes, List<Edge> edges) {
        Map<String, LevelLayout.Position> positions = LevelLayout.positions(nodes);
        Set<String> keys = nodes.stream().map(Node::key).collect(Collectors.toSet());
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Node node : nodes) {
            LevelLayout.Position p = positions.get(node.key());
            elements.add(Map.of(
                    "group", "nodes",
                    "data",
                            Map.of(
                                    "id", node.key(),
                                    "label", node.label(),
                                    "colour", LEVEL_COLOURS.getOrDefault(node.level(), UNKNOWN_COLOUR),
                                    "shape", shape(node.side()),
                                    "indexed", "INDEXED".equals(node.status()) ? "yes" : "no"),
                    "position", Map.of("x", p.x(), "y", p.y())));
        }
        int i = 0;
        for (Edge edge : edges) {
            if (keys.contains(edge.from()) && keys.contains(edge.to())) {
                elements.add(Map.of(
                        "group",
                        "edges",
                        "data",
                        Map.of(
                                "id",
                                "e" + i++,
                                "source",
                                edge.from(),
                                "target",
                                edge.to(),
                                "relation",
                                edge.relation())));
            }
        }
        return elements;
    }

    /** The side as a shape, so that it does not rest on colour alone. */
    static String shape(String side) {
        return switch (side) {
            case "PARTY" -> "ellipse";
            case "STATE" -> "round-rectangle";
            default -> "diamond";
        };
    }

    public Registration addNodeClickListener(Consumer<String> listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    @ClientCallable
    void nodeClicked(String key) {
        List.copyOf(clickListeners).forEach(l -> l.accept(key));
    }

    /** Nodes given to the last {@link #show}. */
    public int nodeCount() {
        return drawn;
    }

    // `this` is the component's element. The ResizeObserver keeps the drawing fitted when the page
    // or the phone turns; data-drawn tells a browser test that cytoscape really drew the nodes.
    private static final String SCRIPT = """
            const host = this;
            const elements = JSON.parse($0);
            if (host.$cy) { host.$cy.destroy(); }
            const cy = cytoscape({
              container: host, elements: elements, layout: { name: 'preset' },
              minZoom: 0.05, maxZoom: 3, wheelSensitivity: 0.3,
              style: [
                { selector: 'node', style: {
                    'background-color': 'data(colour)', 'shape': 'data(shape)', 'label': 'data(label)',
                    'width': 26, 'height': 26, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
                    'text-wrap': 'ellipsis', 'text-max-width': 130, 'min-zoomed-font-size': 7,
                    'border-width': 2, 'border-color': 'data(colour)' } },
                { selector: 'node[indexed = "no"]', style: { 'background-opacity': 0.15, 'border-style': 'dashed' } },
                { selector: 'edge', style: {
                    'width': 1.2, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1',
                    'target-arrow-shape': 'triangle', 'curve-style': 'straight', 'arrow-scale': 0.8 } },
                { selector: 'edge[relation = "BASIS"]', style: { 'line-style': 'dashed' } },
                { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } }
              ]
            });
            cy.on('tap', 'node', e => host.$server.nodeClicked(e.target.id()));
            host.$cy = cy;
            if (!host.$resize) {
              host.$resize = new ResizeObserver(() => { if (host.$cy) { host.$cy.resize(); host.$cy.fit(undefined, 24); } });
              host.$resize.observe(host);
            }
            cy.fit(undefined, 24);
            host.setAttribute('data-drawn', String(cy.nodes().length));
            """;
}

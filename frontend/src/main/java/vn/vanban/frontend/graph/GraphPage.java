package vn.vanban.frontend.graph;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.vanban.backend.document.DocumentNotFoundException;
import vn.vanban.backend.document.GraphView;
import vn.vanban.backend.document.NodeView;
import vn.vanban.backend.document.ReferenceGraphService;
import vn.vanban.backend.security.Audiences;
import vn.vanban.frontend.shell.MainLayout;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.frontend.shell.UnavailableView;

/**
 * Sơ đồ ({@code /so-do/KEY?cap-duoi=2}): the references around a document, up to the directive and
 * down {@code cap-duoi} levels of implementers; a click on a node opens that document.
 */
@Route(value = Routes.GRAPH, layout = MainLayout.class)
@AnonymousAllowed
public class GraphPage extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String DOWN = "cap-duoi";
    static final int DEFAULT_DOWN = 3;

    private final ReferenceGraphService graph;
    private final ReferenceGraph picture = new ReferenceGraph();
    private String title = "";

    GraphPage(ReferenceGraphService graph) {
        this.graph = graph;
        picture.addNodeClickListener(key -> UI.getCurrent().navigate(Routes.document(key)));
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String key) {
        removeAll();
        int down = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(DOWN)
                .flatMap(GraphPage::integer)
                .orElse(DEFAULT_DOWN);
        title = getTranslation("graph.title") + " — " + key;
        Anchor back = new Anchor(Routes.document(key), key);
        back.getElement().setAttribute("router-link", true);
        add(new H2(new Span(getTranslation("graph.title") + " — "), back));
        GraphView view;
        try {
            view = graph.neighbourhood(key, Math.clamp(down, 0, 6), Audiences.current());
        } catch (DocumentNotFoundException e) {
            add(new Paragraph(getTranslation("error.notFound", key)));
            return;
        } catch (RuntimeException e) {
            UnavailableView.throwIfOutage(e);
            add(new Paragraph(getTranslation("error.unavailable")));
            return;
        }
        List<ReferenceGraph.Node> nodes = nodes(view);
        if (nodes.size() <= 1) {
            add(new Paragraph(getTranslation("graph.empty")));
        }
        Paragraph legend =
                new Paragraph(getTranslation("graph.legend") + " " + getTranslation("graph.count", nodes.size()));
        legend.addClassName("vb-card-meta");
        add(legend, picture);
        picture.show(
                nodes,
                view.edges().stream()
                        .map(e -> new ReferenceGraph.Edge(e.from(), e.to(), e.relation()))
                        .toList());
    }

    /** The nodes the audience may see, labelled by number (hidden nodes have no key and are left out). */
    static List<ReferenceGraph.Node> nodes(GraphView view) {
        return view.nodes().stream()
                .filter(n -> n.key() != null)
                .map(GraphPage::node)
                .toList();
    }

    private static ReferenceGraph.Node node(NodeView n) {
        String key = java.util.Objects.requireNonNull(n.key());
        return new ReferenceGraph.Node(
                key,
                n.number() == null ? key : n.number(),
                n.issuerLevel() == null ? "" : n.issuerLevel(),
                n.issuerSide() == null ? "" : n.issuerSide(),
                n.status());
    }

    private static java.util.Optional<Integer> integer(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

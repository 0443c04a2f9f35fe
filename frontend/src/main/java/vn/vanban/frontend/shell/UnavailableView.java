package vn.vanban.frontend.shell;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban.indexer.graph.GraphState;

/**
 * What a page shows when Elasticsearch does not answer: 503 and a plain sentence, never the stack
 * trace (it names hosts and indices; it goes to the log). Nothing is cached: the next navigation
 * after the node is back renders the page again, and the view loads the page again by itself after
 * {@link OutagePage#RETRY_AFTER_SECONDS}, so the portal recovers by itself. Vaadin keeps the
 * 503 from the HTTP status of a page load (vaadin/flow#13421), so loading a page during an outage is
 * answered before Vaadin, with the same sentences, by {@link OutagePage}; this view is what a
 * navigation inside an open page shows, and a page load in the seconds before the probe notices.
 *
 * <p>Each error view names its exception type on its own {@code implements} clause: Vaadin reads
 * the type argument of {@link HasErrorParameter} from the registered class itself, and a type
 * variable inherited from a generic parent fails the application's start. Each is {@code
 * AnonymousAllowed}: Vaadin's access control checks error views too, and without it a public
 * visitor was sent to the sign-in form during an outage instead of this page.
 */
public final class UnavailableView {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableView.class);

    private UnavailableView() {}

    /**
     * For a view that turns its own failures into a sentence: lets a failure of Elasticsearch through
     * (the exceptions the error views below take, as the REST API's {@code ApiProblems} does), so
     * that the page answers 503 rather than 200 with an error in it.
     */
    public static void throwIfOutage(RuntimeException e) {
        if (e instanceof UncheckedIOException
                || e instanceof ElasticsearchException
                || e instanceof GraphState.StaleGraphException) {
            throw e;
        }
    }

    static int show(Div view, BeforeEnterEvent event, Exception cause) {
        LOG.warn("Elasticsearch failed while opening {}", event.getLocation().getPath(), cause);
        view.removeAll();
        view.setId("unavailable");
        view.add(
                new H2(view.getTranslation("unavailable.title")),
                new Paragraph(view.getTranslation("unavailable.detail")),
                new Paragraph(view.getTranslation("unavailable.retry", OutagePage.RETRY_AFTER_SECONDS)));
        // Loads the page again by itself, as OutagePage's page does, unless the visitor went elsewhere meanwhile.
        view.getElement()
                .executeJs(
                        "const id = this.id; setTimeout(() => { if (document.getElementById(id)) { location.reload(); } }, $0);",
                        OutagePage.RETRY_AFTER_SECONDS * 1000);
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    /** The node cannot be reached (the services wrap the client's IOException). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static final class Unreachable extends Div implements HasErrorParameter<UncheckedIOException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UncheckedIOException> parameter) {
            return show(this, event, parameter.getException());
        }
    }

    /** The node answers with an error (e.g. no shard available while it starts). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static final class Failing extends Div implements HasErrorParameter<ElasticsearchException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ElasticsearchException> parameter) {
            return show(this, event, parameter.getException());
        }
    }

    /** The reference graph is stale and could not be rebuilt yet (an ingest stopped half-way). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    public static final class GraphRebuilding extends Div implements HasErrorParameter<GraphState.StaleGraphException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<GraphState.StaleGraphException> parameter) {
            return show(this, event, parameter.getException());
        }
    }
}

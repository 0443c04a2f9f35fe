package vn.vanban.frontend.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import vn.vanban.backend.document.AmbiguousDocumentException;
import vn.vanban.backend.document.ChainView;
import vn.vanban.backend.document.CitedByPage;
import vn.vanban.backend.document.DocumentNotFoundException;
import vn.vanban.backend.document.DocumentService;
import vn.vanban.backend.document.DocumentView;
import vn.vanban.backend.document.NodeView;
import vn.vanban.backend.document.ReferenceGraphService;
import vn.vanban.backend.search.SearchService;
import vn.vanban.backend.search.Suggestion;
import vn.vanban.backend.security.Audiences;
import vn.vanban.frontend.shell.Badges;
import vn.vanban.frontend.shell.MainLayout;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.frontend.shell.UnavailableView;

/**
 * Văn bản ({@code /van-ban/03-CT/TW~tw~2021}): the document as the reader's audience may see it.
 * The key is the rest of the path (it contains '/', see {@link Routes#document}).
 */
@Route(value = Routes.DOCUMENT, layout = MainLayout.class)
@AnonymousAllowed
public class DocumentPage extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final DocumentService documents;
    private final ReferenceGraphService graph;
    private final SearchService search;
    private final int citedByPage;
    private String title = "";

    DocumentPage(
            DocumentService documents,
            ReferenceGraphService graph,
            SearchService search,
            @Value("${vanban.portal.cited-by-page:" + CitedByPage.DEFAULT_SIZE + "}") int citedByPage) {
        this.documents = documents;
        this.graph = graph;
        this.search = search;
        // The API's bounds: a page the service would refuse is never asked for.
        this.citedByPage = Math.clamp(citedByPage, 1, CitedByPage.MAX_SIZE);
        addClassName("vb-document");
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String key) {
        removeAll();
        try {
            show(documents.document(key, Audiences.current()));
        } catch (DocumentNotFoundException e) {
            // The same words for missing and forbidden: a hidden document is never confirmed.
            title = getTranslation("error.notFound", key);
            add(new H2(title));
        } catch (AmbiguousDocumentException e) {
            title = key;
            add(new H2(getTranslation("document.ambiguous", key)));
            UnorderedList list = new UnorderedList();
            e.candidates().forEach(c -> list.add(new ListItem(link(c, c))));
            add(list);
        } catch (RuntimeException e) {
            UnavailableView.throwIfOutage(e);
            title = getTranslation("error.unavailable");
            add(new Paragraph(title));
        }
    }

    private void show(DocumentView d) {
        title = (d.number() == null ? d.key() : d.number()) + (d.subject() == null ? "" : " — " + d.subject());
        add(chain(d.key()));
        add(card(d));
        add(actions(d));
        if (d.text() != null && !d.text().isBlank()) {
            TextPieces.Cut cut = TextPieces.cut(d.text(), d.sections(), d.citations());
            Div body = new Div();
            body.addClassName("vb-document-body");
            if (!d.sections().isEmpty()) {
                body.add(outline(d.sections()));
            }
            body.add(text(cut));
            add(body);
            if (!cut.unplaced().isEmpty()) {
                add(new H3(getTranslation("document.otherCitations")));
                UnorderedList list = new UnorderedList();
                cut.unplaced()
                        .forEach(c -> list.add(
                                new ListItem(citation(c.number() == null ? String.valueOf(c.text()) : c.number(), c))));
                add(list);
            }
        } else {
            add(new Paragraph(getTranslation("document.citedOnly")));
        }
        add(new CitedByList(documents, d.key(), citedByPage));
    }

    /** Every path up to the directive, each a breadcrumb from the directive down to this document. */
    private Component chain(String key) {
        Nav nav = new Nav();
        nav.addClassName("vb-chain");
        nav.setId("chain");
        ChainView chain;
        try {
            chain = graph.chain(key, Audiences.current());
        } catch (RuntimeException e) {
            return nav;
        }
        for (List<NodeView> path : chain.paths()) {
            Div crumbs = new Div();
            crumbs.addClassName("vb-crumbs");
            List<NodeView> down = new ArrayList<>(path);
            Collections.reverse(down);
            for (int i = 0; i < down.size(); i++) {
                NodeView n = down.get(i);
                if (i > 0) {
                    crumbs.add(new Span(" › "));
                }
                crumbs.add(node(n, i == down.size() - 1));
            }
            nav.add(crumbs);
        }
        return nav;
    }

    private Component node(NodeView n, boolean current) {
        String label = n.key() == null ? getTranslation("document.hidden") : n.number() == null ? n.key() : n.number();
        if (current || n.key() == null || "MISSING".equals(n.status())) {
            Span span = new Span(label);
            span.addClassName(current ? "vb-crumb-current" : "vb-crumb-missing");
            return span;
        }
        Anchor a = link(n.key(), label);
        a.addClassName("vb-crumb");
        if ("CITED_ONLY".equals(n.status())) {
            a.addClassName("vb-cited-only");
            a.setTitle(Badges.status(this, "CITED_ONLY"));
        }
        return a;
    }

    private Component card(DocumentView d) {
        Div card = new Div();
        card.addClassNames("vb-card", "vb-document-card");
        card.setId("document-card");
        H2 heading = new H2(d.number() == null ? d.key() : d.number());
        heading.setId("document-number");
        card.add(new Div(
                Badges.badge(d.typeName() == null ? d.type() : d.typeName(), "type"),
                Badges.badge(d.issuerLevel() == null ? null : Badges.level(this, d.issuerLevel()), "level"),
                Badges.badge(d.issuerSide() == null ? null : Badges.side(this, d.issuerSide()), "side"),
                "INDEXED".equals(d.status()) ? new Span() : Badges.badge(Badges.status(this, d.status()), d.status())));
        card.add(heading);
        if (d.subject() != null) {
            card.add(new Paragraph(d.subject()));
        }
        card.add(row("document.issuer", join(d.parentOrgan(), d.issuer())));
        card.add(row("document.place", join(d.place(), d.date())));
        card.add(row("document.locality", join(d.commune(), d.district(), d.province())));
        card.add(row("document.signer", join(d.signerPosition(), d.signer())));
        return card;
    }

    private Component actions(DocumentView d) {
        Div actions = new Div();
        actions.addClassName("vb-actions");
        Anchor graphLink = link(null, getTranslation("document.graph"));
        graphLink.setHref(Routes.graph(d.key()));
        graphLink.setId("open-graph");
        Anchor implementers = link(null, getTranslation("document.implementers"));
        implementers.setHref(Routes.implementers(d.key()));
        implementers.setId("open-implementers");
        actions.add(graphLink, implementers);
        if (d.original() != null) {
            String key = d.key();
            DownloadHandler original = DownloadHandler.fromInputStream(event -> {
                // Read again at download time, for the audience of that request.
                DocumentService.OriginalFile file = documents.original(key, Audiences.current());
                InputStream in = Files.newInputStream(file.path());
                return new DownloadResponse(in, file.name(), file.mediaType(), file.size());
            });
            Anchor download = new Anchor(
                    original, getTranslation("document.download", d.original().name()));
            download.setId("download-original");
            actions.add(download);
        }
        Button compare = new Button(getTranslation("document.compareWith"), e -> pickForComparison(d.key()));
        compare.setId("compare-with");
        actions.add(compare);
        return actions;
    }

    /** "So sánh với…": a document picked by search, then the comparison of the two. */
    private void pickForComparison(String key) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("document.compareWith"));
        ComboBox<Suggestion> other = new ComboBox<>(getTranslation("document.compareWith.pick"));
        other.setId("compare-pick");
        other.setWidth("min(40rem, 80vw)");
        other.setItemLabelGenerator(Suggestion::text);
        other.setItems(q -> {
            String filter = q.getFilter().orElse("");
            return (filter.isBlank() ? List.<Suggestion>of() : search.suggest(filter, Audiences.current()))
                    .stream().skip(q.getOffset()).limit(q.getLimit());
        });
        other.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                dialog.close();
                UI.getCurrent()
                        .navigate(Routes.compare(List.of(key, e.getValue().key())));
            }
        });
        dialog.add(other);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        add(dialog);
        dialog.open();
    }

    private Component outline(List<DocumentView.Section> sections) {
        Details outline = new Details(getTranslation("document.outline"));
        outline.setOpened(true);
        outline.addClassName("vb-outline");
        UnorderedList list = new UnorderedList();
        for (DocumentView.Section s : sections) {
            if (s.heading() == null || s.heading().isBlank()) {
                continue; // a bare point ("1.", "-") says nothing in an outline
            }
            Anchor a = new Anchor(
                    "#section-" + s.index(), (s.numbering() == null ? "" : s.numbering() + " ") + s.heading());
            ListItem item = new ListItem(a);
            item.getStyle().set("margin-left", (Math.max(0, s.level() - 1)) + "em");
            list.add(item);
        }
        outline.add(list);
        return outline;
    }

    /** The text, as text: only our own elements (anchors, links) are markup. */
    private Component text(TextPieces.Cut cut) {
        Div text = new Div();
        text.addClassName("vb-text");
        text.setId("document-text");
        for (TextPieces.Piece piece : cut.pieces()) {
            switch (piece) {
                case TextPieces.Plain p -> text.add(new Text(p.text()));
                case TextPieces.SectionStart s -> {
                    Span anchor = new Span();
                    anchor.setId("section-" + s.section().index());
                    text.add(anchor);
                }
                case TextPieces.Cited c -> text.add(citation(c.text(), c.citation()));
            }
        }
        return text;
    }

    /**
     * A citation: a link to its document when resolved; AMBIGUOUS shown as such with its
     * candidates; one with no document shown as not in the library.
     */
    private Component citation(String label, DocumentView.CitationView c) {
        if (c.targetKey() != null) {
            Anchor a = link(c.targetKey(), label);
            a.addClassNames("vb-citation", "vb-citation-" + c.resolution());
            return a;
        }
        if ("AMBIGUOUS".equals(c.resolution()) && !c.candidates().isEmpty()) {
            Span span = new Span(new Text(label));
            span.addClassNames("vb-citation", "vb-citation-AMBIGUOUS");
            Span candidates = new Span(new Text(" [" + getTranslation("document.ambiguousCitation") + ": "));
            for (int i = 0; i < c.candidates().size(); i++) {
                if (i > 0) {
                    candidates.add(new Text(", "));
                }
                candidates.add(link(c.candidates().get(i), Integer.toString(i + 1)));
            }
            candidates.add(new Text("]"));
            candidates.addClassName("vb-candidates");
            span.add(candidates);
            return span;
        }
        Span span = new Span(label);
        span.addClassNames("vb-citation", "vb-citation-UNRESOLVED");
        span.setTitle(Badges.status(this, "MISSING"));
        return span;
    }

    private Paragraph row(String label, String value) {
        Paragraph p = new Paragraph();
        p.setVisible(!value.isBlank());
        Span l = new Span(getTranslation(label) + ": ");
        l.addClassName("vb-label");
        p.add(l, new Text(value));
        return p;
    }

    static Anchor link(@Nullable String key, String label) {
        Anchor a = new Anchor(key == null ? "" : Routes.document(key), label);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    static String join(@Nullable String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(", ", kept);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

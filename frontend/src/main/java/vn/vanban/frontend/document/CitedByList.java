package vn.vanban.frontend.document;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban.backend.document.CitedByPage;
import vn.vanban.backend.document.CitingDocument;
import vn.vanban.backend.document.DocumentService;
import vn.vanban.backend.security.Audiences;
import vn.vanban.frontend.shell.Badges;
import vn.vanban.indexer.document.Relation;

/**
 * "Được trích dẫn bởi": the exact number of citing documents, a chip per relation with its count
 * that keeps only that relation, the first page ({@code vanban.portal.cited-by-page}, 50) and "Xem thêm" for the next one by cursor. A
 * directive every commune carries out is cited by tens of thousands of documents: never all at once.
 */
final class CitedByList extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(CitedByList.class);

    private final DocumentService documents;
    private final String key;
    private final int pageSize;
    private final H3 heading = new H3();
    private final Div chips = new Div();
    private final UnorderedList list = new UnorderedList();
    private final Span shown = new Span();
    private final Button more;
    private final Paragraph error = new Paragraph();
    /** The chips by what they keep: "all" or a relation's name. */
    private final Map<String, Button> chipsByRelation = new LinkedHashMap<>();

    private @Nullable Relation relation;
    private @Nullable String next;
    private int loaded;

    CitedByList(DocumentService documents, String key, int pageSize) {
        this.documents = documents;
        this.key = key;
        this.pageSize = pageSize;
        setId("cited-by");
        addClassName("vb-cited-by");
        list.setId("cited-by-list");
        shown.setId("cited-by-shown");
        chips.addClassName("vb-cited-by-relations");
        more = new Button(getTranslation("document.citedBy.more"), e -> showMore());
        more.setId("cited-by-more");
        error.setVisible(false);
        CitedByPage first;
        try {
            first = documents.citedBy(key, null, pageSize, null, Audiences.current());
        } catch (RuntimeException e) {
            return; // the document itself is shown; its citing documents are not essential to it
        }
        if (first.total() == 0) {
            return;
        }
        heading.setText(getTranslation("document.citedBy", first.total()));
        chips.add(chip(null, getTranslation("document.citedBy.all", first.total())));
        for (Map.Entry<Relation, Long> count : first.countsByRelation().entrySet()) {
            if (count.getValue() > 0) {
                chips.add(chip(
                        count.getKey(),
                        getTranslation(
                                "document.citedBy.relation",
                                getTranslation("relation." + count.getKey().name()),
                                count.getValue())));
            }
        }
        add(heading, chips, list, shown, more, error);
        replace(null, first);
    }

    private Button chip(@Nullable Relation chipRelation, String label) {
        Button chip = new Button(label, e -> filter(chipRelation));
        String name = name(chipRelation);
        chip.setId("cited-by-" + name);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chipsByRelation.put(name, chip);
        return chip;
    }

    /** Only the documents citing with {@code chosen} (null: all), from their first page. */
    private void filter(@Nullable Relation chosen) {
        try {
            replace(chosen, documents.citedBy(key, chosen, pageSize, null, Audiences.current()));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void showMore() {
        if (next == null) {
            return;
        }
        try {
            append(documents.citedBy(key, relation, pageSize, next, Audiences.current()));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void replace(@Nullable Relation chosen, CitedByPage page) {
        relation = chosen;
        list.removeAll();
        loaded = 0;
        error.setVisible(false);
        for (Map.Entry<String, Button> entry : chipsByRelation.entrySet()) {
            Button chip = entry.getValue();
            boolean on = entry.getKey().equals(name(chosen));
            if (on) {
                chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        }
        append(page);
    }

    private void append(CitedByPage page) {
        for (CitingDocument c : page.citedBy()) {
            list.add(new ListItem(
                    Badges.badge(getTranslation("relation." + c.relation()), "relation"),
                    DocumentPage.link(c.key(), c.number() == null ? c.key() : c.number()),
                    new Text(" " + DocumentPage.join(c.issuer(), c.date()))));
        }
        loaded += page.citedBy().size();
        next = page.next();
        shown.setText(getTranslation("document.citedBy.shown", loaded, page.total()));
        more.setVisible(next != null);
    }

    /** The page stays as it was, with a word that the next part could not be read now. */
    private void failed(RuntimeException e) {
        LOG.warn("Could not read the documents citing {}", key, e);
        error.setText(getTranslation("error.unavailable"));
        error.setVisible(true);
    }

    private static String name(@Nullable Relation relation) {
        return relation == null ? "all" : relation.name();
    }
}

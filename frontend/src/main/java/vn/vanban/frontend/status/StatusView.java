package vn.vanban.frontend.status;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.vanban.backend.status.ClusterStatus;
import vn.vanban.backend.status.ClusterStatusService;
import vn.vanban.frontend.shell.MainLayout;

/** Trạng thái hệ thống: which cluster the portal uses and whether Vietnamese analysis is there. */
@Route(value = "trang-thai", layout = MainLayout.class)
@AnonymousAllowed
class StatusView extends Div implements HasDynamicTitle {

    StatusView(ClusterStatusService service) {
        add(new H2(getTranslation("status.title")));
        try {
            show(service.status());
        } catch (RuntimeException e) {
            add(new Paragraph(getTranslation("status.unreachable", e.getMessage())));
        }
    }

    private void show(ClusterStatus status) {
        add(line("Elasticsearch", status.url()));
        add(line(getTranslation("status.health"), status.health()));
        add(line(getTranslation("status.nodes"), Integer.toString(status.nodes())));
        add(line(
                getTranslation("status.analysis"),
                getTranslation(status.vietnameseAnalysis() ? "status.analysis.present" : "status.analysis.missing")));
    }

    private static Paragraph line(String label, String value) {
        Span strong = new Span(label + ": ");
        strong.getStyle().set("font-weight", "600");
        return new Paragraph(strong, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("status.title");
    }
}

package vn.vanban.frontend.status;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import vn.vanban.backend.status.ClusterStatus;
import vn.vanban.backend.status.ClusterStatusService;

/** Trạng thái hệ thống: which cluster the portal uses and whether Vietnamese analysis is there. */
@Route("trang-thai")
@PageTitle("Trạng thái hệ thống")
class StatusView extends VerticalLayout {

    StatusView(ClusterStatusService service) {
        add(new H2("Trạng thái hệ thống / System status"));
        try {
            show(service.status());
        } catch (RuntimeException e) {
            add(new Paragraph("Không kết nối được Elasticsearch / Elasticsearch unreachable: " + e.getMessage()));
        }
    }

    private void show(ClusterStatus status) {
        add(line("Elasticsearch", status.url()));
        add(line("Tình trạng / Health", status.health()));
        add(line("Số nút / Nodes", Integer.toString(status.nodes())));
        add(line(
                "Phân tích tiếng Việt / Vietnamese analysis",
                status.vietnameseAnalysis() ? "có / installed" : "thiếu / missing"));
    }

    private static Paragraph line(String label, String value) {
        Span strong = new Span(label + ": ");
        strong.getStyle().set("font-weight", "600");
        return new Paragraph(strong, new Span(value));
    }
}

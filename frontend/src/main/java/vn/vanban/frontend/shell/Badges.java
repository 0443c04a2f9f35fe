package vn.vanban.frontend.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The small labels of cards and tables: type, level, side and status, in the UI's language. */
public final class Badges {

    private Badges() {}

    /** A badge with {@code text}, or an empty span for no value (a card keeps its shape). */
    public static Span badge(@Nullable String text, String kind) {
        Span span = new Span(text == null ? "" : text);
        span.addClassNames("vb-badge", "vb-badge-" + kind);
        span.setVisible(text != null && !text.isBlank());
        return span;
    }

    /** {@code level.PROVINCE} → "Tỉnh" / "Province"; an unknown level reads as such. */
    public static String level(Component in, @Nullable String level) {
        return in.getTranslation("level." + (level == null ? "UNKNOWN" : level));
    }

    public static String side(Component in, @Nullable String side) {
        return in.getTranslation("side." + (side == null ? "UNKNOWN" : side));
    }

    public static String status(Component in, String status) {
        return in.getTranslation("status." + status);
    }
}

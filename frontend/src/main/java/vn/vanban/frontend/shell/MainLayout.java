package vn.vanban.frontend.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import java.util.Objects;

/**
 * The frame of every page: the product's name (home), the search box, the language switch and the
 * sign-in link (or the signed-in user and sign-out). It wraps on a phone's width.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver {

    /** The search page's route and its query parameter, named here so the header needs no search class. */
    public static final String SEARCH_ROUTE = "";

    public static final String QUERY = "q";
    static final String LOGIN_ROUTE = "dang-nhap";

    private final AuthenticationContext authentication;
    private final TextField search = new TextField();
    private final Main content = new Main();

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("vb-shell");
        content.addClassName("vb-content");
        add(header(), content);
    }

    private Header header() {
        // A router link by path: the header knows the search page's route, not its class.
        Anchor home = new Anchor(".", getTranslation("app.name"));
        home.getElement().setAttribute("router-link", true);
        home.addClassName("vb-brand");
        home.setId("home");

        search.setPlaceholder(getTranslation("header.search.placeholder"));
        search.setAriaLabel(getTranslation("header.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addClassName("vb-header-search");
        search.setId("header-search");
        search.addKeyPressListener(Key.ENTER, e -> search(search.getValue()));

        Language current = Language.of(getLocale());
        Button language = new Button(getTranslation("header.language.other"), e -> switchTo(current.other()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        language.getElement().setAttribute("lang", current.other().code());

        Div account = new Div();
        account.addClassName("vb-account");
        authentication
                .getPrincipalName()
                .ifPresentOrElse(
                        name -> {
                            Span user = new Span(name);
                            user.setId("signed-in-user");
                            Button logout = new Button(getTranslation("header.signout"), e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            logout.setId("sign-out");
                            account.add(user, logout);
                        },
                        () -> {
                            Anchor login = new Anchor(LOGIN_ROUTE, getTranslation("header.signin"));
                            login.setId("sign-in");
                            account.add(login);
                        });

        Header header = new Header(home, search, language, account);
        header.addClassName("vb-header");
        return header;
    }

    /** Opens the search page for {@code text}, keeping nothing else of the current page's state. */
    static void search(String text) {
        UI.getCurrent().navigate(SEARCH_ROUTE, QueryParameters.simple(Map.of(QUERY, text.strip())));
    }

    /**
     * Remembers the choice in a cookie (a year, the whole site) and reloads the page, so that every
     * text, including those computed by the page, comes in the new language and the URL stays.
     */
    static void switchTo(Language language) {
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax'; location.reload();",
                        Language.COOKIE,
                        language.code());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The search page has its own box (with suggestions), so the header's would be a second
        // query box right under it: one box per page, the header's everywhere else.
        boolean onSearchPage = event.getLocation().getPath().equals(SEARCH_ROUTE);
        search.setVisible(!onSearchPage);
        search.setValue("");
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    /** The header's search box (for tests of the header). */
    Component searchBox() {
        return search;
    }
}

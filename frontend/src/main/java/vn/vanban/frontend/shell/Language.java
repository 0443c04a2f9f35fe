package vn.vanban.frontend.shell;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The portal's languages: Vietnamese by default, English on request. The choice lives in a cookie,
 * so that it survives a reload and a shared link opens in the reader's own language.
 */
public enum Language {
    VIETNAMESE(Locale.of("vi")),
    ENGLISH(Locale.ENGLISH);

    static final String COOKIE = "vanban-lang";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    static List<Locale> locales() {
        return List.of(VIETNAMESE.locale, ENGLISH.locale);
    }

    /** The language of a locale; anything that is not English is Vietnamese. */
    public static Language of(@Nullable Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : VIETNAMESE;
    }

    /** The language a request's cookies chose, Vietnamese when none did. */
    static Language fromCookies(Cookie @Nullable [] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return "en".equals(cookie.getValue()) ? ENGLISH : VIETNAMESE;
                }
            }
        }
        return VIETNAMESE;
    }

    Language other() {
        return this == VIETNAMESE ? ENGLISH : VIETNAMESE;
    }

    String code() {
        return locale.getLanguage();
    }
}

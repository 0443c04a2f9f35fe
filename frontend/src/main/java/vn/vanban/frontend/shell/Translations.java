package vn.vanban.frontend.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The UI's texts, {@code i18n/messages_vi.properties} and {@code i18n/messages_en.properties}
 * (UTF-8). A missing key shows as {@code !key!} so that it is seen, never as an empty label.
 */
@Component
class Translations implements I18NProvider {

    private static final String BUNDLE = "i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                Language.of(locale).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}

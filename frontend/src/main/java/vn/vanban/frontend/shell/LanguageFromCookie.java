package vn.vanban.frontend.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/** Every new UI speaks the language of the visitor's cookie (Vietnamese without one). */
@Component
class LanguageFromCookie implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Language language = request == null ? Language.VIETNAMESE : Language.fromCookies(request.getCookies());
            init.getUI().setLocale(language.locale());
            VaadinSession session = init.getUI().getSession();
            if (session != null) {
                session.setLocale(language.locale());
            }
        });
    }
}

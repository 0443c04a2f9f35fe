package vn.vanban.frontend;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "vn.vanban")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
@PWA(name = "Văn bản — tra cứu văn bản Đảng và Nhà nước", shortName = "Văn bản")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}

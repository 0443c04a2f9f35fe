package vn.vanban.frontend;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "vn.vanban")
@PWA(name = "Văn bản — tra cứu văn bản Đảng và Nhà nước", shortName = "Văn bản")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}

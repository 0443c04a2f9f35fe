package vn.vanban.backend.api;

import java.util.List;
import org.apache.catalina.connector.Connector;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vanban.indexer.access.Audience;

@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:vn/vanban/backend/api/api.properties")
class ApiConfiguration implements WebMvcConfigurer {

    static {
        // The audience is who is asking, not a parameter of the API.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Audience.class);
    }

    private final boolean audienceHeader;

    ApiConfiguration(@Value("${vanban.api.audience-header:false}") boolean audienceHeader) {
        this.audienceHeader = audienceHeader;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AudienceArgumentResolver(audienceHeader));
    }

    /**
     * Keys contain {@code /} ({@code 03-CT/TW~tw~2021}); percent-encoded as {@code %2F} they must stay
     * one path segment. Tomcat rejects an encoded slash by default; passed through, Spring decodes it
     * inside the {@code {key}} variable.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashInKeys() {
        return (Connector connector) -> connector.setEncodedSolidusHandling("passthrough");
    }
}

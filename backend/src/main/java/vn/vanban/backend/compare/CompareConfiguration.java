package vn.vanban.backend.compare;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanban.indexer.compare.CompareService;
import vn.vanban.indexer.library.IndexDocuments;
import vn.vanban.indexer.library.Library;

/** The comparison of indexed documents, as the portal and the API call it (in-process). */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

    @Bean
    CompareService compareService(Library library) {
        return new CompareService(new IndexDocuments(library.documents()));
    }
}

package vn.vanban.backend.followup;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanban.indexer.assignment.ExpectedUnits;
import vn.vanban.indexer.assignment.FollowUpService;
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.library.Library;

/**
 * The indexer's follow-up as a bean. "Today" comes from a {@link Clock} bean when the application
 * (or a test) defines one, so statuses can be computed as on a given day; otherwise the system clock.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    FollowUpService followUpService(Library library, ObjectProvider<Clock> clock) {
        return new FollowUpService(
                library.documents(),
                library.implementers(),
                new ExpectedUnits(Gazetteer.standard()),
                clock.getIfAvailable(Clock::systemDefaultZone));
    }
}

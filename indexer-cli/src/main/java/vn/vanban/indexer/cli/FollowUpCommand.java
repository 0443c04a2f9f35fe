package vn.vanban.indexer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.assignment.ExpectedUnits;
import vn.vanban.indexer.assignment.FollowUp;
import vn.vanban.indexer.assignment.FollowUpExport;
import vn.vanban.indexer.assignment.FollowUpService;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.library.Library;

@Command(
        name = "follow-up",
        description = "Theo dõi thực hiện: ai phải làm gì, hạn nào, ai chưa làm / Who must do what by when, and who has"
                + " not: the tasks of a document's implementation section with each expected unit ON_TIME, LATE,"
                + " MISSING or NOT_DUE.")
final class FollowUpCommand implements Callable<Integer> {

    private static final ObjectWriter JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
            .writerWithDefaultPrettyPrinter();

    @Parameters(index = "0", paramLabel = "KEY", description = "a document key (179-KH/TU~thanh-uy-cam-pha~2022)")
    String key;

    @Option(
            names = "--as",
            paramLabel = "AUDIENCE",
            description = "who is asking: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Audience audience = Audience.ADMIN;

    @Option(names = "--today", paramLabel = "DATE", description = "compute statuses as on this day (yyyy-mm-dd)")
    @Nullable
    LocalDate today;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the table as CSV")
    @Nullable
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the table as XLSX")
    @Nullable
    Path xlsx;

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions index = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = today == null
                ? Clock.systemDefaultZone()
                : Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (EsConnection connection = es.connect()) {
            Library library = new Library(connection.client(), index.alias);
            FollowUpService service = new FollowUpService(
                    library.documents(), library.implementers(), new ExpectedUnits(Gazetteer.standard()), clock);
            Optional<FollowUp> followUp = service.followUp(key, audience);
            if (followUp.isEmpty()) {
                err.println("Không tìm thấy / not found: " + key);
                return 1;
            }
            out.println(JSON.writeValueAsString(followUp.get()));
            if (csv != null) {
                Files.writeString(csv, FollowUpExport.csv(followUp.get()));
            }
            if (xlsx != null) {
                Files.write(xlsx, FollowUpExport.xlsx(followUp.get()));
            }
            return 0;
        } catch (JsonProcessingException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}

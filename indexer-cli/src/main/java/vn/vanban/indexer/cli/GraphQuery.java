package vn.vanban.indexer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.library.GraphAnswer;
import vn.vanban.indexer.library.Library;

/**
 * What {@code chain} and {@code implementers} share, as a picocli mixin: the query and the connection
 * options; find the node, answer, print the answer's record as JSON (its shape is set by the records'
 * Jackson annotations, README "chain"/"implementers").
 */
final class GraphQuery {

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    @Parameters(index = "0", paramLabel = "QUERY", description = "a document key or a number as printed (45-KH/ĐU)")
    String query;

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions index = new IndexOptions();

    @Mixin
    AudienceOption audience = new AudienceOption();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * Exit codes: 0 answered, 1 not found, 2 ambiguous (the candidates are printed), 3 the graph is
     * stale and could not be rebuilt now.
     *
     * @param ask the question, given the library, the query and the audience
     */
    <T> int run(Question<T> ask) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EsConnection connection = es.connect()) {
            GraphAnswer<T> answer = ask.apply(new Library(connection.client(), index.alias), query, audience.audience);
            switch (answer) {
                case GraphAnswer.Answered<T> answered -> {
                    out.println(JSON.writeValueAsString(answered.answer()));
                    return 0;
                }
                case GraphAnswer.Ambiguous<T> ambiguous -> {
                    out.println(JSON.writeValueAsString(
                            new GraphService.Ambiguous(ambiguous.query(), ambiguous.candidates())));
                    err.println("Số hiệu mơ hồ / ambiguous number " + query + ": "
                            + ambiguous.candidates().size() + " documents; give a key");
                    return 2;
                }
                case GraphAnswer.NotFound<T> notFound -> {
                    err.println("Không tìm thấy / not found: " + notFound.query());
                    return 1;
                }
            }
        } catch (GraphState.StaleGraphException e) {
            err.println(e.getMessage());
            return 3;
        } catch (JsonProcessingException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** A graph question of the library. */
    interface Question<T> {
        GraphAnswer<T> apply(Library library, String query, Audience audience);
    }
}

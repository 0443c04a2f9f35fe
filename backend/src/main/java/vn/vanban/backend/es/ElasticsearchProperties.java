package vn.vanban.backend.es;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.vanban.indexer.es.EsEndpoint;
import vn.vanban.indexer.es.LocalNodeSettings;

/**
 * {@code vanban.elasticsearch.*}: an external cluster ({@code url} with {@code api-key} or
 * {@code username}/{@code password}; {@code ELASTICSEARCH_URL} and friends by default), otherwise
 * the managed local node ({@code local.port}, {@code local.home}, heap).
 */
@ConfigurationProperties("vanban.elasticsearch")
public record ElasticsearchProperties(
        @Nullable String url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password,
        @Nullable Local local) {

    public record Local(
            @Nullable Integer port,
            @Nullable Path home,
            @Nullable String heapMin,
            @Nullable String heapMax) {}

    /** The external cluster, or null when the local node should be used. */
    public @Nullable EsEndpoint external() {
        if (url == null || url.isBlank()) {
            return null;
        }
        return new EsEndpoint(url.strip(), blankToNull(apiKey), blankToNull(username), blankToNull(password));
    }

    public LocalNodeSettings localSettings() {
        LocalNodeSettings settings = LocalNodeSettings.fromEnvironment();
        if (local == null) {
            return settings;
        }
        if (local.port() != null) {
            settings = settings.withPort(local.port());
        }
        if (local.home() != null) {
            settings = settings.withHome(local.home().toAbsolutePath());
        }
        if (local.heapMin() != null || local.heapMax() != null) {
            settings = settings.withHeap(
                    local.heapMin() == null ? settings.heapMin() : local.heapMin(),
                    local.heapMax() == null ? settings.heapMax() : local.heapMax());
        }
        return settings;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

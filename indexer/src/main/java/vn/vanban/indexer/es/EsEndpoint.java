package vn.vanban.indexer.es;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An external Elasticsearch cluster: how users scale out. When one is configured the local node is
 * not started at all.
 *
 * @param url e.g. {@code https://es.example.org:9200}
 * @param apiKey the encoded API key (the {@code encoded} value Elasticsearch returns), or null
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null
 */
public record EsEndpoint(
        String url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password) {

    public EsEndpoint {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("ELASTICSEARCH_URL must start with http:// or https://, was: " + url);
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static EsEndpoint local(int port) {
        return new EsEndpoint("http://127.0.0.1:" + port, null, null, null);
    }

    /** {@code ELASTICSEARCH_URL} with {@code ELASTICSEARCH_API_KEY} or {@code ELASTICSEARCH_USERNAME}/{@code _PASSWORD}. */
    public static Optional<EsEndpoint> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Optional<EsEndpoint> fromEnvironment(Map<String, String> env) {
        String url = blankToNull(env.get("ELASTICSEARCH_URL"));
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new EsEndpoint(
                url,
                blankToNull(env.get("ELASTICSEARCH_API_KEY")),
                blankToNull(env.get("ELASTICSEARCH_USERNAME")),
                blankToNull(env.get("ELASTICSEARCH_PASSWORD"))));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // Never print secrets.
        return url + (apiKey != null ? " (API key)" : username != null ? " (user " + username + ")" : "");
    }
}

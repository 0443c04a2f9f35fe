package vn.vanban.frontend.shell;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal's readable Vietnamese routes in one place, so that a feature links to another by path
 * (no feature depends on another's view class, which keeps the feature slices free of cycles).
 */
public final class Routes {

    public static final String SEARCH = "";
    public static final String DOCUMENT = "van-ban";
    public static final String GRAPH = "so-do";
    public static final String IMPLEMENTERS = "trien-khai";
    public static final String COMPARE = "so-sanh";
    public static final String UPLOAD = "nhap-lieu";
    public static final String STATUS = "trang-thai";

    /**
     * The pages that read the index, every one open to the public: while Elasticsearch does not
     * answer, a request for one of them answers 503 ({@link OutagePage}). The status and sign-in
     * pages work without it and the upload page is for administrators only, so they are not here.
     */
    private static final List<String> READING = List.of(SEARCH, DOCUMENT, GRAPH, IMPLEMENTERS, COMPARE);

    private Routes() {}

    /** Whether a request path inside the portal ({@code /van-ban/03-CT/TW~tw~2021}) opens a page that reads the index. */
    static boolean readsTheIndex(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        int slash = route.indexOf('/');
        return READING.contains(slash < 0 ? route : route.substring(0, slash));
    }

    /**
     * A document's page: {@code van-ban/03-CT/TW~tw~2021}. The key's '/' stays a path separator (the
     * views take the rest of the path as the key), because an encoded slash is refused by Tomcat and
     * by Spring Security's firewall.
     */
    public static String document(String key) {
        return DOCUMENT + "/" + segment(key);
    }

    public static String graph(String key) {
        return GRAPH + "/" + segment(key);
    }

    public static String implementers(String key) {
        return IMPLEMENTERS + "/" + segment(key);
    }

    /** The comparison of these documents, in this order: {@code so-sanh?keys=A,B}. */
    public static String compare(List<String> keys) {
        return COMPARE + "?"
                + QueryParameters.simple(Map.of("keys", String.join(",", keys))).getQueryString();
    }

    /** Each part of the key between slashes, percent-encoded; '~' is unreserved (RFC 3986) and stays. */
    static String segment(String key) {
        return Arrays.stream(key.split("/", -1))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8)
                        .replace("+", "%20")
                        .replace("%7E", "~"))
                .collect(Collectors.joining("/"));
    }
}

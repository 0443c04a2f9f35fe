package vn.vanban.backend.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.vanban.indexer.access.Audience;

/**
 * Gives each REST handler the {@link Audience} of the request. Until sign-in exists (#11) every
 * request is PUBLIC; with {@code vanban.api.audience-header=true} (tests only) the header {@value
 * #HEADER}{@code : official} asks for the OFFICIAL audience.
 */
final class AudienceArgumentResolver implements HandlerMethodArgumentResolver {

    static final String HEADER = "X-Vanban-Audience";

    private final boolean headerAllowed;

    AudienceArgumentResolver(boolean headerAllowed) {
        this.headerAllowed = headerAllowed;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Audience.class;
    }

    @Override
    public Audience resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String asked = request == null ? null : request.getHeader(HEADER);
        if (headerAllowed
                && asked != null
                && asked.strip().toLowerCase(Locale.ROOT).equals("official")) {
            return Audience.OFFICIAL;
        }
        return Audience.PUBLIC;
    }
}

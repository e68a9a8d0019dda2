package vn.gov.sonla.awards.common;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a {@link KeysetPage}: the same list with the same filters (every parameter of the current request
 * but the position), from its start (on any page but the first, also an empty one reached by an old link), and
 * before and after this page. Null where there is no such page.
 */
public record PageLinks(String first, String previous, String next) {

    public static PageLinks of(HttpServletRequest request, KeysetPage<?> page) {
        return new PageLinks(
                page.first() ? null : link(request, null, null),
                page.previousBefore() == null ? null : link(request, "before", page.previousBefore()),
                page.nextAfter() == null ? null : link(request, "after", page.nextAfter()));
    }

    private static String link(HttpServletRequest request, String position, Long id) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("after") && !name.equals("before") && !name.equals("page")) {
                for (String value : parameter.getValue()) {
                    if (value != null && !value.isEmpty()) {
                        uri.queryParam(name, value);
                    }
                }
            }
        }
        if (position != null) {
            uri.queryParam(position, id);
        }
        return uri.encode().build().toUriString();
    }
}

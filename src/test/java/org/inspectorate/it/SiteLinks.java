package org.inspectorate.it;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The links a crawl of the site follows, and the shape of a page's address (one visit per kind of page). */
final class SiteLinks {

    /** Links not to follow: they end the session, leave the pages or fetch files. */
    static final List<String> SKIP = List.of("sign-out", "signout", "logout", "/api/", "jakarta.faces.resource",
            ".pdf", ".csv", ".ods", "/files/", "download", "/openapi", "/metrics", "/health");

    private SiteLinks() {
    }

    /** The page's path and query within this site, or null for links a crawl does not follow. */
    static String local(String href, String origin) {
        if (!href.startsWith(origin + "/")) {
            return null;
        }
        String rest = href.substring(origin.length());
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (SKIP.stream().anyMatch(lower::contains)) {
            return null;
        }
        String path = URI.create(rest).getPath();
        return path.endsWith(".xhtml") || path.endsWith("/") ? rest : null;
    }

    /** A page's path with the names (not values) of its parameters: a list of a thousand locations is one visit. */
    static String shape(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return uri.getPath() + "?" + names;
    }

    /**
     * Visits the site breadth first from {@code start}, each page once per shape of address and at most {@code max}
     * pages; {@code visit} looks at one page and returns the addresses it links to. The number of pages visited.
     */
    static int crawl(String origin, String start, int max, Function<String, List<String>> visit) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> shapes = new HashSet<>(Set.of(shape(start)));
        int visited = 0;
        while (!queue.isEmpty() && visited < max) {
            String path = queue.poll();
            visited++;
            for (String href : visit.apply(path)) {
                String next = local(href, origin);
                if (next != null && shapes.add(shape(next))) {
                    queue.add(next);
                }
            }
        }
        return visited;
    }
}

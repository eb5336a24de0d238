package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every screen the demo can reach speaks to people in words: as each kind of user, the test follows every link
 * from the home page (each page once per shape of address, so a list of a thousand locations is one visit) and
 * fails on any constant-like token ({@code PRIMARY_AND_COMMUNITY}), any ISO date or timestamp, or a staff email
 * address where a person's name belongs, in the text a person reads. A new page is covered by being linked.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenWordsIT {

    static final int MAX_PAGES = 120;
    static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    static final Pattern ISO_TIMESTAMP = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern STAFF_EMAIL = Pattern.compile("[\\w.+-]+@inspectorate\\.local");
    /** Pages about the account itself, where the address is what is shown. */
    static final List<String> EMAIL_PAGES = List.of("/account/", "/staff/admin/");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicPagesShowWords() {
        crawl(null, "/index.xhtml");
    }

    @Test
    void anInspectorsPagesShowWords() {
        crawl(DemoUsers.INSPECTOR, "/staff/index.xhtml");
    }

    @Test
    void aManagersPagesShowWords() {
        crawl(DemoUsers.MANAGER, "/staff/index.xhtml");
    }

    @Test
    void aRegistrationOfficersPagesShowWords() {
        crawl(DemoUsers.REGISTRATION, "/staff/index.xhtml");
    }

    @Test
    void anAdministratorsPagesShowWords() {
        crawl(DemoUsers.ADMIN, "/staff/index.xhtml");
    }

    @Test
    void aProviderAdministratorsPagesShowWords() {
        crawl(DemoUsers.PROVIDER_A, "/portal/index.xhtml");
    }

    @Test
    void aProviderContributorsPagesShowWords() {
        crawl(DemoUsers.PROVIDER_A_CONTRIBUTOR, "/portal/index.xhtml");
    }

    private void crawl(String user, String start) {
        WebClient client = new WebClient(base);
        if (user != null) {
            client.signIn(user, DemoUsers.PASSWORD);
        }
        String origin = base.getProtocol() + "://" + base.getAuthority();
        List<String> problems = new ArrayList<>();
        int visited = SiteLinks.crawl(origin, start, MAX_PAGES, path -> {
            WebClient.Response r = client.get(path);
            if (r.status() >= 500) {
                problems.add(path + ": HTTP " + r.status());
                return List.of();
            }
            String type = r.header("Content-Type");
            if (r.status() != 200 || type == null || !type.startsWith("text/html")) {
                return List.of();
            }
            Document page = Jsoup.parse(r.body(), origin + path);
            List<String> links = page.select("a[href]").stream().map(a -> a.attr("abs:href")).toList();
            // Form fields hold values for machines; [data-verbatim] marks text shown as it was recorded (the audit
            // trail's values, whatever people typed), which is evidence and not the page's own words.
            page.select("script, style, noscript, template, input, textarea, select, dialog, [data-verbatim]").remove();
            check(path, page.body() == null ? "" : page.body().text(), problems);
            check(path, page.title(), problems);
            return links;
        });
        assertTrue(problems.isEmpty(), (user == null ? "the public" : user) + " (" + visited + " pages) saw:\n"
                + String.join("\n", problems));
    }

    private static void check(String path, String text, List<String> problems) {
        find(path, CONSTANT, "a code", text, problems);
        find(path, ISO_TIMESTAMP, "an ISO timestamp", text, problems);
        find(path, ISO_DATE, "an ISO date", text, problems);
        if (EMAIL_PAGES.stream().noneMatch(path::startsWith)) {
            find(path, STAFF_EMAIL, "an email where a name belongs", text, problems);
        }
    }

    private static void find(String path, Pattern pattern, String what, String text, List<String> problems) {
        Matcher m = pattern.matcher(text);
        int found = 0;
        while (m.find() && found++ < 3) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            problems.add(path + ": " + what + " '" + m.group() + "' in \"…" + text.substring(from, to) + "…\"");
        }
    }
}

package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The portal and the public pages on a phone, 390 pixels wide: following every link from the home page (each page
 * once per shape of address, as ScreenWordsIT does), no page scrolls sideways and no short code or id in a table
 * (a location id, a reference) is broken over lines. Tables stack their rows instead (inspectorate.css). An email
 * address may wrap where it has a hyphen, as text does.
 */
@ExtendWith(ArquillianExtension.class)
class PhoneLayoutIT {

    static final int MAX_PAGES = 40;
    static final int PHONE_WIDTH = 390;

    /** Problems on the page in the browser: sideways scrolling, and one-word cells wrapped over lines. */
    static final String CHECK = """
            const problems = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > doc.clientWidth + 1) {
                const wide = Array.from(document.querySelectorAll('main *'))
                    .filter(e => e.getBoundingClientRect().right > doc.clientWidth + 1)
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''));
                problems.push('scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth + ' px, at ' + wide);
            }
            document.querySelectorAll('main td, main th').forEach(cell => {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const word = n.textContent.trim();
                    if (!word || /\\s/.test(word) || word.includes('@') || word.length > 24
                            || n.parentElement.closest('.visually-hidden, .ui-column-title')) {
                        continue;
                    }
                    const range = document.createRange();
                    range.selectNodeContents(n);
                    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1 && problems.length < 6) {
                        problems.push('"' + word + '" broken over ' + lines.size + ' lines');
                    }
                }
            });
            return problems;
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(base);
        browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void thePortalFitsAPhone() {
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/index.xhtml");
        crawl("/portal/index.xhtml");
    }

    @Test
    void thePublicPagesFitAPhone() {
        crawl("/index.xhtml");
    }

    @SuppressWarnings("unchecked")
    private void crawl(String start) {
        String origin = base.getProtocol() + "://" + base.getAuthority();
        List<String> problems = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        int visited = SiteLinks.crawl(origin, start, MAX_PAGES, path -> {
            browser.open(path);
            for (String p : (List<String>) js.executeScript(CHECK)) {
                problems.add(path + ": " + p);
            }
            return (List<String>) js.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        });
        assertTrue(visited > 3, "the crawl reached pages: " + visited);
        assertTrue(problems.isEmpty(), visited + " pages at " + PHONE_WIDTH + " px:\n" + String.join("\n", problems));
    }
}

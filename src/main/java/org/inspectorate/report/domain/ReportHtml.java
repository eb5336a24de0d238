package org.inspectorate.report.domain;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text a report may hold: paragraphs, headings, lists, emphasis, quotes, tables and plain links.
 * Everything else (scripts, styles, event handlers, images, unknown tags) is removed on the server, whatever
 * the editor sent. The result is also well-formed XHTML, so that the PDF renderer can lay it out.
 */
public final class ReportHtml {

    /** About a long chapter of text per section; an autosave larger than this is refused, not clipped. */
    public static final int MAX_LENGTH = 500_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "u",
                    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("scope").onElements("th")
            .toFactory();

    private ReportHtml() {
    }

    public static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        String clean = POLICY.sanitize(html).strip();
        // The sanitiser writes void elements as HTML; the PDF renderer reads XML.
        return clean.replace("<br>", "<br />");
    }

    /** Whether the text has anything a reader would see. */
    public static boolean blank(String html) {
        return html == null || html.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ").isBlank();
    }
}

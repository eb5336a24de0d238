package org.inspectorate.report.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ReportHtmlTest {

    @Test
    void scriptsStylesAndHandlersAreRemovedAndStructureKept() throws Exception {
        String clean = ReportHtml.sanitise("<h2>Safe</h2><p onclick=\"x()\" style=\"color:red\">Good <b>care</b><br>"
                + "<script>alert(1)</script></p><ul><li>One</li></ul><a href=\"javascript:alert(1)\">x</a>"
                + "<img src=x onerror=alert(1)>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("style"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertFalse(clean.contains("img"), clean);
        assertTrue(clean.contains("<h2>Safe</h2>"), clean);
        assertTrue(clean.contains("<li>One</li>"), clean);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<div>" + clean + "</div>")));
    }

    @Test
    void entitiesAndBreaksComeOutAsXml() throws Exception {
        String clean = ReportHtml.sanitise("<p>a&nbsp;b &copy; 2026 &amp; caf\u00e9<br>next<br/>line</p><p>It's \"x\"</p>");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<div>" + clean + "</div>")));
        assertFalse(clean.contains("&nbsp;"), clean);
    }

    @Test
    void blankMeansNothingToRead() {
        assertTrue(ReportHtml.blank("<p><br /></p>"));
        assertFalse(ReportHtml.blank("<p>x</p>"));
    }
}

package org.inspectorate.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * A simple, consistent A4 document: a title block, facts as a table, headings, paragraphs, lists and
 * (already sanitised) XHTML fragments. Text is escaped; only {@link #trustedXhtml} passes markup through.
 */
public final class PdfDocument {

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 20mm 22mm 20mm;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #505a5f; } }
            body { font-family: Helvetica, Arial, sans-serif; font-size: 11pt; color: #0b0c0c; line-height: 1.4; }
            .issuer { font-size: 10pt; font-weight: bold; color: #003078; border-bottom: 3px solid #1d70b8;
                      padding-bottom: 4pt; margin-bottom: 14pt; }
            h1 { font-size: 20pt; margin: 0 0 4pt 0; }
            .subtitle { font-size: 12pt; color: #505a5f; margin: 0 0 14pt 0; }
            h2 { font-size: 14pt; margin: 16pt 0 6pt 0; }
            h3 { font-size: 12pt; margin: 12pt 0 4pt 0; }
            table.facts { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt 0; }
            table.facts th, table.facts td { text-align: left; vertical-align: top; padding: 4pt 6pt;
                      border-bottom: 1px solid #b1b4b6; }
            table.facts th { width: 35%; }
            .footer { margin-top: 24pt; font-size: 9pt; color: #505a5f; border-top: 1px solid #b1b4b6; padding-top: 6pt; }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    private PdfDocument(String title, String issuer) {
        this.title = title;
        body.append("<div class=\"issuer\">").append(escape(issuer)).append("</div>");
        body.append("<h1>").append(escape(title)).append("</h1>");
    }

    public static PdfDocument titled(String title) {
        return new PdfDocument(title, "Inspectorate: health and social care regulator");
    }

    public PdfDocument subtitle(String text) {
        body.append("<p class=\"subtitle\">").append(escape(text)).append("</p>");
        return this;
    }

    /** Label and value rows, in the order given. */
    public PdfDocument facts(Map<String, String> rows) {
        body.append("<table class=\"facts\">");
        rows.forEach((k, v) -> body.append("<tr><th>").append(escape(k)).append("</th><td>")
                .append(escape(v == null ? "" : v)).append("</td></tr>"));
        body.append("</table>");
        return this;
    }

    public PdfDocument heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>");
        return this;
    }

    public PdfDocument subheading(String text) {
        body.append("<h3>").append(escape(text)).append("</h3>");
        return this;
    }

    public PdfDocument paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    public PdfDocument bullets(List<String> items) {
        body.append("<ul>");
        items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>"));
        body.append("</ul>");
        return this;
    }

    /** Markup that has already been sanitised to a safe subset and is well-formed XHTML. */
    public PdfDocument trustedXhtml(String xhtml) {
        body.append(xhtml);
        return this;
    }

    public PdfDocument footer(String text) {
        body.append("<div class=\"footer\">").append(escape(text)).append("</div>");
        return this;
    }

    public String xhtml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>" + body
                + "</body></html>";
    }

    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml());
        renderer.layout();
        renderer.createPDF(out);
        return out.toByteArray();
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

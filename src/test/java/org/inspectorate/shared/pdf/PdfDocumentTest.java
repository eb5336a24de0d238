package org.inspectorate.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    @Test
    void rendersAReadablePdfWithEscapedText() throws Exception {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Provider", "Smith & Jones <Care> Ltd");
        facts.put("Date of notice", "23 November 2026");
        byte[] pdf = PdfDocument.titled("Notice of Decision").subtitle("Health and Social Care Act 2008")
                .facts(facts).heading("Decision").paragraph("We have decided to grant your application.")
                .bullets(List.of("Condition one", "Condition two")).footer("Reference NOD-1").toPdf();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Notice of Decision"), text);
        assertTrue(text.contains("Smith & Jones <Care> Ltd"), text);
        assertTrue(text.contains("Condition two"), text);
        assertEquals(1, reader.getNumberOfPages());
    }

    @Test
    void escapesMarkupAndDropsControlCharacters() {
        assertEquals("&lt;script&gt;a&amp;b", PdfDocument.escape("<script>a&b\u0007"));
    }
}

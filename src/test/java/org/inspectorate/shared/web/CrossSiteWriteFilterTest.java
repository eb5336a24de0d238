package org.inspectorate.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteWriteFilterTest {

    @Test
    void fetchMetadataDecidesWhenTheBrowserSendsIt() {
        assertTrue(CrossSiteWriteFilter.sameOrigin("same-origin", "https://evil.example", "inspectorate.gov"));
        assertTrue(CrossSiteWriteFilter.sameOrigin("none", null, "inspectorate.gov"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("same-site", "https://inspectorate.gov", "inspectorate.gov"),
                "a sibling subdomain is another origin");
        assertFalse(CrossSiteWriteFilter.sameOrigin("cross-site", "https://inspectorate.gov", "inspectorate.gov"));
    }

    @Test
    void otherwiseTheOriginMustBeTheHostItSentTheRequestTo() {
        assertTrue(CrossSiteWriteFilter.sameOrigin(null, "http://localhost:9080", "localhost:9080"));
        assertTrue(CrossSiteWriteFilter.sameOrigin(null, "https://Inspectorate.gov", "inspectorate.gov"),
                "behind a TLS-terminating proxy the scheme differs; host and port decide");
        assertFalse(CrossSiteWriteFilter.sameOrigin(null, "http://localhost:9081", "localhost:9080"));
        assertFalse(CrossSiteWriteFilter.sameOrigin(null, "https://inspectorate.gov.evil.example", "inspectorate.gov"));
        assertFalse(CrossSiteWriteFilter.sameOrigin(null, null, "inspectorate.gov"), "no origin at all");
        assertFalse(CrossSiteWriteFilter.sameOrigin(null, "null", "inspectorate.gov"), "a sandboxed frame");
        assertFalse(CrossSiteWriteFilter.sameOrigin(null, "::not a uri", "inspectorate.gov"));
        assertFalse(CrossSiteWriteFilter.sameOrigin(null, "https://inspectorate.gov/path", "inspectorate.gov"));
    }

    @Test
    void theFormTypesAreRecognisedWhateverTheirParameters() {
        assertEquals("text/plain", CrossSiteWriteFilter.baseType("Text/Plain; charset=UTF-8"));
        assertEquals("multipart/form-data", CrossSiteWriteFilter.baseType("multipart/form-data; boundary=x"));
        assertEquals("", CrossSiteWriteFilter.baseType(null));
        assertTrue(CrossSiteWriteFilter.FORM_TYPES.contains(CrossSiteWriteFilter.baseType(
                "application/x-www-form-urlencoded")));
    }
}

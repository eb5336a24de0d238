package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inspectorate.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new provider's applicant uploads the statement of purpose and policies with their link (no account):
 * resumable, size and type checked; the file belongs to their application, so another applicant, a provider
 * or anyone without the token cannot see or attach it; staff see the documents on the application.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicantDocumentsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient staff() {
        return new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
    }

    private static List<String> kinds(JsonObject application) {
        return application.getJsonArray("documents").stream().map(d -> d.asJsonObject().getString("kind")).toList();
    }

    private static String status(JsonObject application, String task) {
        return application.getJsonArray("tasks").stream().map(t -> t.asJsonObject())
                .filter(t -> t.getString("key").equals(task)).findFirst().orElseThrow().getString("status");
    }

    @Test
    void anApplicantUploadsResumablyAndStaffSeeTheDocuments() throws Exception {
        Applicants applicants = new Applicants(base);
        String email = "doc-" + TestData.freshId() + "@applicant.example";
        String token = applicants.start("Dora Applicant", email, "ORGANISATION");

        byte[] sop = FileUploads.pdf(200_000);
        String fileId = applicants.upload(token, "statement-of-purpose.pdf", sop);
        WebClient.Response info = applicants.call(token, "GET", Applicants.FILES + "/" + fileId, null);
        assertEquals(200, info.status(), info.body());
        assertEquals("application/pdf", info.json().getString("type"));
        assertEquals("Dora Applicant", info.json().getString("uploaderName"));

        WebClient.Response added = applicants.attach(token, "STATEMENT_OF_PURPOSE", fileId);
        assertEquals(200, added.status(), added.body());
        assertEquals(List.of("STATEMENT_OF_PURPOSE"), kinds(added.json()));
        assertEquals("IN_PROGRESS", status(added.json(), "documents"), "the safeguarding policy is still needed");
        assertEquals(400, applicants.attach(token, "OTHER", fileId).status(), "one file is one document");

        WebClient.Response early = applicants.call(token, "POST", Applicants.APP + "/submit", "{\"declaration\":true}");
        assertEquals(400, early.status());
        assertTrue(early.body().contains("Statement of purpose and policies"), early.body());

        String policy = applicants.upload(token, "safeguarding.pdf", FileUploads.pdf(5000));
        JsonObject both = applicants.attach(token, "SAFEGUARDING_POLICY", policy).json();
        assertEquals("COMPLETED", status(both, "documents"));

        // Removing a document, then adding it again.
        WebClient.Response removed = applicants.call(token, "DELETE", Applicants.APP + "/documents/" + policy, null);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(List.of("STATEMENT_OF_PURPOSE"), kinds(removed.json()));
        assertEquals(404, applicants.call(token, "DELETE", Applicants.APP + "/documents/" + policy, null).status());
        assertEquals(200, applicants.attach(token, "SAFEGUARDING_POLICY", policy).status());

        long id = applicants.completeAndSubmit(token, "Dora Care Ltd", email);
        assertEquals(400, applicants.declare(token, "late.pdf", "application/pdf", 100).status(),
                "no uploads once submitted");

        JsonObject seen = staff().get(Applicants.STAFF + "/" + id).json();
        assertTrue(kinds(seen).containsAll(List.of("STATEMENT_OF_PURPOSE", "SAFEGUARDING_POLICY")), seen.toString());
        WebClient.Response content = staff().get("/api/v1/files/" + fileId + "/content");
        assertEquals(200, content.status());
        assertTrue(content.body().startsWith("%PDF"), "the applicant's file as uploaded");
        WebClient officer = new WebClient(base);
        officer.signIn(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
        String page = officer.get("/staff/registration/application.xhtml?id=" + id).body();
        assertTrue(page.contains("statement-of-purpose.pdf") && page.contains("/api/v1/files/" + fileId + "/content"),
                "staff see and can open the documents");
    }

    @Test
    void wrongTypesAndSizesAreRefusedWithAReason() {
        Applicants applicants = new Applicants(base);
        String token = applicants.start("Ed Applicant", "ed-" + TestData.freshId() + "@applicant.example",
                "INDIVIDUAL");

        WebClient.Response big = applicants.declare(token, "huge.pdf", "application/pdf", 26_214_401L);
        assertEquals(400, big.status());
        assertTrue(big.isProblem());
        assertTrue(big.body().contains("smaller than"), big.body());

        WebClient.Response exe = applicants.declare(token, "tool.exe", "application/x-msdownload", 100);
        assertEquals(400, exe.status());
        assertTrue(exe.body().contains("must be a"), exe.body());

        byte[] notPdf = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        WebClient.Response declared = applicants.declare(token, "policy.pdf", "application/pdf", notPdf.length);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        WebClient.Response sent = applicants.patch(token, id, 0, notPdf);
        assertEquals(400, sent.status(), sent.body());
        assertTrue(sent.isProblem());
        assertTrue(sent.body().contains("does not match"), sent.body());
        assertEquals("REJECTED", applicants.call(token, "GET", Applicants.FILES + "/" + id, null).json()
                .getString("status"));
        WebClient.Response attach = applicants.attach(token, "STATEMENT_OF_PURPOSE", id);
        assertEquals(400, attach.status(), "a rejected file cannot become a document");

        WebClient.Response wrongKind = applicants.attach(token, "PASSPORT", id);
        assertEquals(400, wrongKind.status());
        assertTrue(wrongKind.body().contains("kind"), wrongKind.body());
    }

    @Test
    void anotherApplicantAProviderOrNoTokenCannotSeeOrAttachTheFile() {
        Applicants applicants = new Applicants(base);
        String mine = applicants.start("Flo Applicant", "flo-" + TestData.freshId() + "@applicant.example",
                "INDIVIDUAL");
        String theirs = applicants.start("Gus Applicant", "gus-" + TestData.freshId() + "@applicant.example",
                "INDIVIDUAL");
        String fileId = applicants.upload(mine, "sop.pdf", FileUploads.pdf(4000));

        assertEquals(404, applicants.call(theirs, "GET", Applicants.FILES + "/" + fileId, null).status());
        assertEquals(404, applicants.call(theirs, "HEAD", Applicants.FILES + "/" + fileId, null).status());
        assertEquals(404, applicants.patch(theirs, fileId, 0, new byte[] {1}).status());
        WebClient.Response stolen = applicants.attach(theirs, "STATEMENT_OF_PURPOSE", fileId);
        assertEquals(400, stolen.status(), stolen.body());
        assertTrue(stolen.body().contains("Upload the file first"), stolen.body());
        assertEquals(0, applicants.call(theirs, "GET", Applicants.APP, null).json().getJsonArray("documents").size());

        assertEquals(404, applicants.call(null, "GET", Applicants.FILES + "/" + fileId, null).status());
        assertEquals(404, applicants.declare(null, "x.pdf", "application/pdf", 10).status());
        assertEquals(404, applicants.declare("not-a-token", "x.pdf", "application/pdf", 10).status());
        assertEquals(404, new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).get("/api/v1/files/" + fileId)
                .status(), "a provider cannot read an applicant's file");
        assertEquals(404, new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY).get("/api/v1/files/" + fileId
                + "/content").status());
        long refused = PortalUsers.audit(base, "action=ACCESS_REFUSED&entityType=StoredFile&entityId=" + fileId)
                .getJsonNumber("total").longValue();
        assertTrue(refused >= 3, "refusals are audited: " + refused);
        assertEquals(200, staff().get("/api/v1/files/" + fileId).status(), "staff read every file");
    }
}

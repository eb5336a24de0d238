package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.inspectorate.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusing a new provider, who has no provider record yet: the notice of proposal is addressed to the applicant
 * (28 days for representations, made with their link), then the notice of decision (28 days to appeal, effect
 * the day after), an appeal recorded and dismissed, and the refusal taking effect; the applicant's notice page
 * shows each step. An expired or replaced link is 410 "your link has expired", on the API and on the screens.
 */
@ExtendWith(ArquillianExtension.class)
class NewProviderRefusalIT {

    private static final String NOTICES = Applicants.APP + "/notices";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient staff() {
        return new WebClient(base).basicAuth(DemoUsers.REGISTRATION, DemoUsers.PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String day(LocalDate d) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(d);
    }

    private long assessed(Applicants applicants, String token, String name, String email) {
        long id = applicants.completeAndSubmit(token, name, email);
        assertEquals(200, staff().postJson(Applicants.STAFF + "/" + id + "/validate", "{}").status());
        long inspector = Json.createReader(new StringReader(staff().get("/api/v1/staff/registration/inspectors")
                .body())).readArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, staff().postJson(Applicants.STAFF + "/" + id + "/assign", "{\"inspectorId\":" + inspector
                + "}").status());
        return id;
    }

    private static JsonArray array(WebClient.Response r) {
        assertEquals(200, r.status(), r.body());
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    private static JsonObject last(JsonArray notices) {
        return notices.getJsonObject(notices.size() - 1).getJsonObject("notice");
    }

    @Test
    void aNewProviderIsRefusedByNoticesAddressedToTheApplicant() {
        Applicants applicants = new Applicants(base);
        String email = "ref-" + TestData.freshId() + "@applicant.example";
        String token = applicants.start("Rita Applicant", email, "ORGANISATION");
        long id = assessed(applicants, token, "Rita Care Ltd", email);
        String other = applicants.start("Sid Applicant", "sid-" + TestData.freshId() + "@applicant.example",
                "INDIVIDUAL");
        LocalDate today = today();

        // Notice of proposal, addressed to the applicant by name.
        WebClient.Response proposed = staff().postJson(Applicants.STAFF + "/" + id + "/propose-refusal",
                "{\"reasons\":\"The statement of purpose does not show safe staffing\"}");
        assertEquals(200, proposed.status(), proposed.body());
        assertEquals("PROPOSED", proposed.json().getString("status"));
        String mail = MailSink.await(email, "We propose to refuse", Duration.ofSeconds(30)).body();
        assertTrue(mail.contains(day(today.plusDays(28))), mail);

        JsonArray notices = array(applicants.call(token, "GET", NOTICES, null));
        assertEquals(1, notices.size());
        JsonObject nop = last(notices);
        assertEquals("NOTICE_OF_PROPOSAL", nop.getString("kind"));
        assertTrue(!nop.containsKey("providerId") || nop.isNull("providerId"));
        assertEquals("Rita Applicant", nop.getString("addresseeName"));
        assertEquals(today.toString(), nop.getString("servedOn"));
        assertEquals(today.plusDays(28).toString(), nop.getString("representationsDue"), "28 calendar days");
        assertEquals(28, nop.getInt("representationDaysLeft"));
        assertTrue(nop.getBoolean("representationsOpen"));
        long nopId = nop.getJsonNumber("id").longValue();
        assertEquals(0, array(applicants.call(other, "GET", NOTICES, null)).size(),
                "another applicant sees none of it");

        WebClient.Response pdf = new WebClient(base).get(NOTICES + "/" + nopId + "/pdf?token=" + token);
        assertEquals(200, pdf.status(), "the PDF linked from the notice page");
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals(404, new WebClient(base).get(NOTICES + "/" + nopId + "/pdf?token=" + other).status());

        WebClient web = new WebClient(base);
        String page = web.get("/applicant/notice.xhtml?token=" + token).body();
        assertTrue(page.contains(nop.getString("reference")) && page.contains(day(today.plusDays(28))), page);
        assertTrue(web.get("/applicant/application.xhtml?token=" + token).body()
                .contains("/applicant/notice.xhtml?token=" + token), "the application page links to the notices");

        WebClient.Response early = staff().postJson(Applicants.STAFF + "/" + id + "/decide", "{\"reasons\":\"x\"}");
        assertEquals(400, early.status(), "no decision while the applicant may still make representations");

        // Written representations, with the link only.
        String reps = Applicants.APP + "/notices/" + nopId + "/representations";
        assertEquals(400, applicants.call(token, "POST", reps, "{\"text\":\" \"}").status());
        assertEquals(404, applicants.call(other, "POST", reps, "{\"text\":\"Not mine\"}").status(),
                "another applicant cannot make representations on this notice");
        WebClient.Response made = applicants.call(token, "POST", reps, "{\"text\":\"We have recruited six carers\"}");
        assertEquals(201, made.status(), made.body());
        assertEquals("Rita Applicant", made.json().getString("madeBy"));
        assertEquals(1, array(applicants.call(token, "GET", NOTICES, null)).getJsonObject(0)
                .getJsonArray("representations").size());

        // Notice of decision: 28 days to appeal, takes effect the day after.
        WebClient.Response decided = staff().postJson(Applicants.STAFF + "/" + id + "/decide",
                "{\"reasons\":\"The representations do not show safe staffing\"}");
        assertEquals(200, decided.status(), decided.body());
        assertEquals("DECIDED", decided.json().getString("status"));
        MailSink.await(email, "We have decided to refuse", Duration.ofSeconds(30));
        notices = array(applicants.call(token, "GET", NOTICES, null));
        assertEquals(2, notices.size());
        assertEquals("CONCLUDED", notices.getJsonObject(0).getJsonObject("notice").getString("status"));
        JsonObject nod = last(notices);
        assertEquals("NOTICE_OF_DECISION", nod.getString("kind"));
        assertTrue(nod.getBoolean("appealable"));
        assertEquals(today.toString(), nod.getString("servedOn"));
        assertEquals(today.plusDays(28).toString(), nod.getString("appealDue"));
        assertEquals(28, nod.getInt("appealDaysLeft"));
        assertEquals(today.plusDays(29).toString(), nod.getString("takesEffectOn"));
        assertEquals(400, applicants.call(token, "POST", reps, "{\"text\":\"Late\"}").status(),
                "the proposal is closed");
        page = web.get("/applicant/notice.xhtml?token=" + token).body();
        assertTrue(page.contains(nod.getString("reference")) && page.contains(day(today.plusDays(28)))
                && page.contains(day(today.plusDays(29))), "the decision, its appeal window and effect are shown");
        assertFalse(page.contains("id=\"represent\""), "no representations form once the proposal has closed");

        // An appeal is recorded, then dismissed: the refusal takes effect.
        WebClient.Response appealed = staff().postJson(Applicants.STAFF + "/" + id + "/appeal",
                "{\"lodgedOn\":\"" + today + "\"}");
        assertEquals(200, appealed.status(), appealed.body());
        nod = last(array(applicants.call(token, "GET", NOTICES, null)));
        assertEquals(today.toString(), nod.getString("appealLodgedOn"));
        assertTrue(!nod.containsKey("takesEffectOn") || nod.isNull("takesEffectOn"), "no effect while the appeal is pending");
        assertTrue(web.get("/applicant/notice.xhtml?token=" + token).body().contains("An appeal was lodged on "
                + day(today)));
        WebClient.Response dismissed = staff().postJson(Applicants.STAFF + "/" + id + "/appeal-outcome",
                "{\"decidedOn\":\"" + today + "\",\"outcome\":\"DISMISSED\"}");
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals("REFUSED", dismissed.json().getString("status"));
        nod = last(array(applicants.call(token, "GET", NOTICES, null)));
        assertEquals(today.toString(), nod.getString("takesEffectOn"));
        assertEquals("Appeal dismissed", nod.getString("appealOutcome"));
        assertEquals("REFUSED", applicants.call(token, "GET", Applicants.APP, null).json().getString("status"));
        assertTrue(web.get("/applicant/notice.xhtml?token=" + token).body().contains("Appeal dismissed"));

        // Staff see the notices on the application; a provider's portal lists none of them.
        JsonObject seen = staff().get(Applicants.STAFF + "/" + id).json();
        assertEquals(2, seen.getJsonArray("notices").size());
        assertEquals(404, new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY)
                .get("/api/v1/portal/notices/" + nopId).status());
    }

    @Test
    void anExpiredOrReplacedLinkIsGoneWithAClearMessage() throws Exception {
        Applicants applicants = new Applicants(base);
        String email = "exp-" + TestData.freshId() + "@applicant.example";
        String token = applicants.start("Tess Applicant", email, "INDIVIDUAL");
        long id = applicants.call(token, "GET", Applicants.APP, null).json().getJsonNumber("id").longValue();

        Database.update("update registration_application set token_expires_at = now() - interval '1 minute'"
                + " where id = ?", id);
        WebClient.Response api = applicants.call(token, "GET", Applicants.APP, null);
        assertEquals(410, api.status(), api.body());
        assertTrue(api.isProblem());
        assertEquals("Your link has expired", api.json().getString("title"));
        assertTrue(api.json().getString("detail").contains("Send me my link again"), api.body());
        assertEquals(410, applicants.declare(token, "x.pdf", "application/pdf", 10).status());
        assertEquals(410, applicants.call(token, "GET", NOTICES, null).status());

        WebClient web = new WebClient(base);
        for (String page : new String[] {"/applicant/application.xhtml?token=", "/applicant/notice.xhtml?token=",
                "/applicant/section.xhtml?section=documents&token="}) {
            WebClient.Response screen = web.get(page + token);
            assertEquals(410, screen.status(), page);
            assertTrue(screen.body().contains("Your link has expired"), screen.body());
            assertTrue(screen.body().contains("/apply-to-register.xhtml"), "says how to get a new link");
        }
        assertEquals(404, web.get("/applicant/application.xhtml?token=never-issued").status(),
                "a token that was never ours is still not found");

        // A new link replaces the expired one; the old one stays gone.
        assertEquals(202, new WebClient(base).postJson("/api/v1/applicant/links", "{\"email\":\"" + email + "\"}")
                .status());
        String fresh = token;
        for (int i = 0; i < 100 && fresh.equals(token); i++) {
            Thread.sleep(100);
            fresh = Applicants.token(MailSink.await(email, "Your application to register", Duration.ofSeconds(30)));
        }
        assertEquals(200, applicants.call(fresh, "GET", Applicants.APP, null).status());
        assertEquals(410, applicants.call(token, "GET", Applicants.APP, null).status());
    }
}

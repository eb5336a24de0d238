package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.inspectorate.demo.RegisterGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The journey in a real browser, every page checked with axe-core: an inspector opens an assessment of a
 * location, is refused an invalid score and a missing rationale, records evidence and scores and submits; a manager
 * approves, which proposes the ratings (staff see them, the public does not); the provider sees them with the draft
 * report and confirms it; the manager publishes the report, and only then do the ratings and their explanation show
 * on the staff, portal and public pages, with the report in the public history.
 */
@ExtendWith(ArquillianExtension.class)
class RatingJourneyIT {

    /** Provider A's fifth location: unrated in the demo data. */
    static final String LOCATION = RegisterGenerator.locationId(4);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(base);
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) {
        browser.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    private void score(String statement, String score, String rationale) {
        new Select(browser.find("#score\\:statementCode")).selectByValue(statement);
        browser.type("score:score", score);
        browser.type("score:rationale", rationale);
        browser.click("#score\\:save");
    }

    @Test
    void anInspectorScoresAManagerApprovesAndTheExplainedRatingsShowEverywhere() {
        browser.signIn(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/location.xhtml?id=" + LOCATION);
        assertTrue(browser.text("#ratings-title").contains("Ratings"));
        browser.assertAccessible();
        browser.click("#open-assessment");
        browser.waitForPath("/staff/assessments/new.xhtml");
        browser.assertAccessible();
        for (String s : Assessments.ONE_PER_KEY_QUESTION) {
            browser.click("input[value='" + s + "']");
        }
        browser.type("open:team", "A. Inspector, B. Specialist");
        browser.click("#open\\:save");
        browser.waitForPath("/staff/assessments/view.xhtml");
        browser.assertAccessible();
        String workspace = browser.path();

        score("S1", "5", " ");
        browser.waitFor(".app-error-summary");
        String errors = browser.text(".app-error-summary");
        assertTrue(errors.contains("The score must be a whole number from 1 to 4"), errors);
        assertTrue(errors.contains("Enter the rationale for the score"), errors);
        browser.assertAccessible();

        new Select(browser.find("#evidence\\:statementCode")).selectByValue("S1");
        new Select(browser.find("#evidence\\:categoryCode")).selectByValue("OBSERVATION");
        browser.type("evidence:source", "Site visit");
        browser.type("evidence:summary", "Staff reported and learned from incidents openly");
        browser.click("#evidence\\:save");
        browser.waitFor(".app-notice");

        String[] scores = {"3", "3", "4", "4", "3"};
        for (int i = 0; i < scores.length; i++) {
            score(Assessments.ONE_PER_KEY_QUESTION[i], scores[i], "Seen and heard on the visit");
            browser.waitFor(".app-notice");
        }
        assertTrue(browser.text("#scores").contains("Seen and heard on the visit"));
        browser.clickAndConfirm("#workflow\\:submit");
        browser.waitFor(".app-notice");
        assertTrue(browser.text("#assessment-state").contains("Waiting for approval"));
        browser.signOut();

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open(workspace);
        browser.assertAccessible();
        browser.click("#workflow\\:approve");
        browser.waitFor(".app-notice");
        assertTrue(browser.text("#assessment-state").contains("Approved"));
        assertTrue(browser.text("#proposal-state").contains("Proposed"), browser.text("#proposal-state"));
        assertTrue(browser.text("#proposed-overall").contains("Outstanding"));
        browser.assertAccessible();
        browser.signOut();

        browser.open("/location.xhtml?id=" + LOCATION);
        assertTrue(browser.text("main").contains("has not been rated yet"), "approval alone publishes nothing");

        long assessment = Long.parseLong(workspace.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        long report = Assessments.toFactualAccuracy(base, assessment, LOCATION);
        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/");
        browser.open("/portal/reports/view.xhtml?id=" + report);
        browser.waitFor("#draft-ratings-table");
        assertTrue(browser.text("#draft-ratings-table").contains("Outstanding"), "the draft report shows its ratings");
        browser.assertAccessible();
        browser.click("#finish\\:noInaccuracies");
        browser.click("#finish\\:send");
        browser.waitFor("#responded");
        browser.signOut();

        browser.signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.waitForPath("/staff/");
        browser.open("/staff/reports/edit.xhtml?id=" + report);
        browser.click("#actions\\:finalise");
        browser.waitFor("#actions\\:publish");
        browser.clickAndConfirm("#actions\\:publish");
        browser.waitFor("#published-report");
        browser.open(workspace);
        assertTrue(browser.text("#proposal-state").contains("Published with the report"),
                browser.text("#proposal-state"));
        browser.click("#published-rating");
        browser.waitForPath("/staff/rating.xhtml");
        assertTrue(browser.text("#explained-overall").contains("Outstanding"));
        assertTrue(browser.text("#overall-rules").contains("2 key questions are Outstanding and the others Good"));
        assertTrue(browser.text("main").contains("Staff reported and learned from incidents openly"));
        assertTrue(browser.text("#rating-history").contains("SAF-2024-12"));
        assertTrue(browser.text("#rating-history").contains("with the inspection report"), browser.text("#rating-history"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoUsers.PROVIDER_A, DemoUsers.PASSWORD);
        browser.waitForPath("/portal/");
        browser.open("/portal/location.xhtml?id=" + LOCATION);
        assertTrue(browser.text("#overall-rating").contains("Outstanding"));
        browser.assertAccessible();
        browser.click("#rating-explanation-link");
        browser.waitForPath("/portal/rating.xhtml");
        assertTrue(browser.text("main").contains("Staff reported and learned from incidents openly"));
        assertTrue(browser.text("#kq-SAFE").contains("75%"));
        browser.assertAccessible();
        browser.signOut();

        browser.open("/location.xhtml?id=" + LOCATION);
        assertTrue(browser.text("#overall-rating").contains("Outstanding"));
        browser.assertAccessible();
        browser.click("#rating-explanation-link");
        browser.waitForPath("/rating.xhtml");
        assertTrue(browser.text("#overall-rules").contains("2 key questions are Outstanding and the others Good"));
        assertTrue(browser.text("#evidence-dates").matches("\\d{1,2} [A-Z][a-z]{2,8} \\d{4} to \\d{1,2} [A-Z][a-z]{2,8} \\d{4}"),
                browser.text("#evidence-dates"));
        assertFalse(browser.text("main").contains("Staff reported and learned"), "the public sees no evidence items");
        assertTrue(browser.text("main").contains("Seen and heard on the visit"),
                "the public reads the rationale's summary the methodology allows");
        assertTrue(browser.text("#public-rationales").contains("in short"), browser.text("#public-rationales"));
        browser.assertAccessible();
        browser.click("#rating-history a[href*='report.xhtml']");
        browser.waitFor("#ratings");
        assertTrue(browser.text("main").contains("Outstanding"), "the published report carries its ratings");
        browser.assertAccessible();
    }
}

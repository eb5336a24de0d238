package org.inspectorate.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectorate.assessment.application.AssessmentService;
import org.inspectorate.assessment.application.Commands;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Opening an assessment of a location: full or focused, with the team, dates and methodology version. */
@Named
@ViewScoped
public class NewAssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService service;

    @Inject
    FrameworkCatalogue catalogue;

    private String location;
    private String kind = "FOCUSED";
    private List<String> statements = new ArrayList<>();
    private String team;
    private String startsOn;
    private String endsOn;
    private String methodology;

    @PostConstruct
    void init() {
        methodology = catalogue.inForceOn(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))).code();
        startsOn = LocalDate.now().toString();
        endsOn = LocalDate.now().toString();
    }

    public void open() {
        Validation v = new Validation();
        LocalDate start = Forms.date(v, startsOn, "startsOn", "the start date");
        LocalDate end = Forms.date(v, endsOn, "endsOn", "the end date");
        try {
            v.throwIfInvalid();
            long id = service.open(new Commands.Open(location, kind, statements, team, start, end, methodology));
            FacesErrors.info("The assessment is open. Record evidence and scores below.");
            Pages.redirect("/staff/assessments/view.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            FacesErrors.show("open", e);
        }
    }

    public List<Methodology> getMethodologies() {
        return catalogue.methodologies();
    }

    public List<Framework.Statement> getAllStatements() {
        return catalogue.framework(catalogue.current().frameworkCode()).statements();
    }

    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public List<String> getStatements() { return statements; }
    public void setStatements(List<String> v) { statements = v; }
    public String getTeam() { return team; }
    public void setTeam(String v) { team = v; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String v) { startsOn = v; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String v) { endsOn = v; }
    public String getMethodology() { return methodology; }
    public void setMethodology(String v) { methodology = v; }
}

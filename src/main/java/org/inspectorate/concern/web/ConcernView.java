package org.inspectorate.concern.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.inspectorate.concern.application.ConcernService;
import org.inspectorate.concern.domain.ConcernForm;
import org.inspectorate.concern.domain.ConcernKind;
import org.inspectorate.concern.domain.RaisedWithProvider;
import org.inspectorate.concern.domain.Relationship;
import org.inspectorate.concern.domain.SubmissionLimitReached;
import org.inspectorate.concern.domain.Topic;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.ClientAddress;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.NextPage;
import org.inspectorate.shared.web.Pages;

/**
 * The public "give feedback on care" and whistleblowing forms. What the person typed stays on the form
 * whatever goes wrong; the reference is shown on the next page at once.
 */
@Named
@ViewScoped
public class ConcernView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService service;

    @Inject
    RegisterQueries register;

    private ConcernKind kind = ConcernKind.FEEDBACK;
    private String locationId;
    private String locationName;
    private String serviceName;
    private String serviceTown;
    private Topic topic;
    private String whatHappened;
    private String whenHappened;
    private Relationship relationship;
    private String immediateRisk;
    private RaisedWithProvider raisedWithProvider;
    private boolean anonymous;
    private String name;
    private String email;
    private String phone;
    private boolean mayContact;
    private String website;

    public void feedback() {
        start(ConcernKind.FEEDBACK);
    }

    public void whistleblowing() {
        start(ConcernKind.WHISTLEBLOWING);
    }

    private void start(ConcernKind k) {
        kind = k;
        if (OrganisationId.isValid(locationId)) {
            register.publicLocation(locationId).ifPresentOrElse(l -> locationName = l.name(), () -> locationId = null);
        } else {
            locationId = null;
        }
    }

    public void submit() {
        LocalDate when;
        try {
            when = whenHappened == null || whenHappened.isBlank() ? null : LocalDate.parse(whenHappened.strip());
        } catch (DateTimeParseException e) {
            FacesErrors.field("concern:whenHappened", Messages.get("concern.when.invalid"));
            return;
        }
        ConcernForm form = new ConcernForm(kind, locationId, serviceName, serviceTown, topic, whatHappened, when,
                relationship, immediateRisk == null ? null : Boolean.valueOf(immediateRisk), raisedWithProvider,
                anonymous, name, email, phone, mayContact);
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            ConcernService.Receipt receipt = service.submit(form, ClientAddress.of(request), website);
            NextPage.put(FeedbackReceivedView.REFERENCE, receipt.reference());
            NextPage.put(FeedbackReceivedView.KIND, receipt.kind());
            Pages.redirect("/feedback-received.xhtml");
        } catch (ValidationFailure e) {
            FacesErrors.show("concern", e);
        } catch (SubmissionLimitReached e) {
            FacesErrors.field("concern:submit", Messages.get("concern.limit"));
        }
    }

    public boolean isWhistleblowing() {
        return kind == ConcernKind.WHISTLEBLOWING;
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<Relationship> getRelationships() {
        return isWhistleblowing() ? List.of(Relationship.WORKS_THERE, Relationship.WORKED_THERE)
                : List.of(Relationship.values());
    }

    public List<RaisedWithProvider> getRaisedOptions() {
        return List.of(RaisedWithProvider.values());
    }

    public ConcernKind getKind() { return kind; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String v) { locationId = v; }
    public String getLocationName() { return locationName; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String v) { serviceName = v; }
    public String getServiceTown() { return serviceTown; }
    public void setServiceTown(String v) { serviceTown = v; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic v) { topic = v; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String v) { whatHappened = v; }
    public String getWhenHappened() { return whenHappened; }
    public void setWhenHappened(String v) { whenHappened = v; }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship v) { relationship = v; }
    public String getImmediateRisk() { return immediateRisk; }
    public void setImmediateRisk(String v) { immediateRisk = v; }
    public RaisedWithProvider getRaisedWithProvider() { return raisedWithProvider; }
    public void setRaisedWithProvider(RaisedWithProvider v) { raisedWithProvider = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public boolean isMayContact() { return mayContact; }
    public void setMayContact(boolean v) { mayContact = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
}

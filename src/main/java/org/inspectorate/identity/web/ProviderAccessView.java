package org.inspectorate.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.identity.application.AdminRecoveryService;
import org.inspectorate.identity.application.InvitationRecord;
import org.inspectorate.identity.application.OrganisationAccessQueries;
import org.inspectorate.identity.application.RecoveryRequestRecord;
import org.inspectorate.identity.application.TeamMember;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.registry.application.RegisteredContact;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.PageRequest;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;

/**
 * Staff: one provider organisation's portal access. Its users, pending invitations, the people the
 * register names (to verify requests against), and pending requests for a new administrator to decide.
 */
@Named
@ViewScoped
public class ProviderAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAccessQueries queries;

    @Inject
    AdminRecoveryService recovery;

    @Inject
    RegisterLookups register;

    private String id;
    private String providerName;
    private PagedLazyModel<TeamMember> users;
    private List<InvitationRecord> invitations;
    private List<RegisteredContact> contacts;
    private List<RecoveryRequestRecord> requests;
    private long administrators;
    private boolean verified;
    private String note;

    public void load() {
        providerName = id != null && OrganisationId.isValid(id) ? register.providerName(id).orElse(null) : null;
        if (providerName == null) {
            Pages.notFound();
            return;
        }
        users = new PagedLazyModel<>(() -> queries.countUsers(id), page -> queries.users(id, page),
                u -> String.valueOf(u.id()));
        invitations = queries.pendingInvitations(id);
        contacts = queries.registerContacts(id);
        requests = queries.pendingRequests(id, new PageRequest(1, PageRequest.MAX_SIZE));
        administrators = queries.activeAdministrators(id);
    }

    /** Requests are decided oldest first: this is the one the decision form is about. */
    public RecoveryRequestRecord getOldest() {
        return requests == null || requests.isEmpty() ? null : requests.get(0);
    }

    public void grant() {
        RecoveryRequestRecord r = getOldest();
        decide(() -> recovery.grant(r.id(), r.version(), verified, note),
                "An administrator invitation has been emailed to " + r.requesterEmail() + ".");
    }

    public void reject() {
        RecoveryRequestRecord r = getOldest();
        decide(() -> recovery.reject(r.id(), r.version(), note),
                "The request has been rejected and " + r.requesterName() + " told why.");
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            FacesErrors.info(done);
            Pages.redirect("/staff/provider-access.xhtml?id=" + id);
        } catch (ValidationFailure e) {
            FacesErrors.show("decide", e);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getProviderName() {
        return providerName;
    }

    public PagedLazyModel<TeamMember> getUsers() {
        return users;
    }

    public List<InvitationRecord> getInvitations() {
        return invitations;
    }

    public List<RegisteredContact> getContacts() {
        return contacts;
    }

    public List<RecoveryRequestRecord> getRequests() {
        return requests;
    }

    public long getAdministrators() {
        return administrators;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.inspectorate.identity.application.CoverRecord;
import org.inspectorate.identity.application.CoverService;
import org.inspectorate.identity.application.InvitationRecord;
import org.inspectorate.identity.application.InvitationService;
import org.inspectorate.identity.application.TeamMember;
import org.inspectorate.identity.application.TeamQueries;
import org.inspectorate.identity.application.TeamService;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.PagedLazyModel;
import org.inspectorate.shared.web.Pages;

/** The team page: an organisation's users, pending invitations and cover, for its administrators. */
@Named
@ViewScoped
public class TeamView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamQueries team;

    @Inject
    TeamService service;

    @Inject
    InvitationService invitations;

    @Inject
    CoverService covers;

    private PagedLazyModel<TeamMember> users;
    private PagedLazyModel<InvitationRecord> pending;
    private PagedLazyModel<CoverRecord> cover;
    private long administrators;
    private boolean mfaRequired;

    @PostConstruct
    void init() {
        users = new PagedLazyModel<>(team::countUsers, team::users, u -> String.valueOf(u.id()));
        pending = new PagedLazyModel<>(team::countPendingInvitations, team::pendingInvitations,
                i -> String.valueOf(i.id()));
        cover = new PagedLazyModel<>(team::countCurrentCover, team::currentCover, c -> String.valueOf(c.id()));
        administrators = team.activeAdministrators();
        mfaRequired = team.mfaRequired();
    }

    public void saveMfaPolicy() {
        service.requireMfa(mfaRequired);
        FacesErrors.info(mfaRequired ? "Everyone in your organisation must now use an authenticator app to sign in."
                : "Using an authenticator app is now each person's choice.");
        Pages.redirect("/portal/team/index.xhtml");
    }

    public void revokeInvitation(long id) {
        try {
            invitations.revoke(id);
            FacesErrors.info("The invitation has been withdrawn; its link no longer works.");
        } catch (ValidationFailure | NotFound e) {
            FacesErrors.info("That invitation had already been used, withdrawn or expired.");
        }
        Pages.redirect("/portal/team/index.xhtml");
    }

    public void endCover(long id) {
        covers.end(id);
        FacesErrors.info("The cover has ended.");
        Pages.redirect("/portal/team/index.xhtml");
    }

    public PagedLazyModel<TeamMember> getUsers() {
        return users;
    }

    public PagedLazyModel<InvitationRecord> getPending() {
        return pending;
    }

    public PagedLazyModel<CoverRecord> getCover() {
        return cover;
    }

    public long getAdministrators() {
        return administrators;
    }

    public boolean isMfaRequired() {
        return mfaRequired;
    }

    public void setMfaRequired(boolean mfaRequired) {
        this.mfaRequired = mfaRequired;
    }
}

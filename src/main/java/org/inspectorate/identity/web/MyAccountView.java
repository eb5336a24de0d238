package org.inspectorate.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.identity.application.AccountService;
import org.inspectorate.identity.application.MyAccount;
import org.inspectorate.identity.application.SessionRecord;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** "Your account": who you are, your second factor, and your signed-in sessions, which you can end. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private MyAccount me;
    private List<SessionRecord> sessions;

    @PostConstruct
    void init() {
        me = accounts.me();
        sessions = accounts.sessions();
    }

    public void endSession(String id) {
        try {
            accounts.endSession(id);
            FacesErrors.info("The session has been ended. Whoever was using it must sign in again.");
        } catch (NotFound e) {
            FacesErrors.info("That session had already ended.");
        }
        Pages.redirect("/account/index.xhtml");
    }

    public void endOthers() {
        int ended = accounts.endOtherSessions();
        FacesErrors.info(ended == 1 ? "1 other session has been ended." : ended + " other sessions have been ended.");
        Pages.redirect("/account/index.xhtml");
    }

    public MyAccount getMe() {
        return me;
    }

    public List<SessionRecord> getSessions() {
        return sessions;
    }

    public boolean isOtherSessions() {
        return sessions.stream().anyMatch(s -> !s.current());
    }
}

package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inspectorate.registration.domain.ApplicantToken;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.shared.config.Settings;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.mail.OutgoingMail;

/**
 * Emails to a new provider's applicant (who has no portal account): the personal link, and the letters of the
 * staff workflow (validation, return, requests for information, decisions), through the transactional outbox.
 */
@ApplicationScoped
public class ApplicantMail {

    static final String LINK_PATH = "/applicant/application.xhtml?token=";
    private static final String SIGN_OFF = "\n\nIf you did not expect this email, you can ignore it.\n\nThe Inspectorate";

    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    public void link(RegistrationApplication a, ApplicantToken.Issued token, boolean started) {
        outbox.queue(new OutgoingMail(a.applicantEmail(), "Your application to register " + a.reference(),
                "Dear " + a.applicantName() + ",\n\n" + (started ? "You have started an application to register as a"
                        + " provider of health or social care." : "Here is a new link to your application; earlier"
                        + " links no longer work.") + "\n\nContinue your application (the link is personal: do not"
                        + " share it; it works for 60 days, and you can ask for a new one at any time):\n\n"
                        + settings.publicUrl() + LINK_PATH + token.token() + "\n\nYour reference is " + a.reference()
                        + "." + SIGN_OFF, "REGISTRATION_APPLICANT_LINK"));
    }

    public String url(String path) {
        return settings.publicUrl() + path;
    }

    /** A letter about the application; the applicant reads it with their link too. */
    public void letter(RegistrationApplication a, String subject, String text) {
        if (a.applicantEmail() == null) {
            return;
        }
        outbox.queue(new OutgoingMail(a.applicantEmail(), subject + " " + a.reference(), "Dear "
                + a.applicantName() + ",\n\n" + text + "\n\nYou can see your application with the link we sent you,"
                + " or ask for a new link at " + settings.publicUrl() + "/apply-to-register.xhtml" + SIGN_OFF,
                "REGISTRATION_APPLICANT_LETTER"));
    }
}

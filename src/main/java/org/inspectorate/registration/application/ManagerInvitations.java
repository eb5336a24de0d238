package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.InvitationService;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.shared.config.Settings;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.mail.MailOutbox;
import org.inspectorate.shared.mail.OutgoingMail;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.triage.domain.ReferenceNumbers;

/**
 * A provider's administrator invites a prospective registered manager (DOMAIN.md 4.1): a new-manager
 * application is started for them, pre-filled with their name, email and location; they are invited to the
 * portal as a contributor for that location (the identity context sends that invitation) and told by email
 * where their application is, so they complete it themselves.
 */
@ApplicationScoped
public class ManagerInvitations {

    @Inject
    ProviderAccess access;

    @Inject
    InvitationService invitations;

    @Inject
    ApplicationRepository store;

    @Inject
    MailOutbox mail;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Returns the new application's id. */
    @Transactional
    public long invite(String name, String email, String locationId) {
        String providerId = access.requireAdministrator();
        String fullName = name == null ? "" : name.strip();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (locationId == null || locationId.isBlank()) {
            throw ValidationFailure.of("locationId", "Choose the location they will manage");
        }
        access.checkLocation(locationId.strip(), true);
        invitations.invite(address, fullName, "CONTRIBUTOR", Set.of(locationId.strip()));
        int space = fullName.lastIndexOf(' ');
        Map<String, String> prefilled = new LinkedHashMap<>();
        prefilled.put("givenName", space > 0 ? fullName.substring(0, space) : fullName);
        if (space > 0) {
            prefilled.put("familyName", fullName.substring(space + 1));
        }
        prefilled.put("email", address);
        prefilled.put("locationId", locationId.strip());
        Caller caller = access.caller();
        RegistrationApplication a = new RegistrationApplication(ReferenceNumbers.next("REG"),
                ApplicationType.NEW_MANAGER, providerId, prefilled, caller.userId(), caller.name(), clock.instant());
        store.add(a);
        mail.queue(new OutgoingMail(address, "Apply to be a registered manager",
                "Hello " + fullName + ",\n\n" + caller.name() + " has asked you to apply to be the registered manager"
                        + " at location " + locationId.strip() + ".\n\nAccept the separate invitation to the provider"
                        + " portal first, then complete your application here:\n" + settings.publicUrl()
                        + "/portal/registration/application.xhtml?id=" + a.id() + "\n\nReference: " + a.reference()
                        + "\n", "REGISTRATION_MANAGER_INVITATION"));
        audit.record("MANAGER_INVITED", "RegistrationApplication", String.valueOf(a.id()), null, a.auditSnapshot(),
                "Invitation to " + address);
        return a.id();
    }
}

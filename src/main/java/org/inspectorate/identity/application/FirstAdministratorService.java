package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.Invitation;
import org.inspectorate.identity.domain.Role;
import org.inspectorate.identity.persistence.OrganisationRepository;
import org.inspectorate.registry.application.RegisterContacts;
import org.inspectorate.registry.application.RegisteredContact;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.security.Caller;

/**
 * The first administrator of an organisation with none: the nominated individual, a partner or a
 * registered manager proves who they are by an emailed link sent to the address the register holds for
 * them. The answer is the same whatever the outcome, so the page reveals nothing about the register.
 */
@ApplicationScoped
public class FirstAdministratorService {

    @Inject
    RegisterContacts register;

    @Inject
    OrganisationRepository organisations;

    @Inject
    InvitationIssuer issuer;

    @Inject
    AuditLog audit;

    @Transactional
    public void claim(String providerId, String email, String sourceIp) {
        String provider = providerId == null ? null : providerId.strip();
        new Validation()
                .require(provider != null && OrganisationId.isValid(provider), "providerId",
                        "Enter your organisation's provider id, like 1-101234567")
                .requireText(email, "email", "your email address", 254)
                .require(email == null || email.isBlank() || EmailAddress.looksValid(email), "email",
                        "Enter an email address in the right format, like name@example.com")
                .throwIfInvalid();
        Optional<RegisteredContact> contact = register.contactWithEmail(provider, email);
        String outcome;
        if (contact.isEmpty()) {
            outcome = "The register holds no such address for this provider: no email sent";
        } else if (organisations.countActiveAdministrators(provider) > 0) {
            outcome = "The organisation already has an administrator: no email sent";
        } else {
            Invitation invitation = issuer.issue(provider, contact.get().email(), contact.get().name(),
                    Role.PROVIDER_ADMIN, Set.of(), Invitation.Origin.REGISTER, null);
            outcome = "Administrator invitation " + invitation.id() + " sent to the " + contact.get().capacity()
                    .toLowerCase(java.util.Locale.ROOT) + "'s address on the register";
        }
        audit.record(Caller.anonymous(), sourceIp, "FIRST_ADMINISTRATOR_CLAIMED", "Provider", provider, null, null,
                outcome);
    }
}

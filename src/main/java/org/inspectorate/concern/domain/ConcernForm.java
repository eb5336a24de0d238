package org.inspectorate.concern.domain;

import java.time.LocalDate;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.Validation;

/**
 * What a person sends: which service (a location id from the register, or its name and town), what happened,
 * and, unless they stay anonymous, who they are. Field names match the form's inputs.
 */
public record ConcernForm(ConcernKind kind, String locationId, String serviceName, String serviceTown, Topic topic,
        String whatHappened, LocalDate whenHappened, Relationship relationship, Boolean immediateRisk,
        RaisedWithProvider raisedWithProvider, boolean anonymous, String name, String email, String phone,
        boolean mayContact) {

    public static final int MAX_TEXT = 5000;

    /** Checks every field at once; {@code today} is the UK date. */
    public void validate(LocalDate today) {
        Validation v = new Validation();
        boolean hasLocation = locationId != null && !locationId.isBlank();
        v.require(!hasLocation || OrganisationId.isValid(locationId.strip()), "locationId",
                "A location id looks like 1-123456789; leave it empty if you do not know it");
        if (!hasLocation) {
            v.requireText(serviceName, "serviceName", "the name of the service", 200);
        }
        v.optionalText(serviceName, "serviceName", "the name of the service", 200)
                .optionalText(serviceTown, "serviceTown", "the town", 100)
                .require(topic != null, "topic", "Choose what your concern is mainly about")
                .requireText(whatHappened, "whatHappened", "what happened", MAX_TEXT)
                .require(whenHappened == null || !whenHappened.isAfter(today), "whenHappened",
                        "The date must be today or in the past")
                .require(relationship != null, "relationship", "Choose how you know the service")
                .require(immediateRisk != null, "immediateRisk", "Say whether anyone is at risk of harm now")
                .require(raisedWithProvider != null, "raisedWithProvider", "Say whether you have told the service");
        if (kind == ConcernKind.WHISTLEBLOWING && relationship != null && !relationship.worker()) {
            v.require(false, "relationship",
                    "Whistleblowing is for people who work or worked at the service; use the feedback form instead");
        }
        if (!anonymous) {
            v.requireText(name, "name", "your name, or choose to stay anonymous", 200)
                    .optionalText(email, "email", "your email address", 254)
                    .optionalText(phone, "phone", "your phone number", 30)
                    .require(blank(email) || email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                            "Enter an email address like name@example.com")
                    .require(blank(phone) || phone.strip().matches("[0-9 +()-]{7,30}"), "phone",
                            "Enter a phone number, like 01632 960 001")
                    .require(!mayContact || !blank(email) || !blank(phone), "email",
                            "Give an email address or phone number so that we can contact you");
        }
        v.throwIfInvalid();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

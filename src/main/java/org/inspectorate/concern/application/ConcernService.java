package org.inspectorate.concern.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.concern.domain.Concern;
import org.inspectorate.concern.domain.ConcernForm;
import org.inspectorate.concern.domain.SubmissionLimitReached;
import org.inspectorate.concern.persistence.ConcernRepository;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.triage.application.TriageIntake;
import org.inspectorate.triage.domain.NewItem;
import org.inspectorate.triage.domain.ReferenceNumbers;
import org.inspectorate.triage.domain.SourceKind;
import org.inspectorate.triage.domain.Team;

/**
 * Receives concerns from the public and from staff of services. A form whose hidden honeypot field was
 * filled in is from a robot: it gets a reference like anyone (so it learns nothing) but nothing is stored.
 * Each client address may send a limited number per hour (generous, because many people can share one
 * address); only a salted hash of the address is kept. The concern and its triage item commit together.
 */
@ApplicationScoped
public class ConcernService {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Duration URGENT = Duration.ofDays(1);

    @Inject
    ConcernRepository concerns;

    @Inject
    LocationDirectory locations;

    @Inject
    TriageIntake triage;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "inspectorate.concerns.limit-per-hour", defaultValue = "10")
    int limitPerHour;

    @Inject
    @ConfigProperty(name = "inspectorate.concerns.address-salt", defaultValue = "inspectorate-concerns")
    String salt;

    public record Receipt(String reference, String kind) {
    }

    @Transactional(dontRollbackOn = SubmissionLimitReached.class)
    public Receipt submit(ConcernForm form, String clientAddress, String honeypot) {
        if (honeypot != null && !honeypot.isBlank()) {
            audit.recordSecurityEvent("CONCERN_DISCARDED", "Concern", null, "Honeypot field filled in: automated submission");
            return new Receipt(ReferenceNumbers.next(form.kind().referencePrefix()), form.kind().name());
        }
        Instant now = clock.instant();
        LocationFacts location = checked(form, LocalDate.now(clock.withZone(UK)));
        String source = hash(clientAddress);
        if (concerns.countFrom(source, now.minus(Duration.ofHours(1))) >= limitPerHour) {
            audit.recordSecurityEvent("CONCERN_LIMITED", "Concern", null, "Submission limit reached for an address");
            throw new SubmissionLimitReached(limitPerHour);
        }
        Concern c = new Concern(ReferenceNumbers.next(form.kind().referencePrefix()), form,
                location == null ? null : location.id(), source, now);
        concerns.add(c);
        audit.record("CONCERN_RECEIVED", "Concern", c.reference(), null, c.auditSnapshot(), c.kind().label());
        triage.open(item(c, location));
        return new Receipt(c.reference(), c.kind().name());
    }

    /** The form's problems and an unknown location id in one round, so nobody fixes one list to meet another. */
    private LocationFacts checked(ConcernForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        try {
            form.validate(today);
        } catch (ValidationFailure e) {
            errors.addAll(e.errors());
        }
        LocationFacts location = null;
        try {
            location = location(form.locationId());
        } catch (ValidationFailure e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return location;
    }

    private LocationFacts location(String locationId) {
        if (locationId == null || locationId.isBlank()) {
            return null;
        }
        String id = locationId.strip();
        if (!OrganisationId.isValid(id)) {
            throw ValidationFailure.of("locationId", "A location id looks like 1-123456789; check it, or leave it"
                    + " empty and name the service");
        }
        return locations.facts(id).orElseThrow(() -> ValidationFailure.of("locationId",
                "There is no location with id " + id + "; check it, or leave it empty and name the service"));
    }

    private static NewItem item(Concern c, LocationFacts l) {
        String text = c.whatHappened().length() > 200 ? c.whatHappened().substring(0, 200) : c.whatHappened();
        return new NewItem(SourceKind.CONCERN, c.id(), c.reference(), c.kind().name(), c.kind().label(),
                c.topic().theme(), c.kind().label() + ": " + text, l == null ? null : l.id(),
                l == null ? c.serviceName() : l.name(), l == null ? null : l.providerId(),
                l == null ? Team.CUSTOMER_SERVICE_CENTRE : Team.forServiceTypes(l.serviceTypes()),
                l == null ? null : l.region(), c.receivedAt(), c.kind().weight(),
                c.immediateRisk() ? URGENT : c.kind().due(), null, c.immediateRisk(), false);
    }

    private String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((salt + "|" + (address == null ? "" : address)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

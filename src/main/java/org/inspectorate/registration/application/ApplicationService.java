package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.registration.domain.AnswerChecks;
import org.inspectorate.registration.domain.ApplicationCatalogue;
import org.inspectorate.registration.domain.ApplicationDocument;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.DocumentKind;
import org.inspectorate.registration.domain.Field;
import org.inspectorate.registration.domain.InformationRequest;
import org.inspectorate.registration.domain.RegisteredNames;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.domain.Section;
import org.inspectorate.registration.domain.SectionStatus;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.registry.application.ManagerRecord;
import org.inspectorate.registry.application.ProviderRecord;
import org.inspectorate.registry.application.RegisterChanges;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.registry.application.RegisterQueries;
import org.inspectorate.registry.application.RegisteredPeople;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.triage.domain.ReferenceNumbers;

/**
 * The provider's side of an application: start it (pre-filled from the register), save sections (always
 * kept, checked field by field), add documents, submit with the declaration, answer requests, withdraw.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    ApplicationRepository store;

    @Inject
    ApplicationAccess applications;

    @Inject
    ProviderAccess access;

    @Inject
    RegisterQueries register;

    @Inject
    RegisterLookups lookups;

    @Inject
    RegisterChanges changes;

    @Inject
    RegisteredPeople people;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A saved section: its status now and what its checks found. */
    public record SectionResult(String section, SectionStatus status, List<FieldError> errors) {
    }

    @Transactional
    public long start(ApplicationType type, String locationId) {
        String providerId = access.requireProvider();
        if (!access.mayAct()) {
            throw new Forbidden("Your account can view but not start applications");
        }
        if (type == null) {
            throw ValidationFailure.of("type", "Choose what you are applying for");
        }
        if (!type.byRegisteredProvider()) {
            throw ValidationFailure.of("type", "A registered provider cannot apply to register as a new provider");
        }
        Map<String, String> prefilled = prefill(type, providerId);
        if (locationId != null && !locationId.isBlank()) {
            access.checkLocation(locationId.strip(), true);
            prefilled.put("locationId", locationId.strip());
            prefillOnlyManager(type, providerId, locationId.strip(), prefilled);
        }
        Caller caller = access.caller();
        RegistrationApplication a = new RegistrationApplication(ReferenceNumbers.next("REG"), type, providerId,
                prefilled, caller.userId(), caller.name(), clock.instant());
        store.add(a);
        audit.record("APPLICATION_STARTED", "RegistrationApplication", String.valueOf(a.id()), null,
                a.auditSnapshot(), type.label());
        return a.id();
    }

    /** Saves a section's answers whatever they are; the result says whether it is complete and what is wrong. */
    @Transactional
    public SectionResult saveSection(long id, String sectionKey, Map<String, String> values) {
        RegistrationApplication a = applications.forProviderChange(id);
        Section section = section(a, sectionKey);
        List<FieldError> errors = check(a, section, values == null ? Map.of() : values);
        var before = a.auditSnapshot();
        try {
            a.saveSection(section, values == null ? Map.of() : values, errors, clock.instant());
        } catch (IllegalStateException e) {
            throw ValidationFailure.of(sectionKey, e.getMessage());
        }
        audit.record("APPLICATION_SECTION_SAVED", "RegistrationApplication", String.valueOf(id), before,
                a.auditSnapshot(), section.title());
        return new SectionResult(sectionKey, a.statusOf(section), errors);
    }

    /** Adds an uploaded (stored, checked) file as a document of the given kind. */
    @Transactional
    public void attach(long id, DocumentKind kind, UUID fileId) {
        RegistrationApplication a = applications.forProviderChange(id);
        if (kind == null) {
            throw ValidationFailure.of("kind", "Choose what the document is");
        }
        FileInfo file;
        try {
            file = files.info(fileId);
        } catch (NotFound e) {
            throw ValidationFailure.of("fileId", "Upload the file first");
        }
        if (!file.stored()) {
            throw ValidationFailure.of("fileId", file.rejection() == null ? "The upload is not complete"
                    : file.rejection());
        }
        try {
            a.attach(new ApplicationDocument(fileId, kind, file.name(), clock.instant()), clock.instant());
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("fileId", e.getMessage());
        }
        audit.record("APPLICATION_DOCUMENT_ADDED", "RegistrationApplication", String.valueOf(id), null,
                Map.of("kind", kind.name(), "file", fileId.toString()), file.name());
    }

    @Transactional
    public void detach(long id, UUID fileId) {
        RegistrationApplication a = applications.forProviderChange(id);
        try {
            if (a.detach(fileId, clock.instant())) {
                audit.record("APPLICATION_DOCUMENT_REMOVED", "RegistrationApplication", String.valueOf(id),
                        Map.of("file", fileId.toString()), null, null);
            }
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("fileId", e.getMessage());
        }
    }

    /** Submits with the declaration; every section is re-checked first, against today's register. */
    @Transactional
    public void submit(long id, boolean declaration) {
        RegistrationApplication a = applications.forProviderChange(id);
        List<Section> sections = ApplicationCatalogue.sections(a.type());
        for (Section s : sections) {
            List<FieldError> errors = check(a, s, a.answers());
            if (!errors.isEmpty() && a.statusOf(s) == SectionStatus.COMPLETED) {
                a.saveSection(s, a.answers(), errors, clock.instant());
            }
        }
        var before = a.auditSnapshot();
        try {
            a.submit(sections, declaration, access.caller().name(), clock.instant());
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("declaration", e.getMessage());
        }
        audit.record("APPLICATION_SUBMITTED", "RegistrationApplication", String.valueOf(id), before,
                a.auditSnapshot(), a.reference());
    }

    @Transactional
    public void withdraw(long id) {
        RegistrationApplication a = applications.forProviderChange(id);
        var before = a.auditSnapshot();
        try {
            a.withdraw(clock.instant());
        } catch (IllegalStateException e) {
            throw ValidationFailure.of("application", e.getMessage());
        }
        audit.record("APPLICATION_WITHDRAWN", "RegistrationApplication", String.valueOf(id), before,
                a.auditSnapshot(), null);
    }

    /** The provider answers a request for information about its application. */
    @Transactional
    public void answer(long id, long requestId, String text) {
        RegistrationApplication a = applications.forProviderChange(id);
        InformationRequest r = store.request(requestId).filter(x -> x.applicationId().equals(a.id()))
                .orElseThrow(() -> new NotFound("request", String.valueOf(requestId)));
        r.answer(text, access.caller().name(), clock.instant());
        audit.record("INFORMATION_PROVIDED", "RegistrationApplication", String.valueOf(id), null,
                Map.of("request", requestId), null);
    }

    List<FieldError> check(RegistrationApplication a, Section section, Map<String, String> values) {
        Set<String> locations = new HashSet<>();
        Set<String> conditions = new HashSet<>();
        boolean needsLocations = section.fields().stream().anyMatch(f -> f.kind() == Field.Kind.LOCATION);
        if (needsLocations) {
            lookups.locationNames(a.providerId()).forEach(l -> locations.add(l.id()));
            access.locationScope().ifPresent(scope -> locations.retainAll(scope));
        }
        if (section.fields().stream().anyMatch(f -> f.kind() == Field.Kind.CONDITION)) {
            changes.conditionsInForce(a.providerId()).forEach(c -> conditions.add(String.valueOf(c.id())));
        }
        RegisteredNames names = new RegisteredNames() {
            @Override
            public boolean isManagerAt(String locationId, String name) {
                return people.isManagerAt(locationId, name);
            }

            @Override
            public boolean isPartner(String name) {
                return people.isPartnerOf(a.providerId(), name);
            }
        };
        return AnswerChecks.check(section, values, locations, conditions, names,
                org.inspectorate.shared.time.UkTime.today(clock));
    }

    private static Section section(RegistrationApplication a, String key) {
        Section s = ApplicationCatalogue.section(a.type(), key);
        if (s == null) {
            throw new NotFound("section", key);
        }
        return s;
    }

    /** A question naming a manager of the chosen location is answered from the register when there is just one. */
    private void prefillOnlyManager(ApplicationType type, String providerId, String locationId,
            Map<String, String> values) {
        List<String> names = people.managersOf(providerId).stream().filter(m -> m.locationId().equals(locationId))
                .map(ManagerRecord::name).toList();
        if (names.size() != 1) {
            return;
        }
        ApplicationCatalogue.sections(type).stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.kind() == Field.Kind.MANAGER).forEach(f -> values.put(f.name(), names.get(0)));
    }

    private Map<String, String> prefill(ApplicationType type, String providerId) {
        Map<String, String> values = new LinkedHashMap<>();
        ProviderRecord p = register.publicProvider(providerId).orElse(null);
        if (p == null) {
            return values;
        }
        for (Section s : ApplicationCatalogue.sections(type)) {
            for (Field f : s.fields()) {
                String v = f.prefill() == null ? null : switch (f.prefill()) {
                    case "provider.name" -> p.name();
                    case "provider.address" -> p.address();
                    case "provider.nominatedIndividual" -> p.nominatedIndividual() == null ? null
                            : p.nominatedIndividual().name();
                    default -> null;
                };
                if (v != null && !v.isBlank()) {
                    values.put(f.name(), v);
                }
            }
        }
        return values;
    }
}

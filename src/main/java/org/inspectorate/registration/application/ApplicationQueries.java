package org.inspectorate.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.application.ProviderAccess;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.registration.domain.ApplicationStatus;
import org.inspectorate.registration.domain.Field;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.registry.application.RegisterChanges;
import org.inspectorate.registry.application.RegisterLookups;
import org.inspectorate.registry.application.RegisteredPeople;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/**
 * Reading applications: a provider its own organisation's (anything else not found, audited), staff all.
 * Applications name people, so opening one is audited.
 */
@ApplicationScoped
public class ApplicationQueries {

    @Inject
    ApplicationRepository store;

    @Inject
    ApplicationAccess applications;

    @Inject
    ProviderAccess access;

    @Inject
    NoticeQueries notices;

    @Inject
    RegisterLookups lookups;

    @Inject
    RegisterChanges changes;

    @Inject
    RegisteredPeople people;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public ApplicationRecord get(long id) {
        RegistrationApplication a = applications.read(id);
        boolean staff = access.caller().isStaff();
        audit.record("APPLICATION_VIEWED", "RegistrationApplication", String.valueOf(id), null);
        return ApplicationRecord.of(a, store.requests(id), staff ? store.records(id) : List.of(),
                notices.ofSubject(StaffWorkflow.SUBJECT, String.valueOf(id)), choiceLabels(a.providerId()),
                clock.instant());
    }

    /** Names for the provider's locations and conditions, for choices and check-your-answers. */
    @Transactional
    public Map<String, String> choiceLabels(String providerId) {
        if (providerId == null) {
            return Map.of();
        }
        Map<String, String> labels = new HashMap<>();
        lookups.locationNames(providerId).forEach(l -> labels.put(l.id(), l.name() + " (" + l.id() + ")"));
        changes.conditionsInForce(providerId).forEach(c -> labels.put(String.valueOf(c.id()), c.text()));
        return labels;
    }

    @Transactional
    public Page<ApplicationSummary> ofCallerOrganisation(PageRequest page) {
        String provider = access.requireProvider();
        return new Page<>(list(provider, page), count(provider), page);
    }

    /**
     * The organisation's applications, newest first. A location manager or contributor sees only those about the
     * locations they reach today, and those they started themselves.
     */
    @Transactional
    public List<ApplicationSummary> list(String providerId, PageRequest page) {
        access.checkProvider(providerId);
        var now = clock.instant();
        var scope = access.locationScope();
        var found = scope.isPresent()
                ? store.ofProviderFor(providerId, scope.get(), access.caller().userId(), page.offset(), page.size())
                : store.ofProvider(providerId, page.offset(), page.size());
        return found.stream().map(a -> ApplicationSummary.of(a, now)).toList();
    }

    @Transactional
    public long count(String providerId) {
        access.checkProvider(providerId);
        var scope = access.locationScope();
        return scope.isPresent() ? store.countOfProviderFor(providerId, scope.get(), access.caller().userId())
                : store.countOfProvider(providerId);
    }

    /**
     * The registered people a question may name, as choices (the name is the answer): the managers of the
     * application's location (of every location the caller reaches while none is chosen), or the partners.
     */
    @Transactional
    public List<Field.Option> peopleChoices(ApplicationRecord application, Field.Kind kind) {
        String providerId = application.providerId();
        if (providerId == null) {
            return List.of();
        }
        if (kind == Field.Kind.PARTNER) {
            return people.partnersOf(providerId).stream().map(p -> new Field.Option(p.name(), p.name())).toList();
        }
        var scope = access.locationScope();
        String location = application.locationId();
        return people.managersOf(providerId).stream()
                .filter(m -> location == null || m.locationId().equals(location))
                .filter(m -> scope.map(s -> s.contains(m.locationId())).orElse(true))
                .map(m -> new Field.Option(m.name(), location == null ? m.name() + " (" + m.locationName() + ")"
                        : m.name()))
                .distinct().toList();
    }

    /** Staff queue by state, longest in stage first. */
    @Transactional
    public Page<ApplicationSummary> queue(Collection<ApplicationStatus> states, PageRequest page) {
        var now = clock.instant();
        return new Page<>(store.inStatus(states, page.offset(), page.size()).stream()
                .map(a -> ApplicationSummary.of(a, now)).toList(), store.countInStatus(states), page);
    }
}

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
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.persistence.ApplicationRepository;
import org.inspectorate.registry.application.RegisterChanges;
import org.inspectorate.registry.application.RegisterLookups;
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
        return new Page<>(list(provider, page), store.countOfProvider(provider), page);
    }

    @Transactional
    public List<ApplicationSummary> list(String providerId, PageRequest page) {
        access.checkProvider(providerId);
        var now = clock.instant();
        return store.ofProvider(providerId, page.offset(), page.size()).stream()
                .map(a -> ApplicationSummary.of(a, now)).toList();
    }

    @Transactional
    public long count(String providerId) {
        access.checkProvider(providerId);
        return store.countOfProvider(providerId);
    }

    /** Staff queue by state, longest in stage first. */
    @Transactional
    public Page<ApplicationSummary> queue(Collection<ApplicationStatus> states, PageRequest page) {
        var now = clock.instant();
        return new Page<>(store.inStatus(states, page.offset(), page.size()).stream()
                .map(a -> ApplicationSummary.of(a, now)).toList(), store.countInStatus(states), page);
    }
}

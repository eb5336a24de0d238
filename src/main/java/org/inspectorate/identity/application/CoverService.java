package org.inspectorate.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.identity.domain.LocationCover;
import org.inspectorate.identity.domain.UserAccount;
import org.inspectorate.identity.persistence.AccountRepository;
import org.inspectorate.identity.persistence.CoverRepository;
import org.inspectorate.shared.domain.Validation;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.time.Days;

/**
 * Temporary cover: an administrator lets one colleague work with another's locations for a period. Cover
 * lapses by itself after its last day (access is decided from the dates on every request), or ends early.
 */
@ApplicationScoped
public class CoverService {

    @Inject
    ProviderAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    CoverRepository covers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public long grant(Long coveringUserId, Long coveredUserId, LocalDate startsOn, LocalDate endsOn, String reason) {
        String providerId = access.requireAdministrator();
        LocalDate today = access.today();
        Validation v = new Validation()
                .require(coveringUserId != null, "covering", "Choose who will give cover")
                .require(coveredUserId != null, "covered", "Choose whose locations they will cover")
                .require(startsOn != null, "startsOn", "Enter the first day of cover, like 1 12 2026")
                .require(endsOn != null, "endsOn", "Enter the last day of cover, like 14 12 2026")
                .optionalText(reason, "reason", "the reason", 300);
        v.throwIfInvalid();
        v.require(!startsOn.isBefore(today), "startsOn", "The first day of cover must be today or later")
                .require(!endsOn.isBefore(startsOn), "endsOn", "The last day of cover must be on or after the first")
                .require(ChronoUnit.DAYS.between(startsOn, endsOn) < LocationCover.MAX_DAYS, "endsOn",
                        "Cover can last a year at most; grant it again if it is still needed")
                .require(!coveringUserId.equals(coveredUserId), "covered", "Choose two different people");
        v.throwIfInvalid();
        UserAccount covering = colleague(coveringUserId);
        UserAccount covered = colleague(coveredUserId);
        accounts.findForUpdate(coveredUserId); // two administrators granting the same cover at once: one waits
        if (!covering.active()) {
            throw ValidationFailure.of("covering", covering.displayName() + " is suspended: reactivate them first");
        }
        if (covering.providerRole() == null || !covering.providerRole().scoped()) {
            throw ValidationFailure.of("covering", covering.displayName() + " already sees every location of your"
                    + " organisation, so needs no cover");
        }
        if (covered.locationScope().isEmpty()) {
            throw ValidationFailure.of("covered", covered.displayName() + " has no locations of their own to"
                    + " cover. To cover an administrator, make another colleague an administrator.");
        }
        covers.overlapping(coveringUserId, coveredUserId, startsOn, endsOn).ifPresent(c -> {
            throw ValidationFailure.of("startsOn", covering.displayName() + " already covers " + covered.displayName()
                    + " from " + Days.written(c.startsOn()) + " to " + Days.written(c.endsOn())
                    + ". Choose days outside that cover, or end it first.");
        });
        LocationCover cover = new LocationCover(providerId, coveringUserId, coveredUserId, startsOn, endsOn, reason,
                access.caller().userId(), clock.instant());
        covers.add(cover);
        audit.record("COVER_GRANTED", "LocationCover", String.valueOf(cover.id()), null, cover.auditSnapshot(),
                covering.displayName() + " covers " + covered.displayName());
        return cover.id();
    }

    @Transactional
    public void end(long coverId) {
        access.requireAdministrator();
        LocationCover cover = covers.find(coverId).orElse(null);
        access.checkOwnedBy("LocationCover", String.valueOf(coverId), cover == null ? null : cover.providerId());
        var before = cover.auditSnapshot();
        cover.end(clock.instant());
        audit.record("COVER_ENDED", "LocationCover", String.valueOf(coverId), before, cover.auditSnapshot(),
                "Ended early by an administrator");
    }

    private UserAccount colleague(long userId) {
        UserAccount u = accounts.find(userId).filter(a -> a.removedAt() == null).orElse(null);
        access.checkOwnedBy("UserAccount", String.valueOf(userId), u == null ? null : u.providerId());
        return u;
    }
}

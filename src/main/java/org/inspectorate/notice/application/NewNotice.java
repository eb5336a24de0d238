package org.inspectorate.notice.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.notice.domain.NoticeKind;

/**
 * What to serve: the kind, what it is about (a subject type such as {@code REGISTRATION_APPLICATION} or
 * {@code ENFORCEMENT_CASE} and that subject's id), on whom (provider, optionally one location; or, for an
 * applicant not yet registered, no provider and the addressee's name), its title,
 * the facts shown at the top of the PDF, its sections (heading and text, e.g. reasons), the day it is served
 * (null: today), whether a right of appeal is given (only meaningful for kinds that may be appealed: a
 * decision granting what was asked carries none), and an optional compliance date (warning and requirement
 * notices).
 */
public record NewNotice(NoticeKind kind, String subjectType, String subjectId, String providerId,
        String locationId, String title, Map<String, String> facts, List<Section> sections, LocalDate servedOn,
        boolean appealable, LocalDate complianceDue, String addresseeName) {

    /** A heading and its text in the notice. */
    public record Section(String heading, String text) {
    }

    /** A notice on a registered provider. */
    public NewNotice(NoticeKind kind, String subjectType, String subjectId, String providerId, String locationId,
            String title, Map<String, String> facts, List<Section> sections, LocalDate servedOn, boolean appealable,
            LocalDate complianceDue) {
        this(kind, subjectType, subjectId, providerId, locationId, title, facts, sections, servedOn, appealable,
                complianceDue, null);
    }

    public NewNotice {
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The common case: served today, no compliance date. */
    public static NewNotice of(NoticeKind kind, String subjectType, String subjectId, String providerId,
            String locationId, String title, Map<String, String> facts, List<Section> sections, boolean appealable) {
        return new NewNotice(kind, subjectType, subjectId, providerId, locationId, title, facts, sections, null,
                appealable, null);
    }

    /**
     * A notice addressed to someone who is not (yet) a provider on the register, by name: a new provider's
     * applicant, refused before registration. Served today; the subject says which application it is about.
     */
    public static NewNotice toAddressee(NoticeKind kind, String subjectType, String subjectId, String addresseeName,
            String title, Map<String, String> facts, List<Section> sections, boolean appealable) {
        return new NewNotice(kind, subjectType, subjectId, null, null, title, facts, sections, null, appealable, null,
                addresseeName);
    }

    /** Whether the notice is addressed to an applicant rather than served on a provider. */
    public boolean toApplicant() {
        return providerId == null;
    }
}

package org.inspectorate.notice.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.notice.domain.NoticeKind;

/**
 * What to serve: the kind, what it is about (a subject type such as {@code REGISTRATION_APPLICATION} or
 * {@code ENFORCEMENT_CASE} and that subject's id), on whom (provider, optionally one location), its title,
 * the facts shown at the top of the PDF, its sections (heading and text, e.g. reasons), the day it is served
 * (null: today), whether a right of appeal is given (only meaningful for kinds that may be appealed: a
 * decision granting what was asked carries none), and an optional compliance date (warning and requirement
 * notices).
 */
public record NewNotice(NoticeKind kind, String subjectType, String subjectId, String providerId,
        String locationId, String title, Map<String, String> facts, List<Section> sections, LocalDate servedOn,
        boolean appealable, LocalDate complianceDue) {

    /** A heading and its text in the notice. */
    public record Section(String heading, String text) {
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
}

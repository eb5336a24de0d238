package org.inspectorate.enforcement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.CaseOrigin;
import org.inspectorate.enforcement.domain.EvidenceKind;
import org.inspectorate.enforcement.domain.MeetingKind;
import org.inspectorate.enforcement.domain.Stage;

/** Choices for the enforcement screens' menus, and dates as people read them. */
@Named
@ApplicationScoped
public class EnforcementOptions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public List<CaseOrigin> getOrigins() {
        return List.of(CaseOrigin.values());
    }

    public List<Stage> getOpenStages() {
        return java.util.Arrays.stream(Stage.values()).filter(Stage::open).toList();
    }

    public List<MeetingKind> getMeetings() {
        return List.of(MeetingKind.values());
    }

    public List<ActionKind> getActions() {
        return List.of(ActionKind.values());
    }

    public List<EvidenceKind> getEvidenceKinds() {
        return List.of(EvidenceKind.values());
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}

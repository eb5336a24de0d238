package org.inspectorate.registration.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.registration.domain.ApplicationCatalogue;
import org.inspectorate.registration.domain.AssessmentRecord;
import org.inspectorate.registration.domain.Field;
import org.inspectorate.registration.domain.InformationRequest;
import org.inspectorate.registration.domain.RegistrationApplication;
import org.inspectorate.registration.domain.Section;

/**
 * An application as its screens and the API show it: its task list (sections with status and answers),
 * documents, requests for information, assessment records (staff only) and notices.
 */
public record ApplicationRecord(long id, String reference, String type, String typeLabel, String status,
        String statusLabel, String stage, boolean editable, String providerId, String locationId,
        List<TaskRecord> tasks, boolean readyToSubmit, List<DocumentRecord> documents,
        List<RequestRecord> requests, List<RecordOfAssessment> assessments, List<NoticeRecord> notices,
        String createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt, String declaredBy,
        Instant validatedAt, String returnedReasons, String inspectorName, Instant decidedAt, String decision,
        String resultLocationId, long daysInStage, int version, String proposal, String proposedConditions,
        String applicantName, String applicantEmail) {

    /** One section on the task list with its answers in order. */
    public record TaskRecord(String key, String title, String status, String statusLabel, List<Answer> answers,
            List<String> documentKinds) {
    }

    /** A question and the answer given, as shown on check-your-answers. */
    public record Answer(String name, String label, String value, String display) {
    }

    public record DocumentRecord(String fileId, String kind, String kindLabel, String name, Instant addedAt) {
    }

    public record RequestRecord(long id, String question, LocalDate dueOn, String askedBy, Instant askedAt,
            String answer, String answeredBy, Instant answeredAt, boolean answered, boolean overdue) {
        static RequestRecord of(InformationRequest r, LocalDate today) {
            return new RequestRecord(r.id(), r.question(), r.dueOn(), r.askedBy(), r.askedAt(), r.answer(),
                    r.answeredBy(), r.answeredAt(), r.answered(), r.overdueOn(today));
        }
    }

    public record RecordOfAssessment(long id, String kind, LocalDate heldOn, String subject, boolean satisfactory,
            String notes, String recordedBy) {
        static RecordOfAssessment of(AssessmentRecord r) {
            return new RecordOfAssessment(r.id(), r.kind().name(), r.heldOn(), r.subject(), r.satisfactory(),
                    r.notes(), r.recordedBy());
        }
    }

    static ApplicationRecord of(RegistrationApplication a, List<InformationRequest> requests,
            List<AssessmentRecord> records, List<NoticeRecord> notices, Map<String, String> choiceLabels,
            Instant now) {
        Map<String, String> answers = a.answers();
        List<TaskRecord> tasks = (a.providerType() != null
                ? org.inspectorate.registration.domain.NewProviderChecks.sections(a.providerType())
                : ApplicationCatalogue.sections(a.type())).stream()
                .map(s -> task(a, s, answers, choiceLabels)).toList();
        return new ApplicationRecord(a.id(), a.reference(), a.type().name(), a.type().label(), a.status().name(),
                a.status().label(), a.status().stage(), a.status().editableByProvider(), a.providerId(),
                a.locationId(), tasks, tasks.stream().allMatch(t -> t.status().equals("COMPLETED")),
                a.documents().stream().map(d -> new DocumentRecord(d.fileId().toString(), d.kind().name(),
                        d.kind().label(), d.name(), d.addedAt())).toList(),
                requests.stream().map(r -> RequestRecord.of(r, LocalDate.ofInstant(now,
                        java.time.ZoneId.of("Europe/London")))).toList(),
                records.stream().map(RecordOfAssessment::of).toList(), notices, a.createdByName(), a.createdAt(),
                a.updatedAt(), a.submittedAt(), a.declaredBy(), a.validatedAt(), a.returnedReasons(),
                a.inspectorName(), a.decidedAt(), a.decision(), a.resultLocationId(),
                java.time.Duration.between(a.stageEnteredAt(), now).toDays(), a.version(),
                a.proposal() == null ? null : a.proposal().name(), a.proposedConditions(), a.applicantName(),
                a.applicantEmail());
    }

    private static TaskRecord task(RegistrationApplication a, Section s, Map<String, String> answers,
            Map<String, String> choiceLabels) {
        List<Answer> list = s.fields().stream().map(f -> new Answer(f.name(), f.label(), answers.get(f.name()),
                display(f, answers.get(f.name()), choiceLabels))).toList();
        var status = a.statusOf(s);
        return new TaskRecord(s.key(), s.title(), status.name(), status.label(), list,
                s.documents().stream().map(Enum::name).toList());
    }

    static String display(Field f, String value, Map<String, String> choiceLabels) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (f.kind() == Field.Kind.LOCATION || f.kind() == Field.Kind.CONDITION) {
            return choiceLabels.getOrDefault(value, value);
        }
        if (f.kind() == Field.Kind.MANAGER || f.kind() == Field.Kind.PARTNER) {
            return value;
        }
        if (f.isDate()) {
            try {
                return org.inspectorate.shared.time.Days.written(java.time.LocalDate.parse(value.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        if (f.isChoice() || f.isMultiChoice()) {
            return java.util.Arrays.stream(value.split(",")).map(String::strip)
                    .map(c -> f.options().stream().filter(o -> o.code().equals(c)).map(Field.Option::label)
                            .findFirst().orElse(c))
                    .reduce((x, y) -> x + "; " + y).orElse("");
        }
        return value;
    }

    public TaskRecord task(String key) {
        return tasks.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    public boolean open() {
        return !List.of("GRANTED", "REFUSED", "WITHDRAWN").contains(status);
    }
}

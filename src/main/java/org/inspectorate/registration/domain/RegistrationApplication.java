package org.inspectorate.registration.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;

/**
 * A registration application, from draft to decision. It keeps the provider's answers section by section
 * (saved even when they do not pass the checks, so nothing typed is lost), its documents, and guards every
 * step of the workflow: providers change only drafts and returned applications; staff validate, assess and
 * decide in order.
 */
@Entity
@Table(name = "registration_application")
public class RegistrationApplication {

    @Id
    @SequenceGenerator(name = "registration_application_id", sequenceName = "registration_application_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_application_id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private ApplicationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApplicationStatus status;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "applicant_email")
    private String applicantEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type")
    private org.inspectorate.registry.domain.ProviderType providerType;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Column(name = "links_issued", nullable = false)
    private int linksIssued;

    /** Hashes of links replaced by a newer one: recognised so the applicant hears the link has expired. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "registration_retired_link", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "token_hash")
    private Set<String> retiredTokenHashes = new HashSet<>();

    @Column(name = "location_id")
    private String locationId;

    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "answers", nullable = false, columnDefinition = "jsonb")
    private String answers = "{}";

    @Column(name = "completed_sections", nullable = false)
    private String completedSections = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_document", joinColumns = @JoinColumn(name = "application_id"))
    private Set<ApplicationDocument> documents = new HashSet<>();

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "declared_by")
    private String declaredBy;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "returned_reasons")
    private String returnedReasons;

    @Column(name = "inspector_id")
    private Long inspectorId;

    @Column(name = "inspector_name")
    private String inspectorName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision")
    private String decision;

    @Column(name = "result_location_id")
    private String resultLocationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal")
    private Proposal proposal;

    @Column(name = "proposed_conditions")
    private String proposedConditions;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RegistrationApplication() {
    }

    public RegistrationApplication(String reference, ApplicationType type, String providerId,
            Map<String, String> prefilled, Long byId, String byName, Instant at) {
        this.reference = reference;
        this.type = type;
        this.providerId = providerId;
        this.status = ApplicationStatus.DRAFT;
        this.answers = toJson(prefilled);
        this.locationId = prefilled.get("locationId");
        this.createdById = byId;
        this.createdByName = byName;
        this.createdAt = at;
        this.updatedAt = at;
        this.stageEnteredAt = at;
    }

    /** A new provider's application: no provider on the register yet; the applicant reaches it by a link. */
    public static RegistrationApplication newProvider(String reference, String name, String email,
            org.inspectorate.registry.domain.ProviderType providerType, Instant at) {
        RegistrationApplication a = new RegistrationApplication(reference, ApplicationType.NEW_PROVIDER, null,
                Map.of("providerType", providerType.name()), null, name, at);
        a.applicantName = name;
        a.applicantEmail = email;
        a.providerType = providerType;
        return a;
    }

    /** Replaces the applicant's link: only the new token's hash is kept; the old link stops working. */
    public void issueLink(ApplicantToken.Issued token) {
        if (type != ApplicationType.NEW_PROVIDER) {
            throw new IllegalStateException("Only a new provider's application has an applicant link");
        }
        if (tokenHash != null) {
            retiredTokenHashes.add(tokenHash);
        }
        tokenHash = token.hash();
        tokenExpiresAt = token.expiresAt();
        linksIssued++;
    }

    /** Whether the link is still valid at this instant. */
    public boolean linkValidAt(Instant at) {
        return tokenHash != null && !ApplicantToken.expired(tokenExpiresAt, at);
    }

    /** Whether the hash is of one of this application's links that a newer one replaced. */
    public boolean replacedLink(String hash) {
        return hash != null && retiredTokenHashes.contains(hash);
    }

    /** On grant, the application becomes the new provider's. */
    public void becomeProvider(String newProviderId) {
        if (type != ApplicationType.NEW_PROVIDER || providerId != null) {
            throw new IllegalStateException("Application " + reference + " already has a provider");
        }
        providerId = newProviderId;
    }

    // ---- provider: the draft ----

    /**
     * Keeps a section's answers whatever they are (nothing typed is lost); the section is complete only
     * when they pass its checks (given as {@code errors}) and its documents are there.
     */
    public void saveSection(Section section, Map<String, String> values, List<FieldError> errors, Instant at) {
        requireEditable();
        Map<String, String> all = answers();
        for (Field f : section.fields()) {
            String v = values.get(f.name());
            if (v == null || v.isBlank()) {
                all.remove(f.name());
            } else {
                all.put(f.name(), v.strip());
            }
        }
        answers = toJson(all);
        Set<String> done = completed();
        if (errors.isEmpty() && documentsPresent(section)) {
            done.add(section.key());
        } else {
            done.remove(section.key());
        }
        completedSections = String.join(",", done);
        if (all.get("locationId") != null && section.field("locationId") != null) {
            locationId = errors.stream().anyMatch(e -> e.field().equals("locationId")) ? null : all.get("locationId");
        }
        updatedAt = at;
    }

    public void attach(ApplicationDocument document, Instant at) {
        requireEditable();
        if (documents.contains(document)) {
            throw new IllegalStateException("That file is already one of the application's documents");
        }
        documents.add(document);
        updatedAt = at;
    }

    public boolean detach(UUID fileId, Instant at) {
        requireEditable();
        updatedAt = at;
        return documents.removeIf(d -> d.fileId().equals(fileId));
    }

    /** Each section's status on the task list. */
    public SectionStatus statusOf(Section section) {
        boolean answered = section.fields().isEmpty() || completed().contains(section.key());
        if (answered && documentsPresent(section)) {
            return SectionStatus.COMPLETED;
        }
        Map<String, String> a = answers();
        boolean touched = section.fields().stream().anyMatch(f -> a.containsKey(f.name()))
                || section.documents().stream().anyMatch(k -> documents.stream().anyMatch(d -> d.kind() == k));
        return touched ? SectionStatus.IN_PROGRESS : SectionStatus.NOT_STARTED;
    }

    /** The declaration and submission: refused, naming each incomplete section, until every one is complete. */
    public void submit(List<Section> sections, boolean declared, String by, Instant at) {
        requireEditable();
        List<FieldError> errors = new ArrayList<>();
        for (Section s : sections) {
            if (statusOf(s) != SectionStatus.COMPLETED) {
                errors.add(new FieldError(s.key(), "Complete the section: " + s.title()));
            }
        }
        if (!declared) {
            errors.add(new FieldError("declaration", "Confirm the declaration to submit your application"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        declaredBy = by;
        submittedAt = at;
        returnedReasons = null;
        move(ApplicationStatus.SUBMITTED, at);
    }

    /** The provider withdraws the application; not once a decision has been served. */
    public void withdraw(Instant at) {
        require(!status.closed() && status != ApplicationStatus.DECIDED && status != ApplicationStatus.APPEALED,
                "withdrawn");
        move(ApplicationStatus.WITHDRAWN, at);
    }

    // ---- staff: validation, assessment, decision ----

    public void validate(Instant at) {
        require(status == ApplicationStatus.SUBMITTED, "validated");
        validatedAt = at;
        move(ApplicationStatus.VALIDATED, at);
    }

    public void returnToProvider(String reasons, Instant at) {
        require(status == ApplicationStatus.SUBMITTED, "returned");
        if (reasons == null || reasons.isBlank()) {
            throw ValidationFailure.of("reasons", "Say why the application is being returned");
        }
        returnedReasons = reasons.strip();
        move(ApplicationStatus.RETURNED, at);
    }

    public void assign(Long inspector, String name, Instant at) {
        require(status == ApplicationStatus.VALIDATED || status == ApplicationStatus.IN_ASSESSMENT, "assigned");
        inspectorId = inspector;
        inspectorName = name;
        if (status == ApplicationStatus.VALIDATED) {
            move(ApplicationStatus.IN_ASSESSMENT, at);
        }
        updatedAt = at;
    }

    /** Requests for information, interviews and site visits happen while it is assessed. */
    public void requireAssessment() {
        require(status == ApplicationStatus.IN_ASSESSMENT, "assessed");
    }

    public void grant(String summary, String resultingLocationId, Instant at) {
        require(status == ApplicationStatus.IN_ASSESSMENT, "granted");
        decision = summary;
        decidedAt = at;
        resultLocationId = resultingLocationId;
        move(ApplicationStatus.GRANTED, at);
    }

    /** Serves a notice of proposal: to refuse, or to grant with conditions (one per line) not agreed. */
    public void propose(Proposal what, String reasons, String conditions, Instant at) {
        require(status == ApplicationStatus.IN_ASSESSMENT, "proposed for a decision");
        if (what == Proposal.GRANT_WITH_CONDITIONS && (conditions == null || conditions.isBlank())) {
            throw ValidationFailure.of("conditions", "Write the conditions you propose, one per line");
        }
        proposal = what;
        proposedConditions = what == Proposal.GRANT_WITH_CONDITIONS ? conditions.strip() : null;
        decision = reasons;
        move(ApplicationStatus.PROPOSED, at);
    }

    public void withdrawProposal(Instant at) {
        require(status == ApplicationStatus.PROPOSED, "taken back to assessment");
        decision = null;
        proposal = null;
        proposedConditions = null;
        move(ApplicationStatus.IN_ASSESSMENT, at);
    }

    /** Adopts the proposal: the notice of decision is served; it takes effect after the appeal window. */
    public void decide(String reasons, Instant at) {
        require(status == ApplicationStatus.PROPOSED, "decided");
        decision = reasons;
        decidedAt = at;
        move(ApplicationStatus.DECIDED, at);
    }

    public void appealLodged(Instant at) {
        require(status == ApplicationStatus.DECIDED, "appealed");
        move(ApplicationStatus.APPEALED, at);
    }

    /** The Tribunal allowed the appeal: the decision never takes effect and the application is assessed again. */
    public void appealAllowed(Instant at) {
        require(status == ApplicationStatus.APPEALED, "reopened");
        proposal = null;
        proposedConditions = null;
        move(ApplicationStatus.IN_ASSESSMENT, at);
    }

    /** The decision took effect: refused, or granted with the conditions (then the register has changed). */
    public void decisionTakesEffect(String resultingLocationId, Instant at) {
        require(status == ApplicationStatus.DECIDED || status == ApplicationStatus.APPEALED, "closed");
        if (proposal == Proposal.GRANT_WITH_CONDITIONS) {
            resultLocationId = resultingLocationId;
            move(ApplicationStatus.GRANTED, at);
        } else {
            move(ApplicationStatus.REFUSED, at);
        }
    }

    private void move(ApplicationStatus to, Instant at) {
        status = to;
        stageEnteredAt = at;
        updatedAt = at;
    }

    private void requireEditable() {
        if (!status.editableByProvider()) {
            throw new IllegalStateException("Application " + reference + " has been submitted and cannot be changed");
        }
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("Application " + reference + " is " + status.label().toLowerCase(
                    java.util.Locale.ROOT) + " and cannot be " + what);
        }
    }

    private boolean documentsPresent(Section section) {
        return section.documents().stream().allMatch(k -> documents.stream().anyMatch(d -> d.kind() == k));
    }

    private Set<String> completed() {
        return completedSections.isEmpty() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(completedSections.split(",")));
    }

    /** The answers given so far, by field name. */
    public Map<String, String> answers() {
        Map<String, String> out = new LinkedHashMap<>();
        try (var reader = Json.createReader(new java.io.StringReader(answers))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, v instanceof JsonString js ? js.getString()
                    : v == JsonValue.NULL ? null : v.toString()));
        }
        return out;
    }

    private static String toJson(Map<String, String> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v != null) {
                b.add(k, v);
            }
        });
        return b.build().toString();
    }

    public String answer(String name) {
        return answers().get(name);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", reference);
        s.put("type", type.name());
        s.put("status", status.name());
        s.put("locationId", locationId);
        s.put("inspector", inspectorName);
        s.put("proposal", proposal == null ? null : proposal.name());
        s.put("completedSections", completedSections);
        s.put("documents", documents.size());
        return s;
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public ApplicationType type() { return type; }
    public ApplicationStatus status() { return status; }
    public String providerId() { return providerId; }
    public String locationId() { return locationId; }
    public List<ApplicationDocument> documents() { return List.copyOf(documents); }
    public String createdByName() { return createdByName; }
    public Long createdById() { return createdById; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant stageEnteredAt() { return stageEnteredAt; }
    public Instant submittedAt() { return submittedAt; }
    public String declaredBy() { return declaredBy; }
    public Instant validatedAt() { return validatedAt; }
    public String returnedReasons() { return returnedReasons; }
    public Long inspectorId() { return inspectorId; }
    public String inspectorName() { return inspectorName; }
    public Instant decidedAt() { return decidedAt; }
    public String decision() { return decision; }
    public String resultLocationId() { return resultLocationId; }
    public Proposal proposal() { return proposal; }
    public String proposedConditions() { return proposedConditions; }
    public int version() { return version; }
    public String applicantName() { return applicantName; }
    public String applicantEmail() { return applicantEmail; }
    public org.inspectorate.registry.domain.ProviderType providerType() { return providerType; }
    public int linksIssued() { return linksIssued; }
}

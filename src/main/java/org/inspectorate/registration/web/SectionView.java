package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.registration.application.ApplicationQueries;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.registration.domain.ApplicationCatalogue;
import org.inspectorate.registration.domain.ApplicationType;
import org.inspectorate.registration.domain.DocumentKind;
import org.inspectorate.registration.domain.Field;
import org.inspectorate.registration.domain.Section;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.shared.web.UploadedFile;

/**
 * One task of an application: its questions (built from the catalogue) and documents. Saving always keeps
 * what was typed; problems are shown by each field and the section stays "in progress" until they are fixed.
 */
@Named
@ViewScoped
public class SectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationService service;

    @Inject
    FileStore files;

    private String id;
    private String key;
    private ApplicationRecord application;
    private Section section;
    private HashMap<String, Object> values;
    private Map<String, String> choiceLabels;
    private final Map<Field.Kind, List<Field.Option>> peopleChoices = new java.util.EnumMap<>(Field.Kind.class);
    private String documentKind;
    private transient Part file;

    public void load() {
        application = WebIds.load(id, queries);
        if (application == null) {
            return;
        }
        section = ApplicationCatalogue.section(ApplicationType.valueOf(application.type()), key);
        if (section == null || !application.editable()) {
            Pages.notFound();
            return;
        }
        if (values == null) {
            values = new HashMap<>();
            ApplicationRecord.TaskRecord task = application.task(key);
            for (ApplicationRecord.Answer a : task.answers()) {
                Field f = section.field(a.name());
                if (f.isMultiChoice()) {
                    values.put(a.name(), a.value() == null ? new ArrayList<String>()
                            : new ArrayList<>(List.of(a.value().split(","))));
                } else {
                    values.put(a.name(), a.value());
                }
            }
            choiceLabels = queries.choiceLabels(application.providerId());
        }
    }

    public void save() {
        if (keep()) {
            FacesErrors.info(Messages.get("registration.section.saved", section.title()));
            Pages.redirect("/portal/registration/application.xhtml?id=" + application.id());
        }
    }

    public void upload() {
        keep(false);
        DocumentKind kind = documentKind == null || documentKind.isBlank() ? null : DocumentKind.valueOf(documentKind);
        if (kind == null) {
            FacesErrors.field("section:documentKind", Messages.get("registration.document.kind.choose"));
            return;
        }
        String fileProblem = UploadedFile.problem(file, "section:file");
        if (fileProblem != null) {
            FacesErrors.field("section:file", fileProblem);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String name = file.getSubmittedFileName() == null ? "document" : file.getSubmittedFileName()
                    .replaceAll(".*[/\\\\]", "");
            FileInfo stored = files.store(name, file.getContentType() == null ? "application/octet-stream"
                    : file.getContentType(), file.getSize(), in);
            service.attach(application.id(), kind, stored.id());
            FacesErrors.info(Messages.get("draft.file.attached", stored.name()));
            application = queries.get(application.id());
        } catch (ValidationFailure e) {
            FacesErrors.field("section:file", e.errors().get(0).message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String fileId) {
        service.detach(application.id(), UUID.fromString(fileId));
        application = queries.get(application.id());
    }

    private boolean keep() {
        return keep(true);
    }

    /**
     * Saves the form's answers; shows each problem by its field. True when the section is now complete. While a
     * document is being uploaded the section is not yet expected to have them all.
     */
    private boolean keep(boolean documentsExpected) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Field f : section.fields()) {
            Object v = values.get(f.name());
            answers.put(f.name(), v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                    : v == null ? null : v.toString());
        }
        ApplicationService.SectionResult r = service.saveSection(application.id(), key, answers);
        application = queries.get(application.id());
        for (FieldError e : r.errors()) {
            FacesErrors.field("section:" + e.field(), e.message());
        }
        if (documentsExpected && r.errors().isEmpty() && section.hasDocuments()
                && !"COMPLETED".equals(r.status().name())) {
            FacesErrors.field("section:file", Messages.get("registration.documents.missing"));
            return false;
        }
        return r.errors().isEmpty();
    }

    public List<Field.Option> optionsOf(Field f) {
        if (f.kind() == Field.Kind.LOCATION || f.kind() == Field.Kind.CONDITION) {
            List<Field.Option> opts = new ArrayList<>();
            choiceLabels.forEach((code, label) -> {
                boolean isLocation = code.startsWith("1-");
                if (isLocation == (f.kind() == Field.Kind.LOCATION)) {
                    opts.add(new Field.Option(code, label));
                }
            });
            opts.sort(java.util.Comparator.comparing(Field.Option::label));
            return opts;
        }
        if (f.kind() == Field.Kind.MANAGER || f.kind() == Field.Kind.PARTNER) {
            return peopleChoices.computeIfAbsent(f.kind(), k -> queries.peopleChoices(application, k));
        }
        return f.options();
    }

    public List<DocumentKind> getDocumentKinds() {
        return section.documents();
    }

    public List<ApplicationRecord.DocumentRecord> getDocuments() {
        return application.documents();
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getKey() { return key; }
    public void setKey(String v) { key = v; }
    public ApplicationRecord getApplication() { return application; }
    public Section getSection() { return section; }
    public Map<String, Object> getValues() { return values; }
    public String getDocumentKind() { return documentKind; }
    public void setDocumentKind(String v) { documentKind = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
}

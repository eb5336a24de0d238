package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.registration.domain.DocumentKind;
import org.inspectorate.shared.domain.Gone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.registration.application.ApplicantService;
import org.inspectorate.registration.application.ApplicationRecord;
import org.inspectorate.registration.application.ApplicationService;
import org.inspectorate.registration.domain.Field;
import org.inspectorate.registration.domain.NewProviderChecks;
import org.inspectorate.registration.domain.Section;
import org.inspectorate.registry.domain.ProviderType;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.shared.web.UploadedFile;

/**
 * One section of a new provider's application, opened by the applicant's token; saving always keeps the answers.
 * The documents section takes uploads in a plain multipart form (no script needed), owned by the application.
 */
@Named
@ViewScoped
public class ApplicantSectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicantService service;

    @Inject
    FileStore files;

    private String token;
    private String key;
    private ApplicationRecord application;
    private Section section;
    private HashMap<String, Object> values;
    private String documentKind;
    private transient Part file;

    static String page(String token) {
        return "/applicant/application.xhtml?token=" + token;
    }

    public void load() {
        try {
            application = service.view(token);
        } catch (Gone e) {
            Pages.gone();
            return;
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        ApplicationRecord.TaskRecord task = application.task(key);
        ProviderType type = ProviderType.valueOf(application.tasks().get(0).answers().stream()
                .filter(a -> a.name().equals("providerType")).map(ApplicationRecord.Answer::value).findFirst()
                .orElse("INDIVIDUAL"));
        section = task == null ? null : NewProviderChecks.sections(type).stream()
                .filter(s -> s.key().equals(key)).findFirst().orElse(null);
        if (section == null || !application.editable()) {
            Pages.notFound();
            return;
        }
        if (values == null) {
            values = new HashMap<>();
            for (ApplicationRecord.Answer a : task.answers()) {
                values.put(a.name(), section.field(a.name()).isMultiChoice() ? (a.value() == null
                        ? new ArrayList<String>() : new ArrayList<>(List.of(a.value().split(",")))) : a.value());
            }
        }
    }

    public void save() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Field f : section.fields()) {
            Object v = values.get(f.name());
            answers.put(f.name(), v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                    : v == null ? null : v.toString());
        }
        try {
            ApplicationService.SectionResult r = service.saveSection(token, key, answers);
            for (FieldError e : r.errors()) {
                FacesErrors.field("section:" + e.field(), e.message());
            }
            if (r.errors().isEmpty() && section.hasDocuments() && !"COMPLETED".equals(r.status().name())) {
                application = service.view(token);
                FacesErrors.field("section:file", Messages.get("registration.documents.missing"));
            } else if (r.errors().isEmpty()) {
                FacesErrors.info(Messages.get("registration.section.saved", section.title()));
                Pages.redirect(page(token));
            }
        } catch (ValidationFailure e) {
            FacesErrors.show("section", e);
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /** Uploads the chosen file (streamed, size and type checked) and adds it as a document of the chosen kind. */
    public void upload() {
        DocumentKind kind = section.documents().stream().filter(k -> k.name().equals(documentKind)).findFirst()
                .orElse(null);
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
            FileInfo stored = files.store(service.uploadScope(token), name, file.getContentType() == null
                    ? "application/octet-stream" : file.getContentType(), file.getSize(), in);
            if (!stored.stored()) {
                FacesErrors.field("section:file", stored.rejection());
                return;
            }
            service.attach(token, kind, stored.id());
            FacesErrors.info(Messages.get("draft.file.attached", stored.name()));
            application = service.view(token);
            documentKind = null;
        } catch (ValidationFailure e) {
            FacesErrors.field("section:file", e.errors().get(0).message());
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound e) {
            Pages.notFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String fileId) {
        try {
            service.detach(token, UUID.fromString(fileId));
            FacesErrors.info(Messages.get("registration.document.removed"));
            application = service.view(token);
        } catch (ValidationFailure e) {
            FacesErrors.field("section:file", e.errors().get(0).message());
        } catch (Gone e) {
            Pages.gone();
        } catch (NotFound | IllegalArgumentException e) {
            Pages.notFound();
        }
    }

    public List<DocumentKind> getDocumentKinds() {
        return section.documents();
    }

    public List<ApplicationRecord.DocumentRecord> getDocuments() {
        return application.documents();
    }

    public String getDocumentKind() { return documentKind; }
    public void setDocumentKind(String v) { documentKind = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public String getKey() { return key; }
    public void setKey(String v) { key = v; }
    public ApplicationRecord getApplication() { return application; }
    public Section getSection() { return section; }
    public Map<String, Object> getValues() { return values; }
}

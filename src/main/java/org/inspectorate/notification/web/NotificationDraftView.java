package org.inspectorate.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.notification.application.Acknowledgement;
import org.inspectorate.notification.application.DraftService;
import org.inspectorate.notification.domain.FieldSpec;
import org.inspectorate.notification.domain.NotificationCatalogue;
import org.inspectorate.notification.domain.NotificationCatalogue.TypeSpec;
import org.inspectorate.notification.domain.NotificationDraft;
import org.inspectorate.shared.domain.FieldError;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.DayParts;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;
import org.inspectorate.shared.web.UploadedFile;

/**
 * Filling in a notification. Every action first saves what is on the form to the draft on the server, so
 * nothing typed is lost, whether the person uploads a file, leaves, or submits something the checks refuse.
 */
@Named
@ViewScoped
public class NotificationDraftView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/portal/notifications/draft.xhtml";
    private static final String LIST = "/portal/notifications/index.xhtml";

    @Inject
    DraftService drafts;

    @Inject
    FileStore files;

    private String id;
    private DraftService.DraftRecord draft;
    private HashMap<String, Object> values;
    /** Date answers in three boxes each (day, month, year), kept in {@code values} as ISO dates on every save. */
    private HashMap<String, DayParts> days;
    private int version;
    private transient Part file;

    public void load() {
        if (id == null || id.isBlank()) {
            FacesErrors.info(Messages.get("draft.missing"));
            Pages.redirect(LIST);
            return;
        }
        try {
            draft = drafts.get(UUID.fromString(id));
        } catch (IllegalArgumentException | NotFound e) {
            Pages.notFound();
            return;
        } catch (Forbidden e) {
            Pages.forbidden();
            return;
        }
        if (values == null) {
            values = new HashMap<>();
            draft.values().forEach((k, v) -> values.put(k, v instanceof List<?> l ? new ArrayList<>(l) : v));
            version = draft.version();
            days = new HashMap<>();
            getFields().stream().filter(FieldSpec::isDate).forEach(f -> days.put(f.name(), DayParts.of(values.get(f.name()))));
        }
    }

    public void save() {
        if (keep()) {
            FacesErrors.info(Messages.get("draft.saved"));
            stay();
        }
    }

    public void upload() {
        if (!keep()) {
            return;
        }
        String fileProblem = UploadedFile.problem(file, "draft:file");
        if (fileProblem != null) {
            FacesErrors.field("draft:file", fileProblem);
            stay();
            return;
        }
        try (InputStream in = file.getInputStream()) {
            FileInfo stored = files.store(fileName(file), file.getContentType() == null ? "application/octet-stream"
                    : file.getContentType(), file.getSize(), in);
            drafts.attach(draft.id(), stored);
            FacesErrors.info(Messages.get("draft.file.attached", stored.name()));
        } catch (ValidationFailure e) {
            FacesErrors.field("draft:file", e.errors().get(0).message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stay();
    }

    public void removeFile(String fileId) {
        if (keep()) {
            drafts.detach(draft.id(), UUID.fromString(fileId));
            stay();
        }
    }

    public void submit() {
        if (!keep()) {
            return;
        }
        try {
            Acknowledgement ack = drafts.submit(draft.id());
            FacesErrors.info(Messages.get("draft.submitted", ack.reference()));
            Pages.redirect("/portal/notifications/view.xhtml?ref=" + ack.reference());
        } catch (ValidationFailure e) {
            for (FieldError err : e.errors()) {
                String field = err.field();
                String input = field.startsWith("details.") ? field.substring(8)
                        : field.startsWith("attachments") ? "file" : "submit";
                FacesErrors.field("draft:" + input, onScreen(input, err.message()));
            }
            stay();
        }
    }

    public void discard() {
        drafts.discard(draft.id());
        FacesErrors.info(Messages.get("draft.discarded"));
        Pages.redirect(LIST);
    }

    /**
     * Redirect-after-post back to this draft, its id in the address, so that a reload or a bookmark after
     * Save, Upload or a refused Submit opens the same draft (what was typed is saved in it, messages kept).
     */
    private void stay() {
        Pages.redirect(PAGE + "?id=" + draft.id());
    }

    /** Saves the form to the draft; false (with a message) when someone else saved it meanwhile. */
    private boolean keep() {
        days.forEach((name, parts) -> values.put(name, parts.value()));
        try {
            version = drafts.save(draft.id(), version, values);
            return true;
        } catch (OptimisticLockException e) {
            FacesErrors.field("draft:save", Messages.get("draft.conflict"));
            return false;
        }
    }


    /** A date whose boxes make no real date is explained for the boxes; the checks give the API's ISO example. */
    private String onScreen(String input, String message) {
        DayParts parts = days.get(input);
        if (parts == null || !parts.isNotADate()) {
            return message;
        }
        return getSpec().field(input).map(FieldSpec::label).orElse(input) + " must be a real date, for example 27 3 2026";
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        if (name == null || name.isBlank()) {
            return "attachment";
        }
        return name.replaceAll(".*[/\\\\]", "");
    }

    public TypeSpec getSpec() {
        return NotificationCatalogue.spec(draft.type());
    }

    public List<FieldSpec> getFields() {
        return getSpec().fields();
    }

    public List<NotificationDraft.DraftFile> getFiles() {
        return draft.files();
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public DraftService.DraftRecord getDraft() { return draft; }
    public Map<String, Object> getValues() { return values; }
    public Map<String, DayParts> getDays() { return days; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
}

package org.inspectorate.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inspectorate.files.application.FileInfo;
import org.inspectorate.files.application.FileStore;
import org.inspectorate.report.application.FactualAccuracyService;
import org.inspectorate.report.application.ReportDetail;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportRatings;
import org.inspectorate.report.domain.CorrectionType;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/**
 * A report for its provider: the draft during its factual accuracy check (jump to any section, comment on it at
 * any length with evidence, or confirm there are no inaccuracies), and published reports.
 */
@Named
@ViewScoped
public class PortalReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    FactualAccuracyService fac;

    @Inject
    FileStore files;

    @Inject
    ReportRatings ratings;

    private transient ReportRatings.Proposed proposed;
    private transient boolean proposedLoaded;

    private Long id;
    private String section;
    private String correctionType;
    private String text;
    private transient Part file;
    private boolean noInaccuracies;
    private ReportDetail detail;

    public void load() {
        try {
            detail = id == null ? null : queries.forProvider(id);
        } catch (NotFound e) {
            detail = null;
        }
        if (detail == null) {
            Pages.notFound();
        }
    }

    /** The ratings proposed by the report's assessment (published with the report), or null when it has none. */
    public ReportRatings.Proposed getProposed() {
        if (!proposedLoaded) {
            proposedLoaded = true;
            Long assessment = detail == null ? null : detail.report().assessmentId();
            proposed = assessment == null ? null : ratings.proposed(assessment).orElse(null);
        }
        return proposed;
    }

    public boolean isOpenForComments() {
        return detail != null && "FACTUAL_ACCURACY".equals(detail.report().state())
                && detail.report().facRespondedAt() == null && detail.report().facDeadline() != null
                && !LocalDate.now(java.time.ZoneId.of("Europe/London")).isAfter(detail.report().facDeadline());
    }

    public void comment() {
        if (ReportActions.run("comment", "text", () -> {
            List<String> evidence = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                evidence.add(upload().id().toString());
            }
            fac.comment(id, section, correctionType, text, evidence);
        })) {
            FacesErrors.info(Messages.get("report.fac.commentSaved"));
            Pages.redirect("/portal/reports/view.xhtml?id=" + id + "#comments");
        }
    }

    public void finish() {
        if (ReportActions.run("finish", "noInaccuracies", () -> fac.providerResponse(id, noInaccuracies))) {
            FacesErrors.info(Messages.get(noInaccuracies ? "report.fac.confirmed" : "report.fac.sent"));
            Pages.redirect("/portal/reports/view.xhtml?id=" + id);
        }
    }

    private FileInfo upload() {
        try (InputStream in = file.getInputStream()) {
            String name = file.getSubmittedFileName() == null ? "evidence" : file.getSubmittedFileName();
            FileInfo f = files.store(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1),
                    file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getSize(), in);
            if (!f.stored()) {
                throw ValidationFailure.of("text", f.rejection() == null ? Messages.get("report.fac.fileRefused")
                        : f.rejection());
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<CorrectionType> getCorrectionTypes() {
        return Arrays.asList(CorrectionType.values());
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getSection() { return section; }
    public void setSection(String v) { section = v; }
    public String getCorrectionType() { return correctionType; }
    public void setCorrectionType(String v) { correctionType = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public boolean isNoInaccuracies() { return noInaccuracies; }
    public void setNoInaccuracies(boolean v) { noInaccuracies = v; }
    public ReportDetail getDetail() { return detail; }
}

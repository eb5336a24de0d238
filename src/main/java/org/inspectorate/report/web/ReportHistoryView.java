package org.inspectorate.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.report.application.ReportDetail;
import org.inspectorate.report.application.ReportQueries;
import org.inspectorate.report.application.ReportService;
import org.inspectorate.report.application.SectionRecord;
import org.inspectorate.report.application.VersionRecord;
import org.inspectorate.report.domain.SectionKey;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Messages;
import org.inspectorate.shared.web.Pages;

/** A section's saved versions: compare any two side by side, and restore one as the current text. */
@Named
@ViewScoped
public class ReportHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    ReportService service;

    private Long id;
    private String section;
    private Integer a;
    private Integer b;
    private ReportDetail detail;
    private SectionRecord current;
    private List<VersionRecord> versions;
    private VersionRecord left;
    private VersionRecord right;

    public void load() {
        SectionKey key = SectionKey.parse(section);
        detail = id == null || key == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
            return;
        }
        current = detail.sections().stream().filter(s -> s.key().equals(key.name())).findFirst().orElseThrow();
        versions = queries.versions(id, key);
        if (a != null) {
            left = queries.version(id, key, a).orElse(null);
        }
        if (b != null) {
            right = queries.version(id, key, b).orElse(null);
        }
    }

    public void restore(int version) {
        SectionKey key = SectionKey.parse(section);
        if (ReportActions.run("versions", "restore", () -> service.restore(id, key, version, current.version()),
                false)) {
            FacesErrors.info(Messages.get("report.restored", version));
            Pages.redirect("/staff/reports/history.xhtml?id=" + id + "&section=" + key.name());
        }
    }

    public boolean isEditable() {
        return detail != null && ("DRAFT".equals(detail.report().state()) || "RETURNED".equals(detail.report().state()));
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getSection() { return section; }
    public void setSection(String v) { section = v; }
    public Integer getA() { return a; }
    public void setA(Integer v) { a = v; }
    public Integer getB() { return b; }
    public void setB(Integer v) { b = v; }
    public ReportDetail getDetail() { return detail; }
    public SectionRecord getCurrent() { return current; }
    public List<VersionRecord> getVersions() { return versions; }
    public VersionRecord getLeft() { return left; }
    public VersionRecord getRight() { return right; }
}

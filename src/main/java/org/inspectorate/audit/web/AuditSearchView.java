package org.inspectorate.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.inspectorate.audit.application.AuditQueries;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.PagedLazyModel;

/** Searching the audit trail by person, entity and date; results page in the database. */
@Named
@ViewScoped
public class AuditSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueries audit;

    private String person;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private PagedLazyModel<AuditEvent> results;

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesErrors.field("audit:to", "The end date must be the same as or after the start date");
            return;
        }
        results = null;
    }

    public PagedLazyModel<AuditEvent> getResults() {
        if (results == null) {
            AuditSearch search = new AuditSearch(person, entityType, entityId, action, from, to);
            results = new PagedLazyModel<>(() -> audit.count(search), page -> audit.list(search, page),
                    e -> String.valueOf(e.id()));
        }
        return results;
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}

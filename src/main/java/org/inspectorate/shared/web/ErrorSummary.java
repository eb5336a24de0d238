package org.inspectorate.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The GOV.UK error summary at the top of a page: every message, each linking to the field it is about.
 * The page title gets an "Error: " prefix whenever there is one.
 */
@Named
@RequestScoped
public class ErrorSummary {

    public record Item(String fieldId, String text) {
    }

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            for (FacesMessage m : faces.getMessageList(id)) {
                if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    items.add(new Item(id == null ? "main" : id, m.getSummary()));
                }
            }
        }
        return items;
    }

    /** The first error message for one field, or null: shown next to the field. */
    public String messageFor(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).stream()
                .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                .map(FacesMessage::getSummary).findFirst().orElse(null);
    }

    /** Success messages for the whole page, such as "saved", shown in a notification banner. */
    public List<String> getNotices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_INFO)
                .map(FacesMessage::getSummary).toList();
    }

    public boolean isHasErrors() {
        return !getItems().isEmpty();
    }

    public String getTitlePrefix() {
        return isHasErrors() ? "Error: " : "";
    }
}

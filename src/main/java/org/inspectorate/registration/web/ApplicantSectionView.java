package org.inspectorate.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

/** One section of a new provider's application, opened by the applicant's token; saving always keeps the answers. */
@Named
@ViewScoped
public class ApplicantSectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicantService service;

    private String token;
    private String key;
    private ApplicationRecord application;
    private Section section;
    private HashMap<String, Object> values;

    static String page(String token) {
        return "/applicant/application.xhtml?token=" + token;
    }

    public void load() {
        try {
            application = service.view(token);
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
            if (r.errors().isEmpty()) {
                FacesErrors.info(Messages.get("registration.section.saved", section.title()));
                Pages.redirect(page(token));
            }
        } catch (ValidationFailure e) {
            FacesErrors.show("section", e);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public String getKey() { return key; }
    public void setKey(String v) { key = v; }
    public ApplicationRecord getApplication() { return application; }
    public Section getSection() { return section; }
    public Map<String, Object> getValues() { return values; }
}

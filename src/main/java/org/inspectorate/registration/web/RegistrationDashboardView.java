package org.inspectorate.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.registration.application.DashboardQueries;
import org.inspectorate.registration.application.RegistrationDashboard;
import org.inspectorate.registration.domain.ApplicationStatus;

/**
 * The registration dashboard: open applications by stage and age (a stacked Chart.js bar chart drawn by
 * PrimeFaces, with the same numbers in a table), by type and stage, the oldest in each stage, and time from
 * validation to decision against the target.
 */
@Named
@ViewScoped
public class RegistrationDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLOURS = List.of("#00703c", "#1d70b8", "#f47738", "#d4351c");

    @Inject
    DashboardQueries queries;

    private RegistrationDashboard dashboard;

    @PostConstruct
    void load() {
        dashboard = queries.dashboard();
    }

    public RegistrationDashboard getDashboard() {
        return dashboard;
    }

    public List<ApplicationStatus> getStatuses() {
        return DashboardQueries.OPEN;
    }

    public List<String> getBands() {
        return RegistrationDashboard.BANDS;
    }

    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        DashboardQueries.OPEN.forEach(s -> labels.add(s.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < RegistrationDashboard.BANDS.size(); i++) {
            String band = RegistrationDashboard.BANDS.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            DashboardQueries.OPEN.forEach(s -> data.add(dashboard.byStageAndAge().get(s.name()).get(band)));
            datasets.add(Json.createObjectBuilder().add("label", band).add("data", data)
                    .add("backgroundColor", COLOURS.get(i)));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }
}

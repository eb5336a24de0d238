package org.inspectorate.triage.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.inspectorate.shared.json.Jsons;
import org.inspectorate.triage.application.Backlog;
import org.inspectorate.triage.application.TriageQueries;
import org.inspectorate.triage.domain.AgeBand;
import org.inspectorate.triage.domain.TriageState;

/**
 * The backlog dashboard: totals, the open items by age band and state as a stacked bar chart (a Chart.js
 * configuration built with JSON-P, drawn by PrimeFaces' chart; the same numbers are in a table beside it),
 * and every queue with its oldest item and items past due.
 */
@Named
@ViewScoped
public class BacklogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> COLOURS = Map.of("NEW", "#d4351c", "ASSIGNED", "#1d70b8",
            "AWAITING_INFORMATION", "#f47738");

    @Inject
    TriageQueries queries;

    private Backlog backlog;

    @PostConstruct
    void load() {
        backlog = queries.backlog();
    }

    public Backlog getBacklog() {
        return backlog;
    }

    public record BandRow(String label, long newCount, long assigned, long awaiting, long total) {
    }

    public List<BandRow> getBands() {
        return java.util.Arrays.stream(AgeBand.values()).map(b -> {
            Map<String, Long> s = backlog.byAgeBandAndState().get(b.name());
            long n = s.get("NEW");
            long a = s.get("ASSIGNED");
            long w = s.get("AWAITING_INFORMATION");
            return new BandRow(b.label(), n, a, w, n + a + w);
        }).toList();
    }

    public String getChart() {
        JsonArrayBuilder labels = Jsons.JSON.createArrayBuilder();
        for (AgeBand b : AgeBand.values()) {
            labels.add(b.label());
        }
        JsonArrayBuilder datasets = Jsons.JSON.createArrayBuilder();
        for (TriageState s : TriageState.OPEN) {
            JsonArrayBuilder data = Jsons.JSON.createArrayBuilder();
            for (AgeBand b : AgeBand.values()) {
                data.add(backlog.byAgeBandAndState().get(b.name()).get(s.name()));
            }
            datasets.add(Jsons.JSON.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", COLOURS.get(s.name())));
        }
        return Jsons.JSON.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.JSON.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Jsons.JSON.createObjectBuilder()
                                .add("x", Jsons.JSON.createObjectBuilder().add("stacked", true))
                                .add("y", Jsons.JSON.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }
}

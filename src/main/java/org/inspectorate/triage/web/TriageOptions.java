package org.inspectorate.triage.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.inspectorate.triage.domain.Outcome;
import org.inspectorate.triage.domain.Team;
import org.inspectorate.triage.domain.TriageState;

/** Choices for the triage screens' menus. */
@Named
@ApplicationScoped
public class TriageOptions {

    public List<Team> getTeams() {
        return List.of(Team.values());
    }

    public List<TriageState> getOpenStates() {
        return List.copyOf(TriageState.OPEN);
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }
}

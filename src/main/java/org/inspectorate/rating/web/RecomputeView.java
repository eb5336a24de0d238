package org.inspectorate.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.rating.application.RecomputeJob;
import org.inspectorate.rating.persistence.JobStore;
import org.inspectorate.shared.domain.Forbidden;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.web.FacesErrors;
import org.inspectorate.shared.web.Pages;

/** Starting a recompute of every current rating and watching its progress (the page refreshes itself). */
@Named
@ViewScoped
public class RecomputeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecomputeJob job;

    @Inject
    FrameworkCatalogue catalogue;

    private String methodology;

    public void start() {
        try {
            job.start(methodology);
            FacesErrors.info("The recompute has started.");
            Pages.redirect("/staff/ratings/recompute.xhtml");
        } catch (ValidationFailure e) {
            FacesErrors.show("recompute", e);
        } catch (Forbidden e) {
            FacesErrors.field("recompute:methodology", e.getMessage());
        }
    }

    public boolean isMayStart() {
        return job.mayStart();
    }

    public JobStore.Job getLatest() {
        return job.latest().orElse(null);
    }

    /** The latest job's methodology as people name it, with its code for those who know the versions. */
    public String getMethodologyName() {
        JobStore.Job j = getLatest();
        return j == null ? null : catalogue.methodology(j.methodologyCode()).map(m -> m.name() + " (" + m.code() + ")")
                .orElse(j.methodologyCode());
    }

    public int getPercent() {
        JobStore.Job j = getLatest();
        return j == null || j.total() == 0 ? 0 : (int) (100L * j.processed() / j.total());
    }

    public List<Methodology> getMethodologies() {
        return catalogue.methodologies();
    }

    public String getMethodology() { return methodology; }
    public void setMethodology(String v) { methodology = v; }
}

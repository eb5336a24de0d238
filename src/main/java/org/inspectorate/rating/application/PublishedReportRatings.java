package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.persistence.RatingRow;
import org.inspectorate.rating.persistence.RatingStore;
import org.inspectorate.report.application.ReportRatings;

/** The report context's view of ratings: the current ones of the location, when the report's assessment made them. */
@ApplicationScoped
public class PublishedReportRatings implements ReportRatings {

    @Inject
    RatingStore store;

    @Override
    public Optional<List<Line>> ofAssessment(String locationId, long assessmentId) {
        Optional<RatingRow> row = store.current(locationId).filter(r -> r.assessmentId() == assessmentId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String[] ratings = row.get().ratings();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Overall", RatingQueries.label(ratings[0])));
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length && i + 1 < ratings.length; i++) {
            lines.add(new Line(kqs[i].label(), RatingQueries.label(ratings[i + 1])));
        }
        return Optional.of(lines);
    }
}

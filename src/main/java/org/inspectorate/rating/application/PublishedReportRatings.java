package org.inspectorate.rating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectorate.rating.domain.KeyQuestion;
import org.inspectorate.rating.persistence.RatingStore;
import org.inspectorate.report.application.ReportRatings;

/** The report context's view of ratings: proposals published, withdrawn and reinstated with their reports. */
@ApplicationScoped
public class PublishedReportRatings implements ReportRatings {

    @Inject
    RatingStore store;

    @Inject
    RatingPublisher publisher;

    @Override
    public Optional<List<Line>> publishWith(String locationId, long assessmentId, long reportId, Instant at) {
        publisher.publishWithReport(assessmentId, reportId, at);
        return store.current(locationId).filter(r -> r.assessmentId() == assessmentId)
                .map(r -> lines(r.ratings()));
    }

    @Override
    public void withdrawWith(long assessmentId, long reportId, Instant at) {
        publisher.withdrawWithReport(assessmentId, reportId, at);
    }

    @Override
    public void reinstateWith(long assessmentId, long reportId, Instant at) {
        publisher.reinstateWithReport(assessmentId, reportId, at);
    }

    @Override
    public Optional<Proposed> proposed(long assessmentId) {
        return store.proposal(assessmentId).map(p -> new Proposed(lines(p.ratings()), p.published(),
                RatingPublisher.WITHDRAWN.equals(p.state())));
    }

    /** Overall first, then the five key questions, each with its rating's name. */
    static List<Line> lines(String[] ratings) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Overall", RatingQueries.label(ratings[0])));
        KeyQuestion[] kqs = KeyQuestion.values();
        for (int i = 0; i < kqs.length && i + 1 < ratings.length; i++) {
            lines.add(new Line(kqs[i].label(), RatingQueries.label(ratings[i + 1])));
        }
        return lines;
    }
}

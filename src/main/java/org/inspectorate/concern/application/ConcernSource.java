package org.inspectorate.concern.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.concern.domain.Concern;
import org.inspectorate.concern.domain.ConcernKind;
import org.inspectorate.concern.persistence.ConcernRepository;
import org.inspectorate.triage.application.SourceDetails;
import org.inspectorate.triage.application.SourceView;
import org.inspectorate.triage.domain.SourceKind;

/** Shows triage staff what a concern says and who raised it; the read is audited as a read of personal data. */
@ApplicationScoped
public class ConcernSource implements SourceDetails {

    @Inject
    ConcernRepository concerns;

    @Inject
    AuditLog audit;

    @Override
    public SourceKind kind() {
        return SourceKind.CONCERN;
    }

    @Override
    public Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ConcernKind k : ConcernKind.values()) {
            m.put(k.name(), k.label());
        }
        return m;
    }

    @Override
    @Transactional
    public Optional<SourceView> describe(long sourceId) {
        return concerns.find(sourceId).map(c -> {
            audit.record("PERSONAL_DATA_VIEWED", "Concern", c.reference(), "Triage item page");
            return new SourceView(c.kind().label(), c.anonymous() ? "Anonymous" : c.reporterName(), rows(c), List.of());
        });
    }

    private static List<SourceView.Row> rows(Concern c) {
        List<SourceView.Row> rows = new ArrayList<>();
        rows.add(new SourceView.Row("Service named", join(c.serviceName(), c.serviceTown())));
        rows.add(new SourceView.Row("Mainly about", c.topic().label()));
        rows.add(new SourceView.Row("What happened", c.whatHappened()));
        rows.add(new SourceView.Row("When", c.whenHappened() == null ? "Not given" : c.whenHappened().toString()));
        rows.add(new SourceView.Row("Relationship to the service", c.relationship().label()));
        rows.add(new SourceView.Row("Someone at risk of harm now", c.immediateRisk() ? "Yes" : "No"));
        rows.add(new SourceView.Row("Told the service", c.raisedWithProvider().label()));
        if (c.anonymous()) {
            rows.add(new SourceView.Row("Identity", "Anonymous: no contact details were kept"));
        } else {
            rows.add(new SourceView.Row("Name", c.reporterName()));
            rows.add(new SourceView.Row("Email", c.reporterEmail() == null ? "Not given" : c.reporterEmail()));
            rows.add(new SourceView.Row("Phone", c.reporterPhone() == null ? "Not given" : c.reporterPhone()));
            rows.add(new SourceView.Row("May we contact them", c.mayContact() ? "Yes" : "No"));
        }
        return rows;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b == null ? "Not given" : b;
        }
        return b == null ? a : a + ", " + b;
    }
}

package org.inspectorate.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.inspectorate.assessment.application.FrameworkCatalogue;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.rating.application.RatingPublisher;
import org.inspectorate.registry.application.LocationDirectory;
import org.inspectorate.registry.application.LocationFacts;

/**
 * Gives demo locations a spread of published ratings: an approved full assessment per location (a score with its
 * rationale for every quality statement, a few evidence items, now and then a breach), published through the same
 * engine and publisher as a real approval. Every fifth location stays unrated. Deterministic for a given register.
 */
@ApplicationScoped
public class DemoRatings {

    static final int MAX_RATED = 400;
    private static final Logger LOG = Logger.getLogger(DemoRatings.class.getName());
    private static final String[] SOURCES = {"Site visit", "Conversations with people using the service",
        "Staff interviews", "Care records review", "Partner feedback"};

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    @Inject
    LocationDirectory locations;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    RatingPublisher publisher;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void load(int locationCount) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(locationCount, MAX_RATED); i++) {
            if (i % 5 != 4) {
                ids.add(RegisterGenerator.locationId(i));
            }
        }
        Map<String, LocationFacts> facts = locations.facts(ids);
        Framework f = catalogue.framework(catalogue.current().frameworkCode());
        List<Long> assessments = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < ids.size(); i++) {
                LocationFacts l = facts.get(ids.get(i));
                if (l != null) {
                    assessments.add(write(c, l, f, new Random(31L * i + 7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo ratings: " + e.getMessage(), e);
        }
        publisher.publish(assessments);
        LOG.info(() -> "Demo ratings published for " + assessments.size() + " locations");
    }

    private long write(Connection c, LocationFacts l, Framework f, Random random) throws SQLException {
        int level = new int[] {1, 2, 2, 3, 3, 3, 3, 3, 4, 4}[random.nextInt(10)];
        LocalDate ends = LocalDate.of(2025, 1, 10).plusDays(random.nextInt(300));
        Instant approved = ends.plusDays(14).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        long id;
        try (PreparedStatement ps = c.prepareStatement("insert into assessment (location_id, provider_id, location_name,"
                + " kind, state, methodology_code, team, starts_on, ends_on, opened_by_name, opened_at,"
                + " submitted_by_name, submitted_at, approved_by_name, approved_at) values (?, ?, ?, 'FULL', 'APPROVED',"
                + " 'SAF-2024-12', 'Demo inspection team', ?, ?, 'Demo inspector', ?, 'Demo inspector', ?,"
                + " 'Demo manager', ?) returning id")) {
            ps.setString(1, l.id());
            ps.setString(2, l.providerId());
            ps.setString(3, l.name());
            ps.setDate(4, Date.valueOf(ends.minusDays(3)));
            ps.setDate(5, Date.valueOf(ends));
            Timestamp at = Timestamp.from(approved);
            ps.setTimestamp(6, at);
            ps.setTimestamp(7, at);
            ps.setTimestamp(8, at);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement scope = c.prepareStatement("insert into assessment_statement values (?, ?)");
                PreparedStatement score = c.prepareStatement("insert into statement_score (assessment_id, statement_code,"
                        + " score, rationale, carried_forward, source_assessment_id, evidence_date, scored_by_name,"
                        + " scored_at) values (?, ?, ?, ?, false, ?, ?, 'Demo inspector', ?)");
                PreparedStatement evidence = c.prepareStatement("insert into evidence_item (assessment_id,"
                        + " statement_code, category_code, source, collected_on, summary, recorded_by_name, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'Demo inspector', ?)")) {
            for (Framework.Statement s : f.statements()) {
                int value = Math.max(1, Math.min(4, level + random.nextInt(3) - 1));
                LocalDate collected = ends.minusDays(random.nextInt(40));
                scope.setLong(1, id);
                scope.setString(2, s.code());
                scope.addBatch();
                score.setLong(1, id);
                score.setString(2, s.code());
                score.setInt(3, value);
                score.setString(4, "Demo: " + s.name().toLowerCase(java.util.Locale.UK) + " - " + meaning(value));
                score.setLong(5, id);
                score.setDate(6, Date.valueOf(collected));
                score.setTimestamp(7, Timestamp.from(approved));
                score.addBatch();
                if (random.nextInt(4) == 0) {
                    evidence.setLong(1, id);
                    evidence.setString(2, s.code());
                    evidence.setString(3, f.categories().get(random.nextInt(f.categories().size())).code());
                    evidence.setString(4, SOURCES[random.nextInt(SOURCES.length)]);
                    evidence.setDate(5, Date.valueOf(collected));
                    evidence.setString(6, "Demo evidence for " + s.name().toLowerCase(java.util.Locale.UK) + ": "
                            + meaning(value) + ".");
                    evidence.setTimestamp(7, Timestamp.from(approved));
                    evidence.addBatch();
                }
            }
            scope.executeBatch();
            score.executeBatch();
            evidence.executeBatch();
        }
        if (level == 1 || random.nextInt(12) == 0) {
            try (PreparedStatement ps = c.prepareStatement("insert into breach_finding (assessment_id, statement_code,"
                    + " regulation, description, recorded_by_name, recorded_at) values (?, 'S8', 'Regulation 12: Safe"
                    + " care and treatment', 'Medicines were not managed safely.', 'Demo inspector', ?)")) {
                ps.setLong(1, id);
                ps.setTimestamp(2, Timestamp.from(approved));
                ps.executeUpdate();
            }
        }
        return id;
    }

    private static String meaning(int score) {
        return switch (score) {
            case 4 -> "evidence shows an exceptional standard";
            case 3 -> "evidence shows a good standard";
            case 2 -> "evidence shows some shortfalls";
            default -> "evidence shows significant shortfalls";
        };
    }
}

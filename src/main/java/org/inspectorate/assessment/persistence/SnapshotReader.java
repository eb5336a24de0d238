package org.inspectorate.assessment.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.inspectorate.assessment.application.AssessmentSnapshot;

/**
 * Reads the scores and approved overrides of many assessments in three queries, for publishing and recomputing
 * ratings in batches.
 */
@ApplicationScoped
public class SnapshotReader {

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    public Map<Long, AssessmentSnapshot> read(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            Map<Long, AssessmentSnapshot.Builder> builders = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, location_id, provider_id, methodology_code,"
                    + " ends_on, approved_at from assessment where id = any(?)")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Timestamp approved = rs.getTimestamp(6);
                        builders.put(rs.getLong(1), new AssessmentSnapshot.Builder(rs.getLong(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                                approved == null ? null : approved.toInstant()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select assessment_id, statement_code, category_code, score,"
                    + " carried_forward, source_assessment_id, evidence_date from statement_score"
                    + " where assessment_id = any(?)")) {
                ps.setArray(1, array);
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date d = rs.getDate(7);
                        builders.get(rs.getLong(1)).scores.add(new AssessmentSnapshot.ScoreRow(rs.getString(2),
                                rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getLong(6),
                                d == null ? null : d.toLocalDate()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select assessment_id, key_question, rating, reason,"
                    + " proposed_by_name, decided_by_name from rating_override where assessment_id = any(?)"
                    + " and state = 'APPROVED' order by id")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        builders.get(rs.getLong(1)).overrides.add(new AssessmentSnapshot.OverrideRow(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            Map<Long, AssessmentSnapshot> out = new HashMap<>();
            builders.forEach((id, b) -> out.put(id, b.build()));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read assessments: " + e.getMessage(), e);
        }
    }

    /** Breaches found in each location's latest approved assessment, for these locations. */
    public Map<String, List<String[]>> breachesOfLatestApproved(List<String> locationIds) {
        Map<String, List<String[]>> out = new HashMap<>();
        if (locationIds.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select a.location_id, b.statement_code, b.regulation,"
                        + " b.description, a.approved_at, a.starts_on, a.ends_on from breach_finding b join assessment a"
                        + " on a.id = b.assessment_id"
                        + " where a.location_id = any(?) and a.state = 'APPROVED' and a.id = (select a2.id from"
                        + " assessment a2 where a2.location_id = a.location_id and a2.state = 'APPROVED'"
                        + " order by a2.approved_at desc, a2.id desc limit 1) order by b.id")) {
            ps.setArray(1, c.createArrayOf("varchar", locationIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate().toString(),
                            rs.getDate(6).toLocalDate().toString(), rs.getDate(7).toLocalDate().toString()});
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read breaches: " + e.getMessage(), e);
        }
    }
}

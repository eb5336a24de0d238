package org.inspectorate.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.inspectorate.assessment.domain.Assessment;
import org.inspectorate.assessment.domain.AssessmentState;
import org.inspectorate.assessment.domain.BreachFinding;
import org.inspectorate.assessment.domain.EvidenceItem;
import org.inspectorate.assessment.domain.RatingOverride;
import org.inspectorate.assessment.domain.StatementScore;

@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    public Optional<RatingOverride> findOverride(long id) {
        return Optional.ofNullable(em.find(RatingOverride.class, id));
    }

    public Optional<Assessment> latestApproved(String locationId) {
        return em.createQuery("select a from Assessment a where a.locationId = :l and a.state = :s"
                + " order by a.approvedAt desc, a.id desc", Assessment.class).setParameter("l", locationId)
                .setParameter("s", AssessmentState.APPROVED).setMaxResults(1).getResultStream().findFirst();
    }

    public List<StatementScore> scores(long assessmentId) {
        return em.createQuery("select s from StatementScore s where s.assessmentId = :a"
                + " order by s.statementCode, s.categoryCode nulls first", StatementScore.class)
                .setParameter("a", assessmentId).getResultList();
    }

    public Optional<StatementScore> score(long assessmentId, String statement, String category) {
        return em.createQuery("select s from StatementScore s where s.assessmentId = :a and s.statementCode = :q and "
                + (category == null ? "s.categoryCode is null" : "s.categoryCode = :c"), StatementScore.class)
                .setParameter("a", assessmentId).setParameter("q", statement)
                .setParameter(category == null ? "q" : "c", category == null ? statement : category)
                .getResultStream().findFirst();
    }

    public List<EvidenceItem> evidence(long assessmentId) {
        return em.createQuery("select e from EvidenceItem e where e.assessmentId = :a"
                + " order by e.statementCode, e.categoryCode, e.collectedOn, e.id", EvidenceItem.class)
                .setParameter("a", assessmentId).getResultList();
    }

    /** Evidence items of these assessments (the assessments scores were first given in). */
    public List<EvidenceItem> evidenceOf(List<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from EvidenceItem e where e.assessmentId in :a"
                + " order by e.statementCode, e.categoryCode, e.collectedOn, e.id", EvidenceItem.class)
                .setParameter("a", assessmentIds).getResultList();
    }

    public List<BreachFinding> breaches(long assessmentId) {
        return em.createQuery("select b from BreachFinding b where b.assessmentId = :a order by b.id",
                BreachFinding.class).setParameter("a", assessmentId).getResultList();
    }

    public List<RatingOverride> overrides(long assessmentId) {
        return em.createQuery("select o from RatingOverride o where o.assessmentId = :a order by o.id",
                RatingOverride.class).setParameter("a", assessmentId).getResultList();
    }

    public List<Assessment> page(AssessmentState state, String locationId, int offset, int limit) {
        return em.createQuery("select a from Assessment a where (:s is null or a.state = :s)"
                + " and (:l is null or a.locationId = :l) order by a.openedAt desc, a.id desc", Assessment.class)
                .setParameter("s", state).setParameter("l", locationId).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count(AssessmentState state, String locationId) {
        return em.createQuery("select count(a) from Assessment a where (:s is null or a.state = :s)"
                + " and (:l is null or a.locationId = :l)", Long.class).setParameter("s", state)
                .setParameter("l", locationId).getSingleResult();
    }

    public List<Object[]> countsByState() {
        return em.createQuery("select a.state, count(a), min(a.openedAt) from Assessment a group by a.state",
                Object[].class).getResultList();
    }

    /** Fixes each new score's evidence date: its newest evidence item, or the last day of the assessment. */
    public void dateNewScores(long assessmentId) {
        em.flush();
        em.createNativeQuery("update statement_score s set evidence_date = coalesce((select max(e.collected_on)"
                + " from evidence_item e where e.assessment_id = s.assessment_id and e.statement_code = s.statement_code"
                + " and (s.category_code is null or e.category_code = s.category_code)),"
                + " (select a.ends_on from assessment a where a.id = s.assessment_id))"
                + " where s.assessment_id = ?1 and not s.carried_forward").setParameter(1, assessmentId)
                .executeUpdate();
        em.clear();
    }

    /** Marks a statement of an assessment as carried forward on purpose, with the reason (again: the new reason). */
    public void carry(long assessmentId, String statementCode, String reason, String byName, Instant at) {
        em.createNativeQuery("insert into statement_carry (assessment_id, statement_code, reason, marked_by_name,"
                + " marked_at) values (?1, ?2, ?3, ?4, ?5) on conflict (assessment_id, statement_code) do update set"
                + " reason = excluded.reason, marked_by_name = excluded.marked_by_name, marked_at = excluded.marked_at")
                .setParameter(1, assessmentId).setParameter(2, statementCode).setParameter(3, reason)
                .setParameter(4, byName).setParameter(5, java.sql.Timestamp.from(at)).executeUpdate();
    }

    /** Removes the mark (the statement was scored after all); whether there was one. */
    public boolean uncarry(long assessmentId, String statementCode) {
        return em.createNativeQuery("delete from statement_carry where assessment_id = ?1 and statement_code = ?2")
                .setParameter(1, assessmentId).setParameter(2, statementCode).executeUpdate() > 0;
    }

    /** Statement code to the reason it is carried forward on purpose, in statement order. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> carries(long assessmentId) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select statement_code, reason from statement_carry"
                + " where assessment_id = ?1 order by statement_code").setParameter(1, assessmentId)
                .getResultList()) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    public Instant now() {
        return Instant.now();
    }
}

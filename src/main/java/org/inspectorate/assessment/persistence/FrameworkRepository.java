package org.inspectorate.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.List;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;

/** Reads the framework and methodology reference data loaded by migration. */
@ApplicationScoped
public class FrameworkRepository {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Methodology> methodologies() {
        List<Object[]> rows = em.createNativeQuery("select code, name, effective_from, framework_code, scoring_method,"
                + " band_requires_improvement_from, band_good_from, band_outstanding_from, rounding,"
                + " statement_score_one_limits, breach_limits_key_question, breach_limits_overall, inadequate_from,"
                + " requires_improvement_from, outstanding_from, description, public_rationale_chars"
                + " from methodology_version"
                + " order by effective_from, code").getResultList();
        return rows.stream().map(r -> new Methodology((String) r[0], (String) r[1], toDate(r[2]), (String) r[3],
                (String) r[4], num(r[5]), num(r[6]), num(r[7]), (String) r[8], (Boolean) r[9], (Boolean) r[10],
                (Boolean) r[11], num(r[12]), num(r[13]), num(r[14]), (String) r[15],
                num(r[16]))).toList();
    }

    @SuppressWarnings("unchecked")
    public Framework framework(String code) {
        String name = (String) em.createNativeQuery("select name from framework_version where code = ?1")
                .setParameter(1, code).getSingleResult();
        List<Object[]> kqs = em.createNativeQuery("select code, name from key_question where framework_code = ?1"
                + " order by position").setParameter(1, code).getResultList();
        List<Object[]> qs = em.createNativeQuery("select code, key_question_code, name from quality_statement"
                + " where framework_code = ?1 order by position").setParameter(1, code).getResultList();
        List<Object[]> cats = em.createNativeQuery("select code, name from evidence_category where framework_code = ?1"
                + " order by position").setParameter(1, code).getResultList();
        return new Framework(code, name,
                kqs.stream().map(r -> new Framework.Item((String) r[0], (String) r[1])).toList(),
                qs.stream().map(r -> new Framework.Statement((String) r[0], (String) r[1], (String) r[2])).toList(),
                cats.stream().map(r -> new Framework.Item((String) r[0], (String) r[1])).toList());
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static java.time.LocalDate toDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }
}

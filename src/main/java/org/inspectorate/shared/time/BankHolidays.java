package org.inspectorate.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** England's bank holidays from the database, cached until they change. */
@ApplicationScoped
public class BankHolidays {

    public record Holiday(LocalDate day, String name) {
    }

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    private volatile WorkingDays cached;

    public WorkingDays workingDays() {
        WorkingDays current = cached;
        if (current == null) {
            current = new WorkingDays(load());
            cached = current;
        }
        return current;
    }

    @Transactional
    public List<Holiday> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, name from bank_holiday order by day").getResultList();
        return rows.stream().map(r -> new Holiday(SqlDays.day(r[0]), (String) r[1])).toList();
    }

    @Transactional
    public void add(LocalDate day, String name) {
        em.createNativeQuery("insert into bank_holiday (day, name) values (?1, ?2) on conflict (day) do update"
                + " set name = excluded.name").setParameter(1, day).setParameter(2, name).executeUpdate();
        cached = null;
    }

    @Transactional
    public boolean remove(LocalDate day) {
        int removed = em.createNativeQuery("delete from bank_holiday where day = ?1").setParameter(1, day)
                .executeUpdate();
        cached = null;
        return removed > 0;
    }

    @Transactional
    Set<LocalDate> load() {
        Set<LocalDate> days = new HashSet<>();
        for (Object d : em.createNativeQuery("select day from bank_holiday").getResultList()) {
            days.add(SqlDays.day(d));
        }
        return days;
    }

}

package org.inspectorate.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores generated providers, one transaction per batch so a large load never holds one huge transaction. */
@ApplicationScoped
public class DemoDataWriter {

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<GeneratedProvider> batch) {
        for (GeneratedProvider g : batch) {
            g.people().forEach(em::persist);
            em.persist(g.provider());
            g.locations().forEach(em::persist);
            g.managers().forEach(em::persist);
            g.conditions().forEach(em::persist);
        }
        em.flush();
        em.clear();
    }

    @Transactional
    public boolean registerIsEmpty() {
        return em.createQuery("select count(p) from Provider p", Long.class).getSingleResult() == 0;
    }
}

package org.inspectorate.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.inspectorate.assessment.domain.Framework;
import org.inspectorate.assessment.domain.Methodology;
import org.inspectorate.assessment.persistence.FrameworkRepository;

/** The framework and methodology versions. Reference data never changes while running, so it is read once. */
@ApplicationScoped
public class FrameworkCatalogue {

    @Inject
    FrameworkRepository repository;

    private volatile List<Methodology> methodologies;
    private final Map<String, Framework> frameworks = new ConcurrentHashMap<>();

    @Transactional
    public List<Methodology> methodologies() {
        List<Methodology> m = methodologies;
        if (m == null) {
            m = repository.methodologies();
            methodologies = m;
        }
        return m;
    }

    @Transactional
    public Optional<Methodology> methodology(String code) {
        return methodologies().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The newest methodology version there is. */
    @Transactional
    public Methodology current() {
        List<Methodology> all = methodologies();
        return all.get(all.size() - 1);
    }

    /**
     * The methodology version in force on a day (the newest that took effect on or before it; the earliest for a
     * day before any), the default for an assessment starting that day.
     */
    @Transactional
    public Methodology inForceOn(java.time.LocalDate day) {
        List<Methodology> all = methodologies();
        Methodology inForce = all.get(0);
        for (Methodology m : all) {
            if (!m.effectiveFrom().isAfter(day)) {
                inForce = m;
            }
        }
        return inForce;
    }

    @Transactional
    public Framework framework(String code) {
        return frameworks.computeIfAbsent(code, repository::framework);
    }

    @Transactional
    public Framework frameworkOf(String methodologyCode) {
        return framework(methodology(methodologyCode).orElseThrow().frameworkCode());
    }
}

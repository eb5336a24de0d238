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

    /** The newest methodology version in force, offered by default for new assessments. */
    @Transactional
    public Methodology current() {
        List<Methodology> all = methodologies();
        return all.get(all.size() - 1);
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

package org.inspectorate.triage.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labels of every category the sources use, collected once. */
@ApplicationScoped
public class CategoryLabels {

    @Inject
    Instance<SourceDetails> sources;

    private Map<String, String> labels;

    @PostConstruct
    void collect() {
        Map<String, String> all = new LinkedHashMap<>();
        sources.forEach(s -> all.putAll(s.categories()));
        labels = Map.copyOf(all);
    }

    public String label(String category) {
        return labels.getOrDefault(category, category);
    }

    public Map<String, String> all() {
        return labels;
    }
}

package org.inspectorate.report.domain;

/** What kind of correction a provider asks for during the factual accuracy check (the old form's A, B, C). */
public enum CorrectionType {
    TYPOGRAPHICAL("A: typographical or numerical error, wrong job title"),
    FACTUAL_INACCURACY("B: factually inaccurate information that contributed to a judgement"),
    OMISSION("C: information omitted or to consider");

    private final String label;

    CorrectionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

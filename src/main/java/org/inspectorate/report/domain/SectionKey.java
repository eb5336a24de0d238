package org.inspectorate.report.domain;

/**
 * The structured sections of a report: a summary, one per key question (its quality statement findings), and
 * the breaches of regulations with the actions taken.
 */
public enum SectionKey {
    SUMMARY("Summary"),
    SAFE("Safe"),
    EFFECTIVE("Effective"),
    CARING("Caring"),
    RESPONSIVE("Responsive"),
    WELL_LED("Well-led"),
    BREACHES_AND_ACTIONS("Breaches of regulations and actions we have taken");

    private final String label;

    SectionKey(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The anchor of the section in pages ("section-safe"). */
    public String anchor() {
        return "section-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Accepts "SAFE", "safe" or "well-led"; null when it names no section. */
    public static SectionKey parse(String raw) {
        if (raw == null) {
            return null;
        }
        String n = raw.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (SectionKey k : values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        return null;
    }
}

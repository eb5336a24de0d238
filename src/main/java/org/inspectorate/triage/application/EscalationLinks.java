package org.inspectorate.triage.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What came of escalating a triage item, for its page: implemented by the contexts that act on escalations
 * (planning: the planned assessment; enforcement: the case), so that triage needs to know neither.
 */
public interface EscalationLinks {

    /**
     * @param kind   {@code PLAN} or {@code CASE}: the screen words come from the message bundle
     * @param on     the plan's date, or the day the case was opened
     * @param path   where to open it, from the context root
     * @param detail its reference, stage or inspector, as the owning context names it (may be null)
     */
    record Link(String kind, LocalDate on, String path, String detail) {
    }

    List<Link> forItem(String triageReference);
}

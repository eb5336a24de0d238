package org.inspectorate.enforcement.domain;

import org.inspectorate.registry.domain.Labelled;

/**
 * The civil and criminal actions of DOMAIN.md 6.2 and 6.3, and how each proceeds: a notice with a
 * representations window (warning notice), the Notice of Proposal then Notice of Decision route, an urgent
 * notice effective at once with only an appeal, or a record with no statutory clock.
 */
public enum ActionKind implements Labelled {
    REQUIREMENT_NOTICE("Requirement notice", false, Route.NOTICE_ONLY),
    WARNING_NOTICE("Warning notice (section 29)", false, Route.WARNING),
    IMPOSE_CONDITIONS("Impose conditions (section 12(5))", false, Route.PROPOSAL_AND_DECISION),
    VARY_CONDITIONS("Vary or remove conditions (section 12(5))", false, Route.PROPOSAL_AND_DECISION),
    SUSPEND_REGISTRATION("Suspend registration (section 18)", false, Route.PROPOSAL_AND_DECISION),
    CANCEL_REGISTRATION("Cancel registration (section 17)", false, Route.PROPOSAL_AND_DECISION),
    URGENT_ACTION("Urgent action (section 31)", false, Route.URGENT),
    SPECIAL_MEASURES("Special measures", false, Route.RECORD),
    FIXED_PENALTY_NOTICE("Fixed penalty notice", true, Route.NOTICE_ONLY),
    SIMPLE_CAUTION("Simple caution", true, Route.RECORD),
    PROSECUTION_REFERRAL("Referral for prosecution", true, Route.RECORD);

    /** How an action proceeds. */
    public enum Route { WARNING, PROPOSAL_AND_DECISION, URGENT, NOTICE_ONLY, RECORD }

    private final String label;
    private final boolean criminal;
    private final Route route;

    ActionKind(String label, boolean criminal, Route route) {
        this.label = label;
        this.criminal = criminal;
        this.route = route;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean criminal() {
        return criminal;
    }

    public Route route() {
        return route;
    }

    /** Conditions imposed or varied need their wording, which goes on the register when the decision takes effect. */
    public boolean needsConditionText() {
        return this == IMPOSE_CONDITIONS || this == VARY_CONDITIONS;
    }
}

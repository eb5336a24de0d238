package org.inspectorate.triage.application;

import org.inspectorate.shared.domain.Validation;
import org.inspectorate.triage.domain.TriageItem;

/** Reasons are required wherever a decision is taken or undone. */
final class ReasonsCheck {

    private ReasonsCheck() {
    }

    static void require(String reasons) {
        new Validation().requireText(reasons, "reasons", "the reasons", TriageItem.MAX_REASONS).throwIfInvalid();
    }
}

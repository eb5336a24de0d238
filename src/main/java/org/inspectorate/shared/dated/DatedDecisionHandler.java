package org.inspectorate.shared.dated;

import java.time.LocalDate;

/**
 * Applies one kind of dated decision, for the context that made it: implemented there as a CDI bean, called by
 * {@link DatedDecisionJob} inside the transaction that settles the decision. It audits what it changes.
 */
public interface DatedDecisionHandler {

    /** The subject type it applies ({@code RegistrationApplication}, ...). */
    String subjectType();

    /**
     * Applies the decision on its day and says what it did. Returns {@link Outcome#skipped} when events have overtaken
     * it (the decision was applied by hand, an appeal stopped it): the decision is then cancelled, not applied.
     */
    Outcome apply(DatedDecision decision, LocalDate on);

    record Outcome(boolean applied, String text) {

        public static Outcome done(String text) {
            return new Outcome(true, text);
        }

        public static Outcome skipped(String why) {
            return new Outcome(false, why);
        }
    }
}

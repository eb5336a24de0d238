package org.inspectorate.concern.domain;

/** Too many concerns from one client address within the limit's window. */
public class SubmissionLimitReached extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubmissionLimitReached(int limit) {
        super("More than " + limit + " submissions from one address within an hour");
    }
}

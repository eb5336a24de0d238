package org.inspectorate.report.domain;

/** A move or edit the report's state does not allow; the message says why and what would allow it. */
public class ReportConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportConflict(String message) {
        super(message);
    }
}

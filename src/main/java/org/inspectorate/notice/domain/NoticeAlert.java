package org.inspectorate.notice.domain;

/** An overdue step on an open notice, for staff to act on. */
public enum NoticeAlert {
    /** The representations window has closed: withdraw the proposal or decide (serve a notice of decision). */
    REPRESENTATIONS_CLOSED("The representations window has closed: withdraw the notice or serve a decision"),
    /** The decision has taken effect (no appeal in time, or an appeal failed): record its effect. */
    TAKES_EFFECT("The decision has taken effect: record its effect"),
    /** The compliance date set in the notice has passed: check compliance. */
    COMPLIANCE_DUE("The compliance date has passed: check compliance");

    private final String text;

    NoticeAlert(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}

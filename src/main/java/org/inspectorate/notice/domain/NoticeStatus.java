package org.inspectorate.notice.domain;

/** Whether a notice still has a step to come. */
public enum NoticeStatus {
    /** Served; its clocks are running or a next step (decision, effect) is awaited. */
    OPEN,
    /** A proposal or warning taken back by the regulator. */
    WITHDRAWN,
    /** Nothing more will happen under this notice (a decision followed, it took effect, an appeal was allowed). */
    CONCLUDED
}

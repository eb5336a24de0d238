package org.inspectorate.notification.domain;

/** How a notification arrived. */
public enum SubmissionChannel {
    PORTAL,
    API
}

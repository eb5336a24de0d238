package org.inspectorate.files.domain;

/** Where an upload stands: still arriving, stored and checked, or rejected by the checks. */
public enum FileStatus {
    UPLOADING,
    STORED,
    REJECTED
}

package org.inspectorate.files.application;

/**
 * Who a file belongs to when the uploader is not a signed-in user of an organisation: an owner scope such as
 * {@code applicant:42} (one new-provider application), named by the context that authorised the caller, and
 * the name to record as the uploader. A scoped file is reached only through the same scope (and by staff):
 * nobody can read or attach another scope's file by knowing its id.
 */
public record FileScope(String scope, String uploaderName) {

    public FileScope {
        if (scope == null || !scope.matches("[a-z]{2,20}:[A-Za-z0-9-]{1,38}")) {
            throw new IllegalArgumentException("An owner scope is a prefix and an id, like applicant:42");
        }
        if (uploaderName == null || uploaderName.isBlank()) {
            throw new IllegalArgumentException("A scoped upload names its uploader");
        }
    }

    /** The scope of a new provider's application (registration context). */
    public static FileScope applicant(long applicationId, String applicantName) {
        return new FileScope("applicant:" + applicationId, applicantName);
    }
}

package org.inspectorate.shared.web;

import jakarta.servlet.http.Part;

/** What is wrong with a file field as submitted: nothing chosen, or a chosen file with nothing in it. */
public final class UploadedFile {

    private UploadedFile() {
    }

    /** The message to show by the field, or null when the part holds a file with content. */
    public static String problem(Part file) {
        boolean chosen = file != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank();
        if (!chosen) {
            return Messages.get("draft.file.choose");
        }
        return file.getSize() == 0 ? Messages.get("draft.file.empty") : null;
    }
}

package org.inspectorate.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;

/** What is wrong with a file field as submitted: nothing chosen, or a chosen file with nothing in it. */
public final class UploadedFile {

    private UploadedFile() {
    }

    /**
     * The message to show by the field {@code clientId}, or null when {@code file} holds a file with content. Faces
     * hands over no part at all for an empty file, so the request's own part tells the two cases apart.
     */
    public static String problem(Part file, String clientId) {
        Part sent = file != null ? file : requestPart(clientId);
        boolean chosen = sent != null && sent.getSubmittedFileName() != null && !sent.getSubmittedFileName().isBlank();
        if (!chosen) {
            return Messages.get("draft.file.choose");
        }
        return sent.getSize() == 0 ? Messages.get("draft.file.empty") : null;
    }

    private static Part requestPart(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !(faces.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return null;
        }
        try {
            return request.getContentType() != null && request.getContentType().startsWith("multipart/")
                    ? request.getPart(clientId) : null;
        } catch (IOException | ServletException | IllegalStateException e) {
            return null;
        }
    }
}

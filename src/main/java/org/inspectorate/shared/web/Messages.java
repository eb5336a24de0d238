package org.inspectorate.shared.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Text for people from the message bundle ({@code msg} in pages), for use in page beans. */
public final class Messages {

    private Messages() {
    }

    public static String get(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }
}

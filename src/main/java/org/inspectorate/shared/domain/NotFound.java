package org.inspectorate.shared.domain;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what, String id) {
        super("No " + what + " with id " + org.inspectorate.shared.text.Bounded.quote(id));
    }
}

package org.inspectorate.shared.domain;

/** The caller is signed in but may not do this. */
public class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }
}

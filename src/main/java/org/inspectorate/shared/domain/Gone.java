package org.inspectorate.shared.domain;

/**
 * The thing asked for existed but can no longer be reached by this means: for example a personal link that
 * has expired or been replaced by a newer one. Answered 410, with a message saying what to do next.
 */
public class Gone extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Gone(String message) {
        super(message);
    }
}

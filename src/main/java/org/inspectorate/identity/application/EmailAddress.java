package org.inspectorate.identity.application;

import java.util.regex.Pattern;

/** A light check that text looks like an email address; the emailed link is the real proof. */
final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private EmailAddress() {
    }

    static boolean looksValid(String s) {
        return s != null && s.length() <= 254 && SHAPE.matcher(s.strip()).matches();
    }
}

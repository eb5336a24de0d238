package org.inspectorate.registry.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes: validated, shown as "SW1A 1AA", searched by a key without spaces ("SW1A1AA"). */
public final class Postcode {

    private static final Pattern FULL = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?(\\d[A-Z]{0,2})?");

    private Postcode() {
    }

    public static String key(String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String postcode) {
        return postcode != null && FULL.matcher(key(postcode)).matches();
    }

    /** True for a whole postcode or its start ("SW1A", "SW1A 1"), so searches can match by district. */
    public static boolean looksLikePostcode(String text) {
        return text != null && PREFIX.matcher(key(text)).matches();
    }

    public static String format(String postcode) {
        String key = key(postcode);
        if (key == null || key.length() < 5) {
            return key;
        }
        return key.substring(0, key.length() - 3) + " " + key.substring(key.length() - 3);
    }
}

package org.inspectorate.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a page uses exists in the bundle, so no screen shows a "???key???" placeholder. */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9._-]+)'\\]");

    @Test
    void everyKeyUsedByAPageIsDefined() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/inspectorate/web/messages.properties")) {
            bundle.load(in);
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(p));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + p.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Keys missing from messages.properties: " + missing);
    }
}

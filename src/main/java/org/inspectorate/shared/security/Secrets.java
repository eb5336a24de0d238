package org.inspectorate.shared.security;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configured {@link SecretBox}, for JPA converters (which the persistence provider creates, outside CDI):
 * {@code INSPECTORATE_SECRETS_KEY}, {@code INSPECTORATE_SECRETS_PREVIOUS_KEYS}, and {@code INSPECTORATE_MODE}.
 */
public final class Secrets {

    private static volatile SecretBox box;

    private Secrets() {
    }

    private static SecretBox load() {
        Config c;
        try {
            c = ConfigProvider.getConfig(Secrets.class.getClassLoader());
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            // no MicroProfile Config at all: plain unit tests, never the server
            return SecretBox.configured(false, null, null);
        }
        return SecretBox.configured("production".equalsIgnoreCase(c.getOptionalValue("inspectorate.mode",
                String.class).orElse("development")), c.getOptionalValue("inspectorate.secrets.key", String.class)
                        .orElse(null), c.getOptionalValue("inspectorate.secrets.previous-keys", String.class)
                                .orElse(null));
    }

    public static SecretBox box() {
        SecretBox b = box;
        if (b == null) {
            synchronized (Secrets.class) {
                if (box == null) {
                    box = load();
                }
                b = box;
            }
        }
        return b;
    }
}

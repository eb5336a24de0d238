package org.inspectorate.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Application-wide settings. Environment variables map to these names by MicroProfile Config's rules:
 * {@code INSPECTORATE_MODE} sets {@code inspectorate.mode}, and so on.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "inspectorate.mode", defaultValue = "development")
    String mode;

    @Inject
    @ConfigProperty(name = "inspectorate.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "inspectorate.demo.locations", defaultValue = "3000")
    int demoLocations;

    @Inject
    @ConfigProperty(name = "inspectorate.demo.seed", defaultValue = "20261123")
    long demoSeed;

    @Inject
    @ConfigProperty(name = "inspectorate.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    public boolean production() {
        return "production".equalsIgnoreCase(mode);
    }

    public String mode() {
        return mode;
    }

    public boolean demo() {
        return demo;
    }

    public int demoLocations() {
        return demoLocations;
    }

    public long demoSeed() {
        return demoSeed;
    }

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

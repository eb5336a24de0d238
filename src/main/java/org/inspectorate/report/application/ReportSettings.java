package org.inspectorate.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Report settings (MicroProfile Config; environment variables such as {@code INSPECTORATE_REPORTS_INACTIVITY_DAYS}).
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    @ConfigProperty(name = "inspectorate.reports.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "inspectorate.reports.inactivity-days", defaultValue = "14")
    int inactivityDays;

    @Inject
    @ConfigProperty(name = "inspectorate.reports.factual-accuracy-working-days", defaultValue = "10")
    int factualAccuracyWorkingDays;

    /** How long an editing lease lasts without a save renewing it. */
    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /** An open report without activity for this long is listed as stuck. */
    public Duration inactivity() {
        return Duration.ofDays(inactivityDays);
    }

    public int inactivityDays() {
        return inactivityDays;
    }

    public int factualAccuracyWorkingDays() {
        return factualAccuracyWorkingDays;
    }
}

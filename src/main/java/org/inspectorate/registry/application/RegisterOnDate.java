package org.inspectorate.registry.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the register held for one location on a date: its status then, the regulated activities, conditions and
 * registered managers in force on that day. {@code status} is null before the location was first registered.
 */
public record RegisterOnDate(String locationId, String locationName, LocalDate on, String status,
        List<Activity> regulatedActivities, List<Condition> conditions, List<String> registeredManagers) {

    public record Activity(String code, String name, LocalDate registeredOn, LocalDate removedOn) {
    }

    public record Condition(String text, LocalDate imposedOn, LocalDate removedOn) {
    }

    public boolean registered() {
        return "Registered".equals(status);
    }
}

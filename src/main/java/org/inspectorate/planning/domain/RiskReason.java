package org.inspectorate.planning.domain;

/** One reason for a location's position, with the points it adds (or takes away). */
public record RiskReason(int points, String text) {

    /** Stored as "+35 Inadequate rating 14 months old". */
    public String encode() {
        return (points >= 0 ? "+" : "") + points + " " + text;
    }

    public static RiskReason decode(String line) {
        int space = line.indexOf(' ');
        try {
            return new RiskReason(Integer.parseInt(line.substring(0, space).replace("+", "")), line.substring(space + 1));
        } catch (RuntimeException e) {
            return new RiskReason(0, line);
        }
    }
}

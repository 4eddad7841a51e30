package org.schemaboard.model.querypattern;

/** The time unit of a query pattern's expected frequency ("120 per second"). */
public enum FrequencyUnit {
    SECOND("per second", 1), MINUTE("per minute", 60), HOUR("per hour", 3600), DAY("per day", 86400);

    private final String label;
    private final int seconds;

    FrequencyUnit(String label, int seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public String label() {
        return label;
    }

    public int seconds() {
        return seconds;
    }
}

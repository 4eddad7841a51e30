package org.schemaboard.spec;

import java.util.List;

/** "Monitoring and Observability": what is watched, capacity metrics, and alert thresholds as rows. */
public record Monitoring(String performanceMetrics, String capacityMetrics, List<AlertThreshold> alerts)
        implements SectionContent {

    public static final Monitoring EMPTY = new Monitoring(null, null, List.of());

    public Monitoring {
        alerts = Lists.copy(alerts);
    }

    /** e.g. metric "Slow query", threshold "> 5 s", action "Page the on-call DBA". */
    public record AlertThreshold(String metric, String threshold, String action) {
    }
}

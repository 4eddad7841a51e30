package org.schemaboard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A series of measurements in milliseconds, summarised by nearest-rank percentiles. */
final class Stats {

    private final List<Double> values = new ArrayList<>();

    void add(double ms) {
        values.add(ms);
    }

    int n() {
        return values.size();
    }

    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double max() {
        return Collections.max(values);
    }

    double min() {
        return Collections.min(values);
    }

    double mean() {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** One Markdown table row: | label | p50 | p95 | max | min | n | */
    String row(String label) {
        if (values.isEmpty()) {
            return "| " + label + " | – | – | – | – | 0 |";
        }
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %d |", label, percentile(50),
                percentile(95), max(), min(), n());
    }

    static String header() {
        return "| series | p50 ms | p95 ms | max ms | min ms | n |\n|---|---:|---:|---:|---:|---:|";
    }

    String raw() {
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(String.format(Locale.ROOT, "%.1f ", v));
        }
        return out.toString().strip();
    }
}

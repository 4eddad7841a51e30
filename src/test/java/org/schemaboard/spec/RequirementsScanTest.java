package org.schemaboard.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.spec.RequirementsScan.Detection;

/** What the requirements notes name, each with the sentence that shows it. */
class RequirementsScanTest {

    private static final String NOTES = """
            # Fleet platform
            The system of record is PostgreSQL 16; Redis caches sessions. Events arrive through Kafka.
            - Each customer is a tenant and must never see another tenant's data.
            - Vehicles send GPS positions every second: a real-time, write-heavy time series.
            - Every change to contracts is kept in an audit trail for compliance.
            - Fleet managers get daily reports and dashboards.
            We expect billions of positions per year.
            """;

    @Test
    void technologies_and_data_patterns_are_found_with_their_sentences() {
        List<Detection> found = RequirementsScan.scan(NOTES);

        assertThat(found).extracting(Detection::key).containsExactly("postgresql", "redis", "kafka", "real-time",
                "analytics", "audit", "multi-tenancy", "time-series", "geo", "large-volume");
        assertThat(found.get(0).sentences()).containsExactly("The system of record is PostgreSQL 16; Redis caches "
                + "sessions.");
        assertThat(found.get(6).sentences()).containsExactly(
                "Each customer is a tenant and must never see another tenant's data.");
        assertThat(found.get(9).sentences()).containsExactly("We expect billions of positions per year.");
    }

    @Test
    void words_inside_other_words_are_not_detections_and_empty_notes_find_nothing() {
        assertThat(RequirementsScan.scan("The geometry of the reportage researches nothing.")).isEmpty();
        assertThat(RequirementsScan.scan(null)).isEmpty();
        assertThat(RequirementsScan.scan("  ")).isEmpty();
    }
}

package org.schemaboard.spec.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.spec.RequirementsScan;
import org.schemaboard.spec.TechnologySelection;

/** The database the requirements name, with its version, and the seven criteria drafted for it. */
class TechnologyDraftTest {

    @Test
    void a_relational_database_is_preferred_and_named_as_the_sentence_names_it() {
        List<RequirementsScan.Detection> found = RequirementsScan.scan("Sessions live in Redis. Product documents "
                + "go to MongoDB. Orders are kept in MariaDB 10.11.");
        RequirementsScan.Detection primary = TechnologyDraft.primary(found).orElseThrow();
        assertThat(primary.key()).isEqualTo("mysql");
        assertThat(TechnologyDraft.named(primary)).isEqualTo("MariaDB 10.11");
        TechnologySelection draft = TechnologyDraft.draft(primary, found);
        assertThat(draft.primaryDatabase()).isEqualTo("MariaDB 10.11");
        assertThat(draft.ecosystemIntegration()).contains("Redis as the cache").contains("MongoDB for the document");
        assertThat(draft.consistency()).contains("ACID");
    }

    @Test
    void no_database_named_means_no_proposal() {
        assertThat(TechnologyDraft.primary(RequirementsScan.scan("Redis caches carts. Kafka carries events.")))
                .isEmpty();
    }
}

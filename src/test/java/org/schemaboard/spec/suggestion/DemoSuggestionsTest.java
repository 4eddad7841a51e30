package org.schemaboard.spec.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.DemoTest;
import org.schemaboard.design.DesignService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's requirements lead to every suggestion: what the demo has shows as applied; the tenant key is offered. */
@DemoTest
class DemoSuggestionsTest {

    @Autowired
    DesignService designs;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demo_has_the_briefs_adaptations_applied_and_offers_the_tenant_key() {
        List<Suggestion> all = currentUser.runAs("alice", () -> {
            UUID id = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow().id();
            return suggestions.list(id);
        });
        assertThat(all).extracting(Suggestion::key).containsExactly(Suggestions.TECHNOLOGY, Suggestions.AUDIT_LOG,
                Suggestions.TENANCY, Suggestions.PARTITIONING, Suggestions.READ_REPLICA, Suggestions.SEARCH);
        assertThat(all).filteredOn(s -> s.status() == Suggestion.Status.OFFERED).extracting(Suggestion::key)
                .containsExactly(Suggestions.TENANCY);
        assertThat(all).filteredOn(s -> s.key().equals(Suggestions.PARTITIONING)).singleElement()
                .extracting(Suggestion::title).isEqualTo("Time-based partitioning of audit_log");
        assertThat(all).allSatisfy(s -> assertThat(s.blockedBecause()).isNull());
    }
}

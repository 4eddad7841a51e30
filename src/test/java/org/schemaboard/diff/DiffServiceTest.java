package org.schemaboard.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.export.DesignJson;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DiffServiceTest {

    @Autowired
    TestData data;
    @Autowired
    DiffService diffs;
    @Autowired
    ReviewService reviews;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;

    @Test
    void an_approved_version_compares_with_the_draft_by_element_id() {
        UUID design = data.newDesign();
        TestData.Sample s = data.sample(design);
        approve(design);
        data.as(TestData.OWNER, () -> {
            var users = models.load(design).entity(s.users()).orElseThrow();
            entities.updateAttribute(s.nickname(), users.attribute(s.nickname()).orElseThrow().version(),
                    AttributeDraft.of("handle", "TEXT"));
            entities.addAttribute(s.orders(), AttributeDraft.of("placed_at", "TIMESTAMP"));
        });

        List<DesignState> states = data.as(TestData.VIEWER, () -> diffs.states(design));
        assertThat(states).extracting(DesignState::label).containsExactly("draft", "v1");
        ModelDiff diff = data.as(TestData.VIEWER, () -> diffs.compare(design, DesignState.approved(1), DesignState.draft()));
        assertThat(diff.matching()).isEqualTo(Matching.BY_ID);
        assertThat(diff.changes()).extracting(Change::summary).containsExactlyInAnyOrder(
                "Attribute users.handle: changed (name)", "Attribute orders.placed_at: added");
    }

    @Test
    void a_sql_dump_is_read_through_the_importer_and_matched_by_name() {
        UUID design = data.newDesign();
        data.sample(design);
        String dump = """
                CREATE TABLE users (id UUID PRIMARY KEY, email VARCHAR(255), nickname TEXT, joined DATE);
                CREATE TABLE orders (id UUID PRIMARY KEY, user_id UUID NOT NULL REFERENCES users (id) ON DELETE RESTRICT);
                CREATE UNIQUE INDEX idx_users_email ON users (email);
                """;
        ModelDiff diff = data.as(TestData.OWNER, () -> diffs.compare(design, DesignState.draft(),
                DesignState.file("dump.sql", dump)));
        assertThat(diff.matching()).isEqualTo(Matching.BY_NAME);
        assertThat(diff.changes()).extracting(Change::summary).contains("Attribute users.joined: added");
        assertThat(diff.of(ElementKind.ENTITY)).noneMatch(c -> c.type() != Change.Type.CHANGED);
    }

    @Test
    void a_design_json_file_keeps_its_ids_and_a_broken_one_names_line_and_column() {
        UUID design = data.newDesign();
        data.sample(design);
        String json = data.as(TestData.OWNER, () -> DesignJson.write(models.load(design)));
        ModelDiff same = data.as(TestData.OWNER, () -> diffs.compare(design, DesignState.draft(),
                DesignState.file("design.json", json)));
        assertThat(same.matching()).isEqualTo(Matching.BY_ID);
        assertThat(same.changes()).isEmpty();

        assertThatThrownBy(() -> DesignFiles.read("broken.json", "{\n  \"format\": \"schemaboard-design\",\n  oops\n}"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("line 3");
    }

    @Test
    void an_owner_restores_the_draft_to_an_approved_version_as_one_change_in_the_history() {
        UUID design = data.newDesign();
        TestData.Sample s = data.sample(design);
        approve(design);
        data.as(TestData.OWNER, () -> entities.addAttribute(s.orders(), AttributeDraft.of("placed_at", "TIMESTAMP")));
        int linesBefore = data.as(TestData.OWNER, () -> models.history(design, null, null, 1000)).size();

        assertThatThrownBy(() -> data.as(TestData.EDITOR, () -> diffs.restore(design, 1)))
                .isInstanceOf(NotAllowedException.class);
        data.as(TestData.OWNER, () -> diffs.restore(design, 1));

        ModelDiff sinceV1 = data.as(TestData.OWNER, () -> diffs.compare(design, DesignState.approved(1), DesignState.draft()));
        assertThat(sinceV1.changes()).isEmpty();
        List<AuditRecord> history = data.as(TestData.OWNER, () -> models.history(design, null, null, 1000));
        assertThat(history).hasSize(linesBefore + 1);
        assertThat(history.get(0).elementName()).startsWith("restored to v1");
    }

    @Test
    void the_open_request_shows_its_changes_since_the_last_approved_version_and_a_first_request_says_there_is_none() {
        UUID design = data.newDesign();
        TestData.Sample s = data.sample(design);
        data.selfCritique(design, TestData.OWNER);
        org.assertj.core.api.Assertions.assertThat(data.as(TestData.REVIEWER, () -> diffs.reviewChanges(design)))
                .isEmpty();
        data.as(TestData.OWNER, () -> reviews.requestReview(design, List.of(TestData.REVIEWER), "Ready"));
        ReviewChanges first = data.as(TestData.REVIEWER, () -> diffs.reviewChanges(design)).orElseThrow();
        assertThat(first.lastApproved()).isZero();
        assertThat(first.sinceLastApproved()).isNull();

        data.as(TestData.REVIEWER, () -> reviews.approve(design, "ok"));
        data.as(TestData.OWNER, () -> {
            var users = models.load(design).entity(s.users()).orElseThrow();
            entities.deleteAttribute(s.nickname(), users.attribute(s.nickname()).orElseThrow().version());
        });
        data.as(TestData.OWNER, () -> reviews.requestReview(design, List.of(TestData.REVIEWER), "Again"));

        ReviewChanges second = data.as(TestData.REVIEWER, () -> diffs.reviewChanges(design)).orElseThrow();
        assertThat(second.lastApproved()).isEqualTo(1);
        assertThat(second.sinceLastApproved().changes()).extracting(Change::summary)
                .containsExactly("Attribute users.nickname: removed");
        assertThat(second.findings()).extracting(Finding::element).contains("users.nickname");
        assertThat(second.sinceMyApproval()).isNull();
    }

    private void approve(UUID design) {
        data.selfCritique(design, TestData.OWNER);
        data.as(TestData.OWNER, () -> reviews.requestReview(design, List.of(TestData.REVIEWER), "Ready"));
        data.as(TestData.REVIEWER, () -> reviews.approve(design, "ok"));
    }
}

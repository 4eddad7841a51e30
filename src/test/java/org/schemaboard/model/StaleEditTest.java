package org.schemaboard.model;

import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.OWNER;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.RecordedDesignEvents;

/** Optimistic locking: an edit based on an old version is refused and says who changed the element meanwhile. */
@ServiceTest
class StaleEditTest {

    @Autowired
    TestData fixture;
    @Autowired
    EntityService entities;
    @Autowired
    RelationshipService relationships;
    @Autowired
    IndexService indexes;
    @Autowired
    QueryPatternService patterns;
    @Autowired
    DesignModelService models;
    @Autowired
    AuditLog auditLog;
    @Autowired
    RecordedDesignEvents events;

    UUID design;
    TestData.Sample s;

    @BeforeEach
    void sampleDesign() {
        design = fixture.newDesign();
        s = fixture.sample(design);
    }

    @Test
    void a_stale_version_of_any_element_is_a_conflict_that_names_who_changed_it() {
        // the editor saves first: every element moves to version 2
        fixture.as(EDITOR, () -> {
            entities.updateEntity(s.users(), 1, EntityDraft.named("customers", EntityKind.CORE));
            entities.updateAttribute(s.email(), 1, AttributeDraft.of("mail", "TEXT"));
            relationships.update(s.relationship(), 1, relationship(ReferentialAction.CASCADE));
            indexes.update(s.index(), 1, index("idx_customers_mail"));
            patterns.update(s.pattern(), 1, pattern("Log-in"));
        });
        DesignModel afterEditor = load();
        int auditLines = auditLog.forDesign(design, 10_000).size();
        int announced = events.about(design).size();

        // the owner still has version 1 of each
        assertConflict(() -> entities.updateEntity(s.users(), 1, EntityDraft.named("clients", EntityKind.CORE)),
                "The entity customers");
        assertConflict(() -> entities.updateAttribute(s.email(), 1, AttributeDraft.of("e_mail", "TEXT")),
                "The attribute customers.mail");
        assertConflict(() -> relationships.update(s.relationship(), 1, relationship(ReferentialAction.NO_ACTION)),
                "The relationship");
        assertConflict(() -> indexes.update(s.index(), 1, index("idx_users_email_2")), "The index idx_customers_mail");
        assertConflict(() -> patterns.update(s.pattern(), 1, pattern("Sign-in again")), "The query pattern Log-in");
        assertConflict(() -> entities.deleteEntity(s.users(), 1), "The entity customers");
        assertConflict(() -> relationships.delete(s.relationship(), 1), "The relationship");
        assertConflict(() -> indexes.delete(s.index(), 1), "The index idx_customers_mail");
        assertConflict(() -> patterns.delete(s.pattern(), 1), "The query pattern Log-in");

        assertThat(load()).as("the editor's changes stand").isEqualTo(afterEditor);
        assertThat(auditLog.forDesign(design, 10_000)).as("no audit line for a refused edit").hasSize(auditLines);
        assertThat(events.about(design)).as("no event for a refused edit").hasSize(announced);
    }

    @Test
    void the_current_version_is_accepted_after_a_reload() {
        fixture.as(EDITOR, () -> entities.updateEntity(s.users(), 1, EntityDraft.named("customers",
                EntityKind.CORE)));
        int current = load().entity(s.users()).orElseThrow().version();

        fixture.as(OWNER, () -> entities.updateEntity(s.users(), current, EntityDraft.named("clients",
                EntityKind.CORE)));

        assertThat(load().entity(s.users()).orElseThrow().name()).isEqualTo("clients");
    }

    @Test
    void editing_an_element_someone_deleted_says_it_no_longer_exists() {
        fixture.as(EDITOR, () -> patterns.delete(s.pattern(), 1));

        assertThatThrownBy(() -> fixture.as(OWNER, () -> patterns.update(s.pattern(), 1, pattern("Log-in"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("This query pattern no longer exists; it may have been deleted.");
    }

    private void assertConflict(Runnable staleWrite, String what) {
        assertThatThrownBy(() -> fixture.as(OWNER, staleWrite))
                .as(what)
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo(TestData.displayName(EDITOR));
                    assertThat(e.changedAt()).isNotNull();
                    assertThat(e.getMessage()).matches(Pattern.quote(what + " was changed by "
                            + TestData.displayName(EDITOR) + " at ") + "\\d\\d:\\d\\d\\. Reload to see their change, then edit again\\.");
                });
    }

    private RelationshipDraft relationship(ReferentialAction onDelete) {
        return new RelationshipDraft(s.users(), s.orders(), Cardinality.ONE_TO_MANY,
                List.of(new Relationship.ColumnPair(s.userId(), s.orderUserId())), onDelete, null, "places", false,
                null, null, null, null);
    }

    private IndexDraft index(String name) {
        return new IndexDraft(s.users(), name, List.of(new Index.IndexColumn(s.email(), false)), true, false, null,
                null, null, null, null);
    }

    private static QueryPatternDraft pattern(String name) {
        return new QueryPatternDraft(name, null, null, null, null, null, null, null);
    }

    private DesignModel load() {
        return fixture.as(OWNER, () -> models.load(design));
    }
}

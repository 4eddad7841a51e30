package org.schemaboard.model;

import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.relationship.RelationshipService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.VIEWER;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.RecordedDesignEvents;

/** {@link DesignChanged} reaches listeners once per committed write, and never for a write that did not commit. */
@ServiceTest
class DesignChangedEventsTest {

    @Autowired
    TestData fixture;
    @Autowired
    RelationshipService relationships;
    @Autowired
    IndexService indexes;
    @Autowired
    QueryPatternService patterns;
    ModelWrites writes;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    AuditLog auditLog;
    @Autowired
    RecordedDesignEvents events;
    @Autowired
    TransactionTemplate transaction;

    UUID design;

    @BeforeEach
    void newDesign() {
        writes = new ModelWrites(entities, relationships, indexes, patterns);
        design = fixture.newDesign();
    }

    @Test
    void every_committed_model_write_announces_exactly_one_change_by_its_author() {
        for (String name : writes.all(design, fixture.sample(design)).keySet()) {
            // each write gets a design of its own: some of them delete what others change
            UUID own = fixture.newDesign();
            Runnable write = writes.all(own, fixture.sample(own)).get(name);
            int before = events.about(own).size();

            fixture.as(EDITOR, write);

            assertThat(events.about(own)).as(name).hasSize(before + 1);
            DesignChanged event = events.about(own).get(before);
            assertThat(event.actor()).as(name).isEqualTo(EDITOR);
            assertThat(event.action() + " " + event.elementType()).as(name).isEqualTo(expectedEvent(name));
        }
    }

    @Test
    void a_write_rolled_back_by_its_caller_announces_nothing_and_leaves_no_audit_line() {
        int announced = events.about(design).size();
        int auditLines = auditLog.forDesign(design, 10_000).size();

        fixture.as(EDITOR, () -> transaction.executeWithoutResult(status -> {
            UUID carts = entities.createEntity(design, EntityDraft.named("carts", EntityKind.CORE));
            entities.addAttribute(carts, AttributeDraft.of("id", "UUID").asPrimaryKey());
            assertThat(events.about(design)).as("nothing is announced before commit").hasSize(announced);
            status.setRollbackOnly();
        }));

        assertThat(events.about(design)).hasSize(announced);
        assertThat(auditLog.forDesign(design, 10_000)).hasSize(auditLines);
        assertThat(fixture.as(EDITOR, () -> models.load(design)).entities()).isEmpty();
    }

    @Test
    void two_writes_in_one_transaction_are_announced_together_after_it_commits() {
        int announced = events.about(design).size();

        fixture.as(EDITOR, () -> transaction.executeWithoutResult(status -> {
            UUID carts = entities.createEntity(design, EntityDraft.named("carts", EntityKind.CORE));
            entities.addAttribute(carts, AttributeDraft.of("id", "UUID").asPrimaryKey());
            assertThat(events.about(design)).hasSize(announced);
        }));

        assertThat(events.about(design)).hasSize(announced + 2)
                .extracting(DesignChanged::elementName).endsWith("carts", "carts.id");
    }

    @Test
    void a_refused_write_announces_nothing() {
        int announced = events.about(design).size();

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> entities.createEntity(design,
                EntityDraft.named("shopping carts", EntityKind.CORE)))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fixture.as(VIEWER, () -> entities.createEntity(design,
                EntityDraft.named("carts", EntityKind.CORE)))).isInstanceOf(NotAllowedException.class);

        assertThat(events.about(design)).hasSize(announced);
    }

    /** "update query pattern" → "UPDATE QUERY_PATTERN"; adding an attribute is its creation. */
    private static String expectedEvent(String writeName) {
        String[] words = writeName.split(" ", 2);
        String action = words[0].equals("add") ? "CREATE" : words[0].toUpperCase();
        return action + " " + words[1].toUpperCase().replace(' ', '_');
    }
}

package org.schemaboard.model;

import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.relationship.RelationshipService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.OUTSIDER;
import static org.schemaboard.TestData.OWNER;
import static org.schemaboard.TestData.REVIEWER;
import static org.schemaboard.TestData.VIEWER;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.RecordedDesignEvents;

/** Only owners and editors change a model; the services refuse everyone else, whatever a view shows. */
@ServiceTest
class DesignRolesTest {

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
    DesignModelService models;
    @Autowired
    EntityService entities;
    @Autowired
    AuditLog auditLog;
    @Autowired
    RecordedDesignEvents events;

    UUID design;
    TestData.Sample sample;

    @BeforeEach
    void sampleDesign() {
        writes = new ModelWrites(entities, relationships, indexes, patterns);
        design = fixture.newDesign();
        sample = fixture.sample(design);
    }

    @Test
    void viewers_and_reviewers_are_refused_every_model_write_and_nothing_changes() {
        DesignModel before = fixture.as(OWNER, () -> models.load(design));
        int auditLines = auditLog.forDesign(design, 10_000).size();
        int announced = events.about(design).size();

        for (String role : List.of(VIEWER, REVIEWER)) {
            writes.all(design, sample).forEach((name, write) ->
                    assertThatThrownBy(() -> fixture.as(role, write)).as(role + ": " + name)
                            .isInstanceOf(NotAllowedException.class)
                            .hasMessageEndingWith("of this design you cannot change it."));
        }

        assertThat(fixture.as(OWNER, () -> models.load(design))).isEqualTo(before);
        assertThat(auditLog.forDesign(design, 10_000)).hasSize(auditLines);
        assertThat(events.about(design)).hasSize(announced);
    }

    @Test
    void viewers_and_reviewers_still_read_the_model_and_a_deletion_impact() {
        for (String role : List.of(VIEWER, REVIEWER)) {
            assertThat(fixture.as(role, () -> models.load(design)).entities()).as(role).hasSize(2);
            assertThat(fixture.as(role, () -> entities.deletionImpact(sample.users())).attributes()).as(role)
                    .containsExactly("id", "email", "nickname");
        }
    }

    @Test
    void someone_who_is_no_member_is_told_the_design_does_not_exist_for_every_read_and_write() {
        writes.all(design, sample).forEach((name, write) ->
                assertThatThrownBy(() -> fixture.as(OUTSIDER, write)).as(name)
                        .isInstanceOf(NotFoundException.class));
        assertThatThrownBy(() -> fixture.as(OUTSIDER, () -> models.load(design)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("This design does not exist or you are not a member of it.");
        assertThatThrownBy(() -> fixture.as(OUTSIDER, () -> entities.deletionImpact(sample.users())))
                .isInstanceOf(NotFoundException.class);
    }
}

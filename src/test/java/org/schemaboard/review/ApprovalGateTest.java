package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ValidationException;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

/** The quality gate: approval is refused while an error-level problem of the design checks is open. */
@ServiceTest
class ApprovalGateTest {

    @Autowired TestData data;
    @Autowired ReviewService reviews;
    @Autowired EntityService entities;
    @Autowired DesignModelService models;

    @Test
    void an_entity_without_primary_key_holds_back_approval_and_the_refusal_lists_it() {
        ReviewWorld world = new ReviewWorld(data);
        ReviewWorld.Sample s = world.sample();
        UUID scratch = data.as(world.editor, () -> {
            UUID id = entities.createEntity(s.design(), EntityDraft.named("scratch", EntityKind.CORE));
            entities.addAttribute(id, AttributeDraft.of("note", "TEXT"));
            return id;
        });
        data.as(world.editor, () -> reviews.requestReview(s.design(), List.of(world.reviewer), "Ready"));

        assertThatThrownBy(() -> data.as(world.reviewer, () -> reviews.approve(s.design(), "ok")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Approval waits for 1 error-level problem of the design checks to be fixed or "
                        + "suppressed: entity-without-primary-key on scratch: scratch has no primary key. See the "
                        + "Problems tab.");
        assertThat(data.as(world.owner, () -> reviews.state(s.design())).snapshots()).isEmpty();

        data.as(world.editor, () -> entities.addAttribute(scratch, AttributeDraft.of("id", "UUID").asPrimaryKey()));
        assertThat(data.as(world.reviewer, () -> reviews.approve(s.design(), "ok"))).isEqualTo(1);
    }
}

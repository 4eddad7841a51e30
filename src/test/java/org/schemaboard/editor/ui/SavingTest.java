package org.schemaboard.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.design.DesignService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a save the editor that saved re-reads only what its committed change touched, and shows what was saved. */
@ServiceTest
class SavingTest {

    @Autowired
    TestData data;
    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    EntityService entities;

    @Test
    void an_attribute_saved_in_the_editor_re_reads_its_entity_alone() {
        UUID design = data.newDesign();
        TestData.Sample sample = data.sample(design);
        EditorContext context = open(design);
        DesignModel before = context.model();
        Attribute nickname = before.entity(sample.users()).orElseThrow().attribute(sample.nickname()).orElseThrow();

        boolean saved = data.as(TestData.OWNER, () -> Saving.attempt(() -> entities.updateAttribute(
                sample.nickname(), nickname, AttributeDraft.of("handle", "TEXT")), context, null));

        assertThat(saved).isTrue();
        DesignModel after = context.model();
        assertThat(after).isEqualTo(data.as(TestData.OWNER, () -> models.load(design)));
        assertThat(after.entity(sample.users()).orElseThrow().attribute(sample.nickname()).orElseThrow().name())
                .isEqualTo("handle");
        // a whole read makes every record anew: what the save did not touch is still the very same object
        assertThat(after.entity(sample.orders()).orElseThrow()).isSameAs(before.entity(sample.orders()).orElseThrow());
        assertThat(after.relationships()).isSameAs(before.relationships());
        assertThat(after.indexes()).isSameAs(before.indexes());
    }

    @Test
    void an_entity_added_in_the_editor_reads_the_whole_design() {
        UUID design = data.newDesign();
        TestData.Sample sample = data.sample(design);
        EditorContext context = open(design);
        DesignModel before = context.model();
        UUID[] created = new UUID[1];

        data.as(TestData.OWNER, () -> Saving.attempt(() -> created[0] = entities.createEntity(design,
                EntityDraft.named("payments", EntityKind.CORE)), context, null));

        assertThat(context.model().entity(created[0])).isPresent();
        assertThat(context.model()).isEqualTo(data.as(TestData.OWNER, () -> models.load(design)));
        assertThat(context.model().entity(sample.orders()).orElseThrow())
                .isNotSameAs(before.entity(sample.orders()).orElseThrow());
    }

    @Test
    void a_refused_save_leaves_the_model_as_it_was() {
        UUID design = data.newDesign();
        TestData.Sample sample = data.sample(design);
        EditorContext context = open(design);
        DesignModel before = context.model();
        Attribute email = before.entity(sample.users()).orElseThrow().attribute(sample.email()).orElseThrow();

        boolean saved = data.as(TestData.VIEWER, () -> Saving.attempt(() -> entities.updateAttribute(
                sample.email(), email, AttributeDraft.of("mail", "TEXT")), new FormErrors(), context, null));

        assertThat(saved).isFalse();
        assertThat(context.model()).isSameAs(before);
    }

    private EditorContext open(UUID design) {
        return data.as(TestData.OWNER, () -> new EditorContext(models, designs.get(design)));
    }
}

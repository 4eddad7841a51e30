package org.schemaboard.checks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.editor.ui.ElementMarkers;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

/** The markers beside elements: the open findings per element, computed once per model version and shared. */
@ServiceTest
class ProblemMarkersTest {

    @Autowired TestData data;
    @Autowired ElementMarkers markers;
    @Autowired EntityService entities;
    @Autowired DesignModelService models;

    @Test
    void an_entity_without_a_key_gets_an_error_marker_and_the_same_model_version_is_not_checked_twice() {
        UUID design = data.newDesign();
        data.sample(design);
        UUID scratch = data.as(TestData.EDITOR, () -> {
            UUID id = entities.createEntity(design, EntityDraft.named("scratch", EntityKind.CORE));
            entities.addAttribute(id, AttributeDraft.of("note", "TEXT"));
            return id;
        });
        DesignModel model = data.as(TestData.VIEWER, () -> models.load(design));

        Map<UUID, List<ElementMarkers.Marker>> first = data.as(TestData.VIEWER, () -> markers.of(model));

        assertThat(first.get(scratch)).extracting(ElementMarkers.Marker::severity).contains("error");
        assertThat(first.get(scratch)).extracting(ElementMarkers.Marker::message)
                .anySatisfy(m -> assertThat(m).contains("scratch"));
        assertThat(data.as(TestData.VIEWER, () -> markers.of(model))).isSameAs(first);

        // the next version (someone adds a key) is checked again and the marker's error is gone
        data.as(TestData.EDITOR, () -> {
            entities.addAttribute(scratch, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            return null;
        });
        DesignModel next = data.as(TestData.VIEWER, () -> models.load(design));
        assertThat(data.as(TestData.VIEWER, () -> markers.of(next)).getOrDefault(scratch, List.of()))
                .extracting(ElementMarkers.Marker::severity).doesNotContain("error");
    }
}

package org.schemaboard.diagram;

import org.schemaboard.base.ChangeAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.RecordedDesignEvents;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DiagramServiceTest {

    @Autowired
    TestData data;
    @Autowired
    DiagramService diagrams;
    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    AuditLog audit;
    @Autowired
    org.schemaboard.export.ExportSources exportSources;
    @Autowired
    RecordedDesignEvents events;

    String owner;
    String viewer;
    UUID design;
    UUID customer;
    UUID orders;
    UUID product;

    @BeforeEach
    void design() {
        owner = data.account("diagram-owner");
        viewer = data.account("diagram-viewer");
        design = data.design(owner, TestData.designName("Diagram"));
        data.as(owner, () -> {
            designs.setMember(design, viewer, DesignRole.VIEWER);
            customer = entities.createEntity(design, EntityDraft.named("customer", EntityKind.CORE));
            orders = entities.createEntity(design, EntityDraft.named("orders", EntityKind.CORE));
            product = entities.createEntity(design, EntityDraft.named("product", EntityKind.CORE));
        });
    }

    private DesignModel model(String who) {
        return data.as(who, () -> models.load(design));
    }

    @Test
    void a_moved_box_stays_where_it_was_put_and_everyone_is_told() {
        DiagramView before = data.as(owner, () -> diagrams.view(model(owner), null));
        assertThat(before.wholeDesign()).isTrue();
        assertThat(before.layout().boxes()).hasSize(3);
        Box productBefore = before.layout().boxes().get(product);

        data.as(owner, () -> diagrams.move(design, design, orders, 900, 640));

        DiagramView after = data.as(viewer, () -> diagrams.view(model(viewer), design));
        assertThat(after.layout().boxes().get(orders).x()).isEqualTo(900);
        assertThat(after.layout().boxes().get(orders).y()).isEqualTo(640);
        assertThat(after.layout().boxes().get(product)).as("the others stay where the mover saw them")
                .isEqualTo(productBefore);
        DesignChanged last = events.about(design).get(events.about(design).size() - 1);
        assertThat(last.action()).isEqualTo(ChangeAction.MOVE);
        assertThat(last.elementId()).isEqualTo(orders);
        assertThat(last.actor()).isEqualTo(owner);
        assertThat(data.as(owner, () -> audit.forDesign(design, 1)).get(0).action()).isEqualTo(ChangeAction.MOVE);
    }

    @Test
    void the_exported_specification_draws_the_diagram_as_the_team_arranged_it() {
        data.as(owner, () -> diagrams.move(design, design, orders, 900, 640));

        org.schemaboard.export.ExportSource source = data.as(viewer, () -> exportSources.of(design));

        assertThat(source.diagramSvg()).contains("data-name=\"orders\" transform=\"translate(900,640)\"");
        assertThat(org.schemaboard.export.SpecificationExport.html(source))
                .contains("data-name=\"orders\" transform=\"translate(900,640)\"");
    }

    @Test
    void viewers_cannot_arrange_the_diagram() {
        int before = events.about(design).size();
        assertThatThrownBy(() -> data.as(viewer, () -> diagrams.move(design, design, orders, 10, 10)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> data.as(viewer, () -> diagrams.createArea(design, "Orders", List.of(orders))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(events.about(design)).hasSize(before);
        assertThat(data.as(viewer, () -> diagrams.view(model(viewer), design)).layout().boxes().get(orders).x())
                .isNotEqualTo(10);
    }

    @Test
    void a_subject_area_shows_only_its_entities_with_positions_of_its_own() {
        UUID area = data.as(owner, () -> diagrams.createArea(design, "Sales", List.of(customer, orders)));
        DiagramView view = data.as(viewer, () -> diagrams.view(model(viewer), area));
        assertThat(view.name()).isEqualTo("Sales");
        assertThat(view.layout().boxes().keySet()).containsExactlyInAnyOrder(customer, orders);

        data.as(owner, () -> diagrams.move(design, area, customer, 500, 500));
        assertThat(data.as(owner, () -> diagrams.view(model(owner), area)).layout().boxes().get(customer).x())
                .isEqualTo(500);
        assertThat(data.as(owner, () -> diagrams.view(model(owner), design)).layout().boxes().get(customer).x())
                .as("the whole design's arrangement is another view's").isNotEqualTo(500);
        assertThatThrownBy(() -> data.as(owner, () -> diagrams.move(design, area, product, 1, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void subject_areas_need_a_unique_name_and_entities_and_stale_edits_conflict() {
        UUID area = data.as(owner, () -> diagrams.createArea(design, "Sales", List.of(customer)));
        assertThatThrownBy(() -> data.as(owner, () -> diagrams.createArea(design, " sales ", List.of(orders))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> data.as(owner, () -> diagrams.createArea(design, "Empty", List.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("entities"));
        data.as(owner, () -> diagrams.updateArea(area, 1, "Sales", List.of(customer, product)));
        assertThatThrownBy(() -> data.as(owner, () -> diagrams.updateArea(area, 1, "Sales 2", List.of(customer))))
                .isInstanceOf(ConflictException.class);
        SubjectArea now = data.as(owner, () -> diagrams.areas(design)).get(0);
        assertThat(now.name()).isEqualTo("Sales");
        assertThat(Set.copyOf(now.entityIds())).containsExactlyInAnyOrder(customer, product);
    }

    @Test
    void relayout_puts_moved_boxes_back_in_order() {
        DiagramView auto = data.as(owner, () -> diagrams.view(model(owner), design));
        data.as(owner, () -> diagrams.move(design, design, orders, 5000, 5000));
        data.as(owner, () -> diagrams.relayout(design, design, List.of()));
        DiagramView again = data.as(owner, () -> diagrams.view(model(owner), design));
        assertThat(again.layout().boxes()).isEqualTo(auto.layout().boxes());
    }
}

package org.schemaboard.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemaboard.diagram.DiagramChanges;
import org.schemaboard.model.DesignModel;

class DiagramMarksTest {

    @Test
    void the_diagram_marks_added_and_changed_boxes_and_names_the_removed_entities() {
        DesignModel v1 = MigrationOnEnginesTest.v1();
        DesignModel v2 = MigrationOnEnginesTest.v2();

        DiagramChanges.Marks marks = DiagramChangesFromDiff.marks(ModelDiff.compare(v1, v2));

        assertThat(marks.added()).containsExactly(v2.entityNamed("shipments").orElseThrow().id());
        assertThat(marks.changed()).contains(v2.entityNamed("purchases").orElseThrow().id(),
                v2.entityNamed("customers").orElseThrow().id());
        assertThat(marks.removed()).containsExactly("notes");
        String svg = "<g class=\"sb-box sb-kind-core\" data-id=\"" + v2.entityNamed("shipments").orElseThrow().id()
                + "\" data-name=\"shipments\">";
        assertThat(marks.applyTo(svg)).contains("class=\"sb-box sb-kind-core sb-change-added\"");
    }

    @Test
    void an_unchanged_design_marks_nothing() {
        DesignModel v1 = MigrationOnEnginesTest.v1();
        DiagramChanges.Marks marks = DiagramChangesFromDiff.marks(ModelDiff.compare(v1, v1));
        assertThat(marks.added()).isEmpty();
        assertThat(marks.changed()).isEmpty();
        assertThat(marks.removed()).isEmpty();
    }
}

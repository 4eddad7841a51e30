package org.schemaboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.DemoTest;
import org.schemaboard.design.DesignService;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.ExportSources;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.spec.HandoffNotes;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.Unwritten;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo is the brief's worked example written out in full: its specification has no empty field. */
@DemoTest
class DemoSpecificationCompleteTest {

    private static final String PLACEHOLDER = "_Not specified yet._";

    @Autowired
    DesignService designs;
    @Autowired
    ExportSources exportSources;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demos_exported_specification_has_no_field_left_unspecified() {
        String markdown = SpecificationExport.markdown(source());

        assertThat(placeholders(markdown)).isEmpty();
    }

    @Test
    void the_checklist_counts_the_demo_as_complete_by_the_same_definition() {
        ExportSource source = source();

        Unwritten.Summary summary = Unwritten.summary(source.model(), source.specification());

        assertThat(summary.gaps()).isEmpty();
        assertThat(summary.written()).isEqualTo(summary.sections());
    }

    @Test
    void one_empty_section_field_is_one_gap_for_the_checklist_and_one_placeholder_at_that_field() {
        ExportSource demo = source();
        HandoffNotes handoff = demo.specification().handoff();
        Specification spec = demo.specification().with(new HandoffNotes(handoff.securitySpecialist(), " "));
        ExportSource source = new ExportSource(demo.model(), spec, demo.diagramSvg(), demo.review(),
                demo.suppressions(), demo.coverage(), demo.subjectAreas(), demo.figures());

        Unwritten.Summary summary = Unwritten.summary(source.model(), spec);
        List<String> placeholders = placeholders(SpecificationExport.markdown(source));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.written()).isEqualTo(summary.sections() - 1);
        assertThat(summary.gaps()).extracting(Unwritten.Gap::describe)
                .containsExactly(SpecSection.HANDOFF.label() + ": Development teams");
        assertThat(placeholders).singleElement().asString().endsWith("**Notes**: " + PLACEHOLDER);
    }

    @Test
    void one_empty_table_rationale_is_one_gap_for_the_checklist_and_one_placeholder_under_that_table() {
        ExportSource demo = source();
        DesignModel model = demo.model();
        Entity orders = model.entityNamed("orders").orElseThrow();
        Entity blank = new Entity(orders.id(), orders.name(), orders.kind(), orders.purpose(), orders.businessRules(),
                orders.lifecycle(), null, orders.version(), orders.attributes());
        DesignModel changed = new DesignModel(model.designId(), model.name(), model.targetDatabase(),
                model.description(), model.entities().stream().map(e -> e.id().equals(orders.id()) ? blank : e)
                .toList(), model.relationships(), model.indexes(), model.queryPatterns());
        ExportSource source = new ExportSource(changed, demo.specification(), demo.diagramSvg(), demo.review(),
                demo.suppressions(), demo.coverage(), demo.subjectAreas(), demo.figures());

        Unwritten.Summary summary = Unwritten.summary(changed, demo.specification());
        String markdown = SpecificationExport.markdown(source);

        assertThat(summary.complete()).isFalse();
        assertThat(summary.modelGaps()).extracting(Unwritten.Gap::describe).containsExactly("orders: Rationale");
        assertThat(placeholders(markdown)).containsExactly("##### orders Table › **Rationale**: " + PLACEHOLDER);
    }

    /** The lines that say "not specified", each after the heading it is under ("#### Backup Schedule › …"). */
    private static List<String> placeholders(String markdown) {
        List<String> found = new java.util.ArrayList<>();
        String heading = "";
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("#")) {
                heading = line;
            } else if (line.contains(PLACEHOLDER)) {
                found.add(heading + " › " + line);
            }
        }
        return found;
    }

    private ExportSource source() {
        return currentUser.runAs("alice", () -> {
            UUID id = designs.listMine().stream().filter(d -> d.name().equals(DemoData.DEMO_DESIGN))
                    .findFirst().orElseThrow().id();
            return exportSources.of(id);
        });
    }
}

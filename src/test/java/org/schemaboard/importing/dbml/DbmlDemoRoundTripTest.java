package org.schemaboard.importing.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.DemoTest;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.diagram.SubjectArea;
import org.schemaboard.export.DbmlWriter;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeded demo design survives a DBML round trip (all but its entity kinds and business rules, which DBML has no
 * place for); the copy is deleted again.
 */
@DemoTest
class DbmlDemoRoundTripTest {

    @Autowired
    DbmlImportService imports;
    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    DiagramService diagrams;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demo_design_exported_as_dbml_and_imported_has_the_same_tables_keys_relationships_and_indexes() {
        currentUser.runAs("bob", () -> {
            DesignSummary demo = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow();
            DesignModel original = models.load(demo.id());
            List<SubjectArea> areas = diagrams.areas(demo.id());
            String dbml = DbmlWriter.write(original, areas);
            DbmlPlan plan = DbmlImportService.read(dbml, original.targetDatabase());
            assertThat(plan.plan().problem()).as(dbml).isNull();
            UUID copy = imports.importIntoNewDesign("E-commerce platform (DBML)", original.targetDatabase(), plan,
                    done -> { });
            try {
                DesignModel again = models.load(copy);
                assertThat(original.entities()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(ModelText.withoutKindsAndRules(ModelText.of(again, diagrams.areas(copy))))
                        .containsExactlyElementsOf(ModelText.withoutKindsAndRules(ModelText.of(original, areas)));
            } finally {
                designs.delete(copy, designs.get(copy).version());
            }
            return null;
        });
    }
}

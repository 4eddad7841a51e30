package org.schemaboard.importing;

import org.schemaboard.importing.json.DesignImportService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.ExportSources;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.DemoTest;

/**
 * The seeded demo design survives export and import. The imported copy is deleted again, leaving the demo tests'
 * database as it found it.
 */
@DemoTest
class DemoDesignImportTest {

    @Autowired
    DesignImportService imports;
    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ExportSources exportSources;

    @Test
    void the_demo_design_exported_and_imported_gives_the_same_file_apart_from_ids_and_name() {
        currentUser.runAs("bob", () -> {
            DesignSummary demo = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow();
            DesignModel original = models.load(demo.id());
            String exported = DesignJson.write(original);

            UUID copy = imports.importJson(exported, null);
            try {
                String again = DesignJson.write(models.load(copy));

                assertThat(original.entities()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(designs.get(copy).name()).isEqualTo("E-commerce platform (imported)");
                assertThat(DesignFiles.withoutIds(again)).isEqualTo(DesignFiles.withoutIds(exported));
            } finally {
                designs.delete(copy, designs.get(copy).version());
            }
            return null;
        });
    }

    @Test
    void the_written_specification_is_exported_and_survives_the_json_round_trip() {
        currentUser.runAs("bob", () -> {
            DesignSummary demo = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow();
            ExportSource source = exportSources.of(demo.id());
            String markdown = SpecificationExport.markdown(source);
            assertThat(markdown)
                    .contains("| Replication lag | \\> 30 s |")
                    .contains("| replica-search | Search and catalogue browsing | Product search | 5 s |")
                    .contains("**audit_log**:", "**Strategy**: Range on (changed_at)", "- **Query performance**: slow queries")
                    .contains("**Shards**: 32, routed by hash of the key")
                    .contains("### Cache Database Design (Redis)");
            String ddl = SpecificationExport.ddl(source, SqlDialectChoice.POSTGRESQL);
            assertThat(ddl).contains("-- orders: the design partitions it by HASH (user_id), not declared here: "
                    + "PostgreSQL requires the primary key (id) to include the partition key (user_id)");

            String exported = DesignJson.write(source);
            assertThat(exported).contains("\"specification\": {", "\"partitioning\": {", "\"monitoring\": {");
            UUID copy = imports.importJson(exported, null);
            try {
                String again = DesignJson.write(exportSources.of(copy));
                assertThat(DesignFiles.withoutIds(again)).isEqualTo(DesignFiles.withoutIds(exported));
            } finally {
                designs.delete(copy, designs.get(copy).version());
            }
            return null;
        });
    }
}

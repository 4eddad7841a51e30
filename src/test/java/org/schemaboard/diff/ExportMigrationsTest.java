package org.schemaboard.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.export.ChangesSinceApproval;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.ExportSources;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.importing.sql.DdlOnEngines;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export of a design with an approved version carries the changes since it: a "Changes since vN" section in the
 * specification and forward and rollback scripts per dialect under {@code migrations/}, which run on a real engine.
 */
@ServiceTest
class ExportMigrationsTest {

    @Autowired
    TestData data;
    @Autowired
    ExportSources exports;
    @Autowired
    ReviewService reviews;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;

    @Test
    void the_zip_carries_migrations_from_the_last_approved_version_that_turn_its_schema_into_the_exported_one_on_h2_and_on_the_other_engines_when_available()
            throws Exception {
        UUID design = data.newDesign();
        TestData.Sample s = data.sample(design);
        approve(design);
        data.as(TestData.OWNER, () -> {
            var users = models.load(design).entity(s.users()).orElseThrow();
            entities.updateAttribute(s.nickname(), users.attribute(s.nickname()).orElseThrow().version(),
                    AttributeDraft.of("handle", "VARCHAR").withLength(80));
            entities.addAttribute(s.orders(), AttributeDraft.of("placed_at", "TIMESTAMP"));
            UUID notes = entities.createEntity(design, EntityDraft.named("order_notes", EntityKind.CORE));
            entities.addAttribute(notes, AttributeDraft.of("id", "UUID").asPrimaryKey());
            return notes;
        });

        ExportSource source = data.as(TestData.VIEWER, () -> exports.of(design));
        assertThat(source.changes().migrations().values()).noneMatch(ChangesSinceApproval.Scripts::planned);
        Map<String, String> files = SpecificationZip.files(source, name -> { }, Runnable::run);

        assertThat(source.changes().migrations().values()).allMatch(ChangesSinceApproval.Scripts::planned);
        assertThat(files).containsKeys("migrations/README.md", "migrations/postgresql-forward.sql",
                "migrations/postgresql-rollback.sql", "migrations/mysql-forward.sql", "migrations/mysql-rollback.sql",
                "migrations/h2-forward.sql", "migrations/h2-rollback.sql");
        DesignModel v1 = data.as(TestData.VIEWER, () -> reviews.snapshotModel(design, 1));
        String v1Ddl = SpecificationExport.ddl(v1, SqlDialectChoice.H2);
        String forward = files.get("migrations/h2-forward.sql");
        assertThat(forward).containsIgnoringCase("nickname RENAME TO handle").doesNotContainIgnoringCase("DROP COLUMN");
        assertThat(DdlOnEngines.schemaAfter(SqlDialectChoice.H2, v1Ddl, forward)).as(forward)
                .isEqualTo(DdlOnEngines.schemaAfter(SqlDialectChoice.H2, files.get("schema-h2.sql")));
        assertThat(DdlOnEngines.schemaAfter(SqlDialectChoice.H2, v1Ddl, forward, files.get("migrations/h2-rollback.sql")))
                .isEqualTo(DdlOnEngines.schemaAfter(SqlDialectChoice.H2, v1Ddl));
        assertThat(files.get("migrations/README.md")).startsWith("# Migrations from v1").contains("2 added, 0 removed, 1 changed");
        // the other engines where a server is named (CI names both)
        for (SqlDialectChoice dialect : List.of(SqlDialectChoice.POSTGRESQL, SqlDialectChoice.MYSQL)) {
            if (!DdlOnEngines.available(dialect)) {
                continue;
            }
            String name = dialect.name().toLowerCase(java.util.Locale.ROOT);
            String before = SpecificationExport.ddl(v1, dialect);
            String script = files.get("migrations/" + name + "-forward.sql");
            assertThat(DdlOnEngines.schemaAfter(dialect, before, script)).as(script)
                    .isEqualTo(DdlOnEngines.schemaAfter(dialect, files.get(dialect.fileName())));
            assertThat(DdlOnEngines.schemaAfter(dialect, before, script, files.get("migrations/" + name + "-rollback.sql")))
                    .isEqualTo(DdlOnEngines.schemaAfter(dialect, before));
        }
    }

    @Test
    void the_specification_lists_the_changes_since_the_last_approved_version_with_their_safety_findings() {
        UUID design = data.newDesign();
        TestData.Sample s = data.sample(design);
        approve(design);
        data.as(TestData.OWNER, () -> {
            var users = models.load(design).entity(s.users()).orElseThrow();
            entities.deleteAttribute(s.nickname(), users.attribute(s.nickname()).orElseThrow().version());
            entities.addAttribute(s.orders(), AttributeDraft.of("placed_at", "TIMESTAMP"));
        });

        ExportSource source = data.as(TestData.VIEWER, () -> exports.of(design));
        String md = SpecificationExport.markdown(source);
        String html = SpecificationExport.html(source);

        String section = md.substring(md.indexOf("## Changes since v1"), md.indexOf("## Review Status"));
        assertThat(section).contains("1 added, 1 removed, 0 changed")
                .contains("| orders.placed_at | Attribute | added |").contains("| users.nickname | Attribute | removed |")
                .contains("### Change-Safety Checks").contains("users.nickname")
                .contains("`migrations/h2-forward.sql`");
        assertThat(html).contains("Changes since v1").contains("migrations/postgresql-rollback.sql");
        assertThat(source.changes().migrations().values()).as("the documents name the scripts without planning them")
                .hasSize(3).noneMatch(ChangesSinceApproval.Scripts::planned);
    }

    @Test
    void without_an_approved_version_the_section_says_so_and_the_zip_has_no_scripts() {
        UUID design = data.newDesign();
        data.sample(design);

        ExportSource source = data.as(TestData.OWNER, () -> exports.of(design));
        Map<String, String> files = SpecificationZip.files(source, name -> { }, Runnable::run);

        assertThat(files.keySet().stream().filter(f -> f.startsWith("migrations/")).toList())
                .containsExactly("migrations/README.md");
        assertThat(files.get("migrations/README.md")).contains("No version of this design has been approved yet");
        assertThat(files.get("database-design.md")).contains("## Changes since the last approved version")
                .contains("No version of this design has been approved yet");
    }

    private void approve(UUID design) {
        data.selfCritique(design, TestData.OWNER);
        data.as(TestData.OWNER, () -> reviews.requestReview(design, List.of(TestData.REVIEWER), "Ready"));
        data.as(TestData.REVIEWER, () -> reviews.approve(design, "ok"));
    }
}

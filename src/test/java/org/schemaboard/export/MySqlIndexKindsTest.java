package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.DdlOnEngines;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlDumpReader;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.IndexMethod;

/**
 * MySQL's FULLTEXT and SPATIAL indexes: read from a dump as index kinds of their own, written for MySQL / MariaDB,
 * and left out with a comment where the target has no such kind — with their columns keeping their types.
 */
class MySqlIndexKindsTest {

    private static DesignModel design() {
        DesignBuilder d = new DesignBuilder("Places").target(TargetDatabase.MYSQL);
        DesignBuilder.EntityBuilder places = d.entity("places", EntityKind.CORE, "Where things are");
        places.col("id", "INT").pk().autoIncrement().and().col("title", "VARCHAR").len(200).notNull().and()
                .col("description", "TEXT").and().col("location", "GEOMETRY").notNull();
        d.index("idx_places_text", places, "title", "description").using(IndexMethod.FULLTEXT);
        d.index("idx_places_location", places, "location").using(IndexMethod.SPATIAL);
        return d.build();
    }

    @Test
    void a_mysql_dump_keeps_its_fulltext_and_spatial_keys_as_index_kinds() {
        ImportPlan plan = SqlDumpReader.read("""
                CREATE TABLE `places` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `title` varchar(200) NOT NULL,
                  `description` text,
                  `location` geometry NOT NULL,
                  PRIMARY KEY (`id`),
                  FULLTEXT KEY `idx_places_text` (`title`,`description`),
                  /*!50705 SPATIAL KEY `idx_places_location` (`location`),*/
                  KEY `idx_places_title` (`title`)
                ) ENGINE=InnoDB;
                """, ImportDialect.MYSQL);

        assertThat(plan.indexes()).extracting(ImportPlan.IndexPlan::name, ImportPlan.IndexPlan::method,
                        ImportPlan.IndexPlan::unique)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("idx_places_text", "fulltext", false),
                        org.assertj.core.groups.Tuple.tuple("idx_places_location", "spatial", false),
                        org.assertj.core.groups.Tuple.tuple("idx_places_title", null, false));
        assertThat(plan.skipped()).noneMatch(s -> s.reason().contains("index"));
    }

    @Test
    void mysql_writes_the_index_kinds_and_keeps_the_text_column_a_text() {
        String mysql = SpecificationExport.ddl(design(), SqlDialectChoice.MYSQL);

        assertThat(mysql).contains("CREATE FULLTEXT INDEX idx_places_text ON places(title, description);")
                .contains("CREATE SPATIAL INDEX idx_places_location ON places(location);")
                .contains("  description TEXT,").doesNotContain("dropped");
    }

    @Test
    void other_dialects_leave_the_index_kinds_out_with_a_comment() {
        for (SqlDialectChoice dialect : List.of(SqlDialectChoice.POSTGRESQL, SqlDialectChoice.H2)) {
            String ddl = SpecificationExport.ddl(design(), dialect);
            assertThat(ddl).as(dialect.label())
                    .contains("-- idx_places_text: FULLTEXT index: " + dialect.label() + " has no such index kind "
                            + "(only the MySQL export keeps it); not created\n-- CREATE FULLTEXT INDEX idx_places_text")
                    .contains("-- idx_places_location: SPATIAL index: " + dialect.label())
                    .doesNotContain("\nCREATE FULLTEXT").doesNotContain("\nCREATE SPATIAL").doesNotContain("USING fulltext");
        }
        assertThat(SpecificationExport.ddl(design(), SqlDialectChoice.H2)).as("TEXT stays a CLOB: it is not indexed")
                .contains("  description CLOB,");
    }

    @Test
    void every_dialect_runs_on_its_engine() throws SQLException {
        List<String> notRun = new ArrayList<>();
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            if (!DdlOnEngines.available(dialect)) {
                notRun.add(DdlOnEngines.unavailableMessage(dialect));
                continue;
            }
            assertThat(DdlOnEngines.problems(design(), dialect)).as(dialect.label()).isEmpty();
        }
        Assumptions.assumeTrue(notRun.isEmpty(), String.join("; ", notRun));
    }
}

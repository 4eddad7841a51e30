package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.DdlOnEngines;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;

/**
 * Names a dialect reserves or would fold, a cycle of foreign keys, a composite key and every referential action, in
 * a MySQL design: each dialect's DDL quotes exactly what it must and runs on its engine with every table, column and
 * foreign key (with its actions).
 */
class NamesAndCyclesDdlTest {

    private final DesignModel model = design();

    private static DesignModel design() {
        DesignBuilder d = new DesignBuilder("Reserved names").target(TargetDatabase.MYSQL);
        DesignBuilder.EntityBuilder group = d.entity("group", EntityKind.CORE, "A reserved word everywhere")
                .col("id", "INT UNSIGNED").pk().and()
                .col("ignore", "TINYINT").len(1).notNull().def("'0'").and()
                .col("sensitive", "ENUM('low','high')").def("'low'").and()
                .col("value", "SET('a','b')").and()
                .col("owner_id", "INT UNSIGNED").and();
        DesignBuilder.EntityBuilder member = d.entity("Member", EntityKind.CORE, "Mixed case, folded by PostgreSQL and H2")
                .col("GroupId", "INT UNSIGNED").pk().and()
                .col("seq", "SMALLINT").pk().and()
                .col("year", "YEAR").and()
                .col("location", "GEOMETRY").and()
                .col("created", "DATETIME").def("CURRENT_TIMESTAMP").and();
        DesignBuilder.EntityBuilder note = d.entity("note", EntityKind.CORE, "Refers to a member by its composite key")
                .col("id", "INT UNSIGNED").pk().and()
                .col("group_id", "INT UNSIGNED").and()
                .col("seq", "SMALLINT").and()
                .col("parent_id", "INT UNSIGNED").and()
                .col("body", "MEDIUMTEXT").check("CHAR_LENGTH(body) < 10000").and();
        d.relationship(group, "id", Cardinality.ONE_TO_MANY, member, "GroupId", ReferentialAction.CASCADE, "has")
                .onUpdate(ReferentialAction.RESTRICT);
        d.relationship(member, "GroupId", Cardinality.ONE_TO_MANY, note, "group_id", ReferentialAction.SET_NULL, "about")
                .and("seq", "seq").onUpdate(ReferentialAction.CASCADE);
        d.relationship(note, "id", Cardinality.ONE_TO_MANY, group, "owner_id", ReferentialAction.SET_NULL, "owned by")
                .onUpdate(ReferentialAction.NO_ACTION);
        d.relationship(note, "id", Cardinality.ONE_TO_MANY, note, "parent_id", ReferentialAction.NO_ACTION, "answers");
        return d.build();
    }

    @Test
    void reserved_words_are_quoted_per_dialect_and_plain_names_stay_bare() {
        String mysql = SpecificationExport.ddl(model, SqlDialectChoice.MYSQL);
        String postgres = SpecificationExport.ddl(model, SqlDialectChoice.POSTGRESQL);
        String h2 = SpecificationExport.ddl(model, SqlDialectChoice.H2);
        assertThat(mysql).contains("CREATE TABLE `group`", "`ignore` TINYINT", "`sensitive` ENUM('low', 'high')",
                "value SET('a', 'b')", "CREATE TABLE Member", "  year YEAR").doesNotContain("`value`", "`note`");
        assertThat(postgres).contains("CREATE TABLE \"group\"", "  ignore BOOLEAN", "  sensitive VARCHAR(4)",
                "CREATE TABLE \"Member\"", "\"GroupId\" BIGINT", "  id BIGINT", "  year SMALLINT");
        assertThat(h2).contains("CREATE TABLE \"group\"", "  \"value\" VARCHAR(3)", "  \"year\" SMALLINT",
                "CREATE TABLE \"Member\"");
    }

    @Test
    void every_dialects_ddl_runs_on_its_engine_with_every_table_column_and_foreign_key() throws SQLException {
        List<String> notRun = new ArrayList<>();
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            if (!DdlOnEngines.available(dialect)) {
                notRun.add(DdlOnEngines.unavailableMessage(dialect));
                continue;
            }
            assertThat(DdlOnEngines.problems(model, dialect)).as(SpecificationExport.ddl(model, dialect)).isEmpty();
        }
        Assumptions.assumeTrue(notRun.isEmpty(), String.join("; ", notRun));
    }
}

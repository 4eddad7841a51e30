package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.Queries;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.ReferentialAction;

/** The MySQL DDL: it parses as MySQL, and the types and indexes are adapted to what MySQL can hold. */
class MySqlDdlTest {

    private final String ddl = SpecificationExport.ddl(EcommerceDesign.model(), SqlDialectChoice.MYSQL);

    @Test
    void mysql_ddl_parses_with_jooqs_mysql_parser() {
        Queries queries = DSL.using(SQLDialect.MYSQL).parser().parse(ddl);

        // 7 CREATE TABLE, 7 table comments, 7 of the 8 indexes (the JSON one is commented out)
        assertThat(queries.queries()).hasSize(21);
    }

    @Test
    void types_are_mapped_to_mysql() {
        assertThat(ddl).contains("  id CHAR(36) NOT NULL DEFAULT (UUID()),")
                .contains("  attributes JSON DEFAULT ('{}'),")
                .contains("  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,")
                .contains("  ip_address VARCHAR(45),")
                .contains("  name VARCHAR(255) NOT NULL COMMENT 'Shown in listings and searched by prefix',")
                .contains("  id BIGINT NOT NULL AUTO_INCREMENT,")
                .doesNotContain("JSONB").doesNotContain("TIME ZONE").doesNotContain("UUID NOT NULL");
    }

    @Test
    void partial_indexes_lose_their_predicate_and_json_indexes_are_left_out_with_a_comment() {
        assertThat(ddl)
                .contains("-- idx_orders_created_date: predicate WHERE status IN ('confirmed', 'delivered') dropped: "
                        + "MySQL has no partial indexes\nCREATE INDEX idx_orders_created_date ON orders(created_at DESC);")
                .contains("-- CREATE INDEX idx_products_attributes ON products(attributes);")
                .doesNotContain("\nWHERE").doesNotContain("USING gin");
    }

    @Test
    void table_comments_use_mysqls_alter_table_syntax() {
        assertThat(ddl).contains("ALTER TABLE orders COMMENT = 'A customer''s purchase.';").doesNotContain("COMMENT ON");
    }

    @Test
    void set_default_which_innodb_rejects_becomes_no_action_with_a_note() {
        DesignBuilder d = new DesignBuilder("Defaults");
        DesignBuilder.EntityBuilder kinds = d.entity("kinds", EntityKind.LOOKUP, null);
        kinds.col("id", "INTEGER").pk();
        DesignBuilder.EntityBuilder items = d.entity("items", EntityKind.CORE, null);
        items.col("id", "INTEGER").pk().and().col("kind_id", "INTEGER").notNull().def("1");
        d.relationship(kinds, "id", Cardinality.ONE_TO_MANY, items, "kind_id", ReferentialAction.SET_DEFAULT, "classifies");

        String mysql = SpecificationExport.ddl(d.build(), SqlDialectChoice.MYSQL);

        assertThat(mysql).contains("-- fk_items_kind_id: ON DELETE SET DEFAULT written as NO ACTION: InnoDB rejects SET DEFAULT\n")
                .contains("REFERENCES kinds (id) ON DELETE NO ACTION").doesNotContain("SET DEFAULT\n);");
        assertThat(SpecificationExport.ddl(d.build(), SqlDialectChoice.POSTGRESQL)).contains("ON DELETE SET DEFAULT");
    }

    @Test
    void the_test_designs_ddl_runs_on_mariadb_postgresql_and_h2_with_every_table_column_and_foreign_key()
            throws java.sql.SQLException {
        List<String> notRun = new java.util.ArrayList<>();
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            if (!org.schemaboard.importing.sql.DdlOnEngines.available(dialect)) {
                notRun.add(org.schemaboard.importing.sql.DdlOnEngines.unavailableMessage(dialect));
                continue;
            }
            assertThat(org.schemaboard.importing.sql.DdlOnEngines.problems(EcommerceDesign.model(), dialect))
                    .as("the test design's " + dialect.label() + " DDL on its engine").isEmpty();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(notRun.isEmpty(), String.join("; ", notRun));
    }

    @Test
    void a_postgresql_regex_check_is_left_out_of_mysql_with_a_comment_and_other_checks_are_translated() {
        DesignBuilder d = new DesignBuilder("Checks").target(org.schemaboard.design.TargetDatabase.POSTGRESQL);
        d.entity("tags", EntityKind.LOOKUP, "Tags")
                .col("slug", "VARCHAR").len(40).pk().check("slug ~ '^[a-z0-9-]+$'").and()
                .col("weight", "INTEGER").check("weight BETWEEN 0 AND 10").def("(2 + 3)").and();
        DesignModel checks = d.build();
        String mysql = SpecificationExport.ddl(checks, SqlDialectChoice.MYSQL);
        String postgres = SpecificationExport.ddl(checks, SqlDialectChoice.POSTGRESQL);
        assertThat(mysql).contains("-- tags.slug: CHECK slug ~ '^[a-z0-9-]+$' left out: written for PostgreSQL")
                .contains("CHECK ((weight BETWEEN 0 AND 10))").doesNotContain("CHECK (slug", "CHECK ((slug");
        assertThat(postgres).contains("CHECK ((slug ~ '^[a-z0-9-]+$'))").doesNotContain("left out");
    }
}

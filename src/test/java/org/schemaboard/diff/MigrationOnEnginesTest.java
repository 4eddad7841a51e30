package org.schemaboard.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.schemaboard.diff.TestModels.attribute;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.importing.sql.DdlOnEngines;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/**
 * The migration scripts proved on real engines: v1's DDL then the forward script gives the schema v2's DDL gives in an
 * empty database (tables, columns with type, size and nullability, keys, foreign-key actions, indexes, as the catalog
 * reports them), and the rollback after that gives v1's schema again. H2 always; PostgreSQL and MariaDB when
 * SCHEMABOARD_TEST_PG_URL / SCHEMABOARD_TEST_MARIADB_URL name a server (CI sets both).
 */
class MigrationOnEnginesTest {

    /** v1: the shop, plus a notes table that v2 drops. */
    static DesignModel v1() {
        return TestModels.entities(TestModels.shop(), list -> {
            list.add(TestModels.entity("notes", attribute("notes", 0, "id", "BIGINT", null, false, true, false),
                    attribute("notes", 1, "body", "VARCHAR", 500, true, false, false)));
            return list;
        });
    }

    /**
     * v2: orders renamed to purchases and status to state (VARCHAR(20) → (40)), customers.name made NOT NULL with a
     * default and email no longer unique but phone added unique, the order total dropped, notes dropped, a new
     * shipments table referencing purchases, the customer index replaced, ON DELETE CASCADE → RESTRICT.
     */
    static DesignModel v2() {
        DesignModel m = TestModels.renameEntity(v1(), "orders", "purchases");
        m = TestModels.attribute(m, "purchases", "status", a -> TestModels.typed(TestModels.renamed(a, "state"), "VARCHAR", 40));
        m = TestModels.attribute(m, "customers", "name", a -> TestModels.notNull(a, true, "'unknown'"));
        m = TestModels.attribute(m, "customers", "email", a -> TestModels.unique(a, false));
        m = TestModels.attributes(m, "customers", list -> {
            list.add(attribute("customers", 3, "phone", "VARCHAR", 30, true, false, true));
            return list;
        });
        m = TestModels.attributes(m, "purchases", list -> {
            list.removeIf(a -> a.name().equals("total"));
            return list;
        });
        m = TestModels.entities(m, list -> {
            list.removeIf(e -> e.name().equals("notes"));
            list.add(TestModels.entity("shipments", attribute("shipments", 0, "id", "BIGINT", null, false, true, false),
                    attribute("shipments", 1, "purchase_id", "BIGINT", null, false, false, false)));
            return list;
        });
        m = TestModels.relationships(m, list -> {
            List<Relationship> out = new java.util.ArrayList<>(list.stream()
                    .map(r -> TestModels.onDelete(r, ReferentialAction.RESTRICT)).toList());
            out.add(new Relationship(TestModels.id("rel:ships"), null, TestModels.id("orders"), TestModels.id("shipments"),
                    Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(TestModels.id("orders.id"),
                    TestModels.id("shipments.purchase_id"))), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION,
                    null, false, null, null, 1));
            return out;
        });
        return TestModels.indexes(m, list -> List.of(TestModels.index("idx_purchases_state", "orders", false, "customer_id", "status"),
                TestModels.index("idx_shipments_purchase", "shipments", false, "purchase_id")));
    }

    @ParameterizedTest
    @EnumSource(SqlDialectChoice.class)
    void forward_script_on_v1_gives_v2_and_rollback_gives_v1_again(SqlDialectChoice dialect) throws Exception {
        assumeTrue(DdlOnEngines.available(dialect), DdlOnEngines.unavailableMessage(dialect));
        DesignModel v1 = v1();
        DesignModel v2 = v2();
        MigrationScript script = MigrationScript.of(ModelDiff.compare(v1, v2), dialect);
        String v1Ddl = SpecificationExport.ddl(v1, dialect);
        String v2Ddl = SpecificationExport.ddl(v2, dialect);

        List<String> migrated = DdlOnEngines.schemaAfter(dialect, v1Ddl, script.forward());
        assertThat(migrated).as(script.forward()).isEqualTo(DdlOnEngines.schemaAfter(dialect, v2Ddl));
        List<String> rolledBack = DdlOnEngines.schemaAfter(dialect, v1Ddl, script.forward(), script.rollback());
        assertThat(rolledBack).as(script.rollback()).isEqualTo(DdlOnEngines.schemaAfter(dialect, v1Ddl));
    }

    @ParameterizedTest
    @EnumSource(SqlDialectChoice.class)
    void renames_are_written_as_renames_never_as_drop_and_add(SqlDialectChoice dialect) {
        MigrationScript script = MigrationScript.of(ModelDiff.compare(v1(), v2()), dialect);
        assertThat(script.forward()).containsIgnoringCase("RENAME TO purchases").containsIgnoringCase("state")
                .doesNotContainIgnoringCase("DROP TABLE orders").doesNotContainIgnoringCase("DROP status")
                .doesNotContainIgnoringCase("ADD state");
        assertThat(script.forward().indexOf("CREATE TABLE shipments"))
                .isLessThan(script.forward().indexOf("REFERENCES purchases"));
    }
}

package org.schemaboard.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.diagram.Models;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;

/** The planner's throwaway schema holds the tables the patterns read, not the whole design. */
class PlannerSchemaTest {

    @Test
    void planner_schema_holds_the_tables_the_sql_names_or_the_pattern_links_with_their_indexes_only() {
        DesignModel shop = Models.shop();
        Entity orders = shop.entityNamed("orders").orElseThrow();
        Entity payment = shop.entityNamed("payment").orElseThrow();
        Entity product = shop.entityNamed("product").orElseThrow();
        List<Index> indexes = new ArrayList<>();
        indexes.add(index(orders, "idx_orders_customer", "customer_id"));
        indexes.add(index(product, "idx_product_sku", "sku"));
        DesignModel model = with(shop, indexes, List.of(
                pattern("Orders of a customer", "SELECT o.* FROM public.orders o\nJOIN \"customer\" c ON c.id = "
                        + "o.customer_id WHERE c.email = :email"),
                new QueryPattern(UUID.randomUUID(), "Linked only", null, null, null, null, null,
                        List.of(payment.id()), List.of(), 1)));

        DesignModel touched = PlannerSchema.touched(model);

        assertThat(touched.entities()).extracting(Entity::name).containsExactlyInAnyOrder("orders", "customer",
                "payment");
        assertThat(touched.indexes()).extracting(Index::name).containsExactly("idx_orders_customer");
        assertThat(touched.relationships()).isEmpty();
        assertThat(touched.queryPatterns()).isEmpty();
    }

    @Test
    void coverage_of_a_pattern_is_the_same_whichever_other_tables_the_design_has() {
        DesignModel shop = Models.shop();
        Entity orders = shop.entityNamed("orders").orElseThrow();
        DesignModel model = with(shop, List.of(index(orders, "idx_orders_customer", "customer_id")),
                List.of(pattern("Orders of a customer", "SELECT * FROM orders WHERE customer_id = $1")));

        QueryCoverage.Result result = QueryCoverage.of(model).get(0);

        assertThat(result.describe()).isEqualTo("orders: idx_orders_customer");
    }

    private static Index index(Entity entity, String name, String column) {
        return new Index(UUID.randomUUID(), entity.id(), name, List.of(new Index.IndexColumn(
                entity.attributeNamed(column).orElseThrow().id(), false)), false, null, IndexMethod.BTREE, null,
                "why", List.of(), 1);
    }

    private static QueryPattern pattern(String name, String sql) {
        return new QueryPattern(UUID.randomUUID(), name, null, sql, BigDecimal.ONE, FrequencyUnit.SECOND, 50,
                List.of(), List.of(), 1);
    }

    private static DesignModel with(DesignModel base, List<Index> indexes, List<QueryPattern> patterns) {
        return new DesignModel(base.designId(), base.name(), base.targetDatabase(), base.description(),
                base.entities(), base.relationships(), indexes, patterns);
    }
}

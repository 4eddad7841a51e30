package org.schemaboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.DemoTest;

/**
 * The seeded demo design is the brief's e-commerce example.
 */
@DemoTest
class DemoDesignTest {

    /** Every index of the brief's "Primary Indexes" block. */
    private static final List<String> BRIEF_INDEXES = List.of("idx_users_email", "idx_users_username",
            "idx_users_status_created", "idx_users_last_login", "idx_orders_number", "idx_orders_user_status",
            "idx_orders_status_created", "idx_orders_created_date", "idx_orders_user_date_range");

    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    DemoData demoData;

    DesignModel model;

    @BeforeEach
    void loadTheDemoDesign() {
        model = load();
    }

    @Test
    void the_demo_designs_ddl_runs_on_postgresql_mariadb_and_h2_with_every_table_column_and_foreign_key()
            throws java.sql.SQLException {
        for (org.schemaboard.export.SqlDialectChoice dialect : org.schemaboard.export.SqlDialectChoice.values()) {
            if (!org.schemaboard.importing.sql.DdlOnEngines.available(dialect)) {
                System.out.println("Demo design DDL for " + dialect.label() + " not run: "
                        + org.schemaboard.importing.sql.DdlOnEngines.unavailableMessage(dialect));
                continue;
            }
            assertThat(org.schemaboard.importing.sql.DdlOnEngines.problems(model, dialect))
                    .as("the demo design's " + dialect.label() + " DDL on its engine").isEmpty();
        }
    }

    @Test
    void the_demo_design_holds_the_briefs_eight_entities_each_with_its_kind_purpose_rules_and_lifecycle() {
        assertThat(model.targetDatabase()).isEqualTo(TargetDatabase.POSTGRESQL);
        assertThat(model.entities()).extracting(Entity::name, Entity::kind).containsExactlyInAnyOrder(
                tuple("users", EntityKind.CORE), tuple("orders", EntityKind.CORE),
                tuple("order_items", EntityKind.JUNCTION), tuple("products", EntityKind.CORE),
                tuple("categories", EntityKind.LOOKUP), tuple("reviews", EntityKind.CORE),
                tuple("audit_log", EntityKind.AUDIT), tuple("user_preferences", EntityKind.CORE));
        assertThat(model.entities()).allSatisfy(entity -> {
            assertThat(entity.purpose()).as(entity.name()).isNotBlank();
            assertThat(entity.businessRules()).as(entity.name()).isNotBlank();
            assertThat(entity.lifecycle()).as(entity.name()).isNotBlank();
            assertThat(entity.primaryKey()).as(entity.name()).isNotEmpty();
        });
    }

    @Test
    void users_orders_and_audit_log_have_the_briefs_columns_types_defaults_and_checks() {
        assertThat(entity("users").attributes()).extracting(Attribute::name).containsExactly("id", "email",
                "username", "password_hash", "first_name", "last_name", "phone", "email_verified", "status",
                "created_at", "updated_at", "last_login_at");
        Attribute userStatus = column("users", "status");
        assertThat(userStatus.typeDisplay()).isEqualTo("VARCHAR(20)");
        assertThat(userStatus.defaultValue()).isEqualTo("'active'");
        assertThat(userStatus.checkExpression()).isEqualTo("status IN ('active', 'inactive', 'suspended')");
        assertThat(column("users", "email").unique()).isTrue();
        assertThat(column("users", "id").defaultValue()).isEqualTo("gen_random_uuid()");

        assertThat(entity("orders").attributes()).extracting(Attribute::name).containsExactly("id", "user_id",
                "order_number", "status", "currency", "subtotal", "tax_amount", "shipping_amount", "total_amount",
                "payment_status", "shipping_address", "billing_address", "notes", "created_at", "updated_at",
                "shipped_at", "delivered_at");
        Attribute subtotal = column("orders", "subtotal");
        assertThat(subtotal.typeDisplay()).isEqualTo("DECIMAL(12,2)");
        assertThat(subtotal.nullable()).isFalse();
        assertThat(column("orders", "payment_status").checkExpression())
                .isEqualTo("payment_status IN ('unpaid', 'paid', 'refunded', 'partially_refunded')");
        assertThat(column("orders", "shipping_address").dataType()).isEqualTo("JSONB");

        assertThat(entity("audit_log").attributes()).extracting(Attribute::name).containsExactly("id", "table_name",
                "record_id", "action", "old_values", "new_values", "changed_by", "changed_at", "ip_address",
                "user_agent");
        assertThat(column("audit_log", "action").checkExpression())
                .isEqualTo("action IN ('INSERT', 'UPDATE', 'DELETE')");
        assertThat(column("audit_log", "ip_address").dataType()).isEqualTo("INET");
        assertThat(column("reviews", "rating").checkExpression()).isEqualTo("rating BETWEEN 1 AND 5");
    }

    @Test
    void relationships_follow_the_briefs_erd_with_a_reasoned_delete_action_each() {
        assertThat(model.relationships()).hasSize(8).allSatisfy(r ->
                assertThat(r.rationale()).as(describe(r)).isNotBlank());
        assertThat(model.relationships()).extracting(this::describe).containsExactlyInAnyOrder(
                "users 1:N orders places RESTRICT",
                "orders 1:N order_items contains CASCADE",
                "products 1:N order_items appears in RESTRICT",
                "categories 1:N products categorizes RESTRICT",
                "users 1:N reviews writes CASCADE",
                "products 1:N reviews receives CASCADE",
                "users 1:1 user_preferences has CASCADE",
                "users 1:N audit_log is recorded in SET_NULL");
        Relationship places = model.relationships().stream()
                .filter(r -> r.toEntityId().equals(entity("orders").id())).findFirst().orElseThrow();
        assertThat(places.columns()).containsExactly(new Relationship.ColumnPair(column("users", "id").id(),
                column("orders", "user_id").id()));
    }

    @Test
    void every_index_of_the_brief_is_there_and_every_index_has_a_purpose_and_a_rationale() {
        Map<String, Index> indexes = model.indexes().stream()
                .collect(Collectors.toMap(Index::name, Function.identity()));
        assertThat(indexes).containsKeys(BRIEF_INDEXES.toArray(String[]::new));
        assertThat(model.indexes()).allSatisfy(index -> {
            assertThat(index.purpose()).as(index.name()).isNotBlank();
            assertThat(index.rationale()).as(index.name()).isNotBlank();
        });

        Index activeUsers = indexes.get("idx_users_status_created");
        assertThat(activeUsers.partial()).isTrue();
        assertThat(activeUsers.predicate()).isEqualTo("status = 'active'");
        assertThat(columnNames(activeUsers)).containsExactly("status", "created_at");

        Index dateRange = indexes.get("idx_orders_user_date_range");
        assertThat(columnNames(dateRange)).as("composite").containsExactly("user_id", "created_at");
        assertThat(dateRange.predicate()).isEqualTo("status NOT IN ('cancelled')");

        assertThat(indexes.get("idx_users_last_login").predicate()).isEqualTo("last_login_at IS NOT NULL");
        assertThat(indexes.get("idx_orders_created_date").predicate())
                .isEqualTo("status IN ('confirmed', 'delivered')");
        assertThat(indexes.get("idx_users_email").unique()).isTrue();
        assertThat(indexes.get("idx_users_email").purpose()).isEqualTo("Authentication");
        assertThat(indexes.get("idx_users_email").rationale()).startsWith("Login queries by email");
        assertThat(indexes.get("idx_orders_user_status").partial()).isFalse();
    }

    @Test
    void both_query_patterns_of_the_brief_are_there_with_the_entities_and_indexes_they_rely_on() {
        assertThat(model.queryPatterns()).extracting(QueryPattern::name)
                .containsExactlyInAnyOrder("User dashboard", "Product search");
        assertThat(model.queryPatterns()).allSatisfy(pattern -> {
            assertThat(pattern.frequencyDisplay()).as(pattern.name()).isNotEmpty();
            assertThat(pattern.latencyTargetMs()).as(pattern.name()).isPositive();
        });

        QueryPattern dashboard = pattern("User dashboard");
        assertThat(dashboard.sql()).startsWith("SELECT").contains("WHERE u.status = 'active'")
                .endsWith("GROUP BY u.id, u.first_name, u.last_name, u.email;");
        assertThat(names(dashboard.entityIds())).containsExactlyInAnyOrder("users", "orders");
        assertThat(dashboard.indexIds()).extracting(id -> model.index(id).orElseThrow().name())
                .containsExactlyInAnyOrder("idx_users_status_created", "idx_orders_user_status");
        assertThat(dashboard.indexIds()).allSatisfy(id ->
                assertThat(model.index(id).orElseThrow().queryPatternIds()).contains(dashboard.id()));

        QueryPattern search = pattern("Product search");
        assertThat(search.sql()).contains("LIMIT $7 OFFSET $8;");
        assertThat(names(search.entityIds())).containsExactlyInAnyOrder("products", "categories", "reviews");
        assertThat(search.indexIds()).isNotEmpty();
    }

    @Test
    void starting_again_leaves_the_seeded_design_as_it_is() {
        demoData.run(null);

        assertThat(load()).isEqualTo(model);
        assertThat(currentUser.runAs("alice", designs::listMine)).extracting(DesignSummary::name)
                .containsOnlyOnce(DemoData.DEMO_DESIGN);
    }

    @Autowired
    org.schemaboard.model.nosql.NoSqlService nosql;
    @Autowired
    org.schemaboard.checks.ChecksService checks;

    /** The brief's caching plan as Redis key patterns, each serving a real query pattern or none; no NoSQL finding. */
    @Test
    void the_demo_s_caching_plan_is_its_redis_key_patterns_and_its_search_index_a_mapping() {
        List<org.schemaboard.model.nosql.NoSqlElement> elements = currentUser.runAs("alice",
                () -> nosql.list(model.designId()));
        assertThat(elements).extracting(e -> e.name() + " " + e.spec().kind()).containsExactly(
                "Product cache REDIS_KEY", "Product tags REDIS_KEY", "Shopping cart cache REDIS_KEY",
                "User session cache REDIS_KEY", "products SEARCH_INDEX");
        assertThat(elements).extracting(e -> e.spec() instanceof org.schemaboard.model.nosql.RedisKeyPattern r
                ? r.keyTemplate() + " " + r.ttlSeconds() : "mapping").containsExactly("product:{id} 3600",
                "product_tags:{tag} null", "cart:{user_id} 86400", "session:{uuid} 3600", "mapping");
        java.util.Set<String> patterns = model.queryPatterns().stream().map(QueryPattern::name)
                .collect(Collectors.toSet());
        elements.stream().map(org.schemaboard.model.nosql.NoSqlElement::spec)
                .filter(s -> s instanceof org.schemaboard.model.nosql.RedisKeyPattern r && r.servesQuery() != null)
                .forEach(s -> assertThat(patterns).contains(
                        ((org.schemaboard.model.nosql.RedisKeyPattern) s).servesQuery()));
        assertThat(currentUser.runAs("alice", () -> checks.open(model.designId())))
                .filteredOn(c -> c.rule().startsWith("nosql-")).isEmpty();
    }

    private DesignModel load() {
        return currentUser.runAs("alice", () -> {
            UUID id = designs.listMine().stream().filter(d -> d.name().equals(DemoData.DEMO_DESIGN))
                    .findFirst().orElseThrow().id();
            return models.load(id);
        });
    }

    private Entity entity(String name) {
        return model.entityNamed(name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    private Attribute column(String entity, String column) {
        return entity(entity).attributeNamed(column)
                .orElseThrow(() -> new AssertionError("no column " + entity + "." + column));
    }

    private QueryPattern pattern(String name) {
        return model.queryPatterns().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> columnNames(Index index) {
        Map<UUID, Attribute> attributes = model.attributesById();
        return index.columns().stream().map(c -> attributes.get(c.attributeId()).name()).toList();
    }

    private List<String> names(List<UUID> entityIds) {
        return entityIds.stream().map(model::entityName).toList();
    }

    private String describe(Relationship r) {
        return model.entityName(r.fromEntityId()) + " " + r.cardinality().label() + " "
                + model.entityName(r.toEntityId()) + " " + r.label() + " " + r.onDelete().name();
    }
}

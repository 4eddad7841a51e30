package org.schemaboard.checks;

import org.schemaboard.spec.Check;
import org.schemaboard.spec.ChecklistTicks;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationChecklist;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * The scalability rules (moved here from the spec feature) as pure functions of a hand-built model: orders(id PK,
 * user_id, order_number UNIQUE); the data volume estimates orders, so HASH partitioning has its volume.
 */
class PlanRulesTest {

    final UUID orders = UUID.randomUUID();
    final UUID id = UUID.randomUUID();
    final UUID userId = UUID.randomUUID();
    final UUID orderNumber = UUID.randomUUID();
    final UUID createdAt = UUID.randomUUID();
    final UUID users = UUID.randomUUID();
    final UUID usersId = UUID.randomUUID();
    final UUID dashboard = UUID.randomUUID();

    DesignModel model(TargetDatabase target, boolean orderNumberUnique, Index... indexes) {
        Entity o = new Entity(orders, "orders", EntityKind.CORE, null, null, null, null, 1, List.of(
                attribute(id, orders, 1, "id", true, false),
                attribute(userId, orders, 2, "user_id", false, false),
                attribute(orderNumber, orders, 3, "order_number", false, orderNumberUnique),
                attribute(createdAt, orders, 4, "created_at", false, false)));
        Entity u = new Entity(users, "users", EntityKind.CORE, null, null, null, null, 1, List.of(
                attribute(usersId, users, 1, "id", true, false)));
        QueryPattern q = new QueryPattern(dashboard, "User dashboard", null, "SELECT 1", null, null, null,
                List.of(users, orders), List.of(), 1);
        return new DesignModel(UUID.randomUUID(), "Shop", target, null, List.of(o, u), List.of(), List.of(indexes),
                List.of(q));
    }

    static Attribute attribute(UUID id, UUID entity, int position, String name, boolean pk, boolean unique) {
        return new Attribute(id, entity, position, name, "UUID", null, null, null, !pk, null, pk, unique, false, null, null,
                1);
    }

    Specification spec(SectionContent... sections) {
        Specification spec = Specification.empty(UUID.randomUUID()).with(new DataVolume("1 GB", null, null, null,
                null, List.of(new DataVolume.EntityVolume(orders, 1_000_000L, null, null))));
        for (SectionContent s : sections) {
            spec = spec.with(s);
        }
        return spec;
    }

    /** The findings about the scalability plans. */
    static List<Check> plans(DesignModel model, Specification spec) {
        return DesignChecker.run(model, spec).stream().filter(c -> c.section() != null
                && c.section().group() == SpecSection.Group.SCALABILITY).toList();
    }

    Partitioning hash(List<UUID> key, Integer partitions) {
        return new Partitioning(List.of(new Partitioning.Plan(orders, Partitioning.Strategy.HASH, key, partitions,
                List.of(), null, null)));
    }

    List<String> rules(DesignModel model, SectionContent... sections) {
        return plans(model, spec(sections)).stream().map(Check::rule).toList();
    }

    @Test
    void the_briefs_hash_partitioning_of_orders_by_user_id_breaks_the_postgresql_primary_key_rule() {
        List<Check> checks = plans(model(TargetDatabase.POSTGRESQL, false),
                spec(hash(List.of(userId), 4)));
        assertThat(checks).hasSize(1);
        Check check = checks.get(0);
        assertThat(check.rule()).isEqualTo("partition-key-in-unique");
        assertThat(check.severity()).isEqualTo(Check.Severity.ERROR);
        assertThat(check.entityId()).isEqualTo(orders);
        assertThat(check.message()).isEqualTo("Not allowed on PostgreSQL: the primary key (id) of orders does not "
                + "contain the partition key user_id. Every primary key and unique constraint of a partitioned table "
                + "must contain all partition key columns. Fix: add user_id to it, e.g. primary key (id, user_id), or choose a partition key it "
                + "contains.");
    }

    @Test
    void a_primary_key_that_contains_the_partition_key_passes() {
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), hash(List.of(id), 4))).isEmpty();
    }

    @Test
    void a_partition_key_wider_than_the_primary_key_is_still_flagged() {
        List<Check> checks = plans(model(TargetDatabase.POSTGRESQL, false),
                spec(hash(List.of(id, userId), 4)));
        assertThat(checks).extracting(Check::rule).containsExactly("partition-key-in-unique");
        assertThat(checks.get(0).message()).contains("does not contain user_id of the partition key (id, user_id)");
    }

    @Test
    void every_unique_constraint_and_unique_index_must_contain_the_partition_key() {
        Index unique = new Index(UUID.randomUUID(), orders, "uq_orders_user_created",
                List.of(new Index.IndexColumn(userId, false), new Index.IndexColumn(createdAt, false)), true, null,
                IndexMethod.BTREE, null, null, List.of(), 1);
        List<Check> checks = plans(model(TargetDatabase.POSTGRESQL, true, unique),
                spec(hash(List.of(id), 4)));
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).message()).contains("the unique column order_number (order_number) and unique "
                + "index uq_orders_user_created (user_id, created_at) of orders do not contain the partition key id");
    }

    @Test
    void the_unique_rule_applies_to_mysql_too_but_not_to_databases_without_partitioning() {
        assertThat(rules(model(TargetDatabase.MYSQL, false), hash(List.of(userId), 4)))
                .containsExactly("partition-key-in-unique");
        assertThat(rules(model(TargetDatabase.SQLITE, false), hash(List.of(userId), 4)))
                .containsExactly("partitioning-unsupported");
    }

    @Test
    void hash_partitioning_needs_at_least_two_partitions() {
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), hash(List.of(id), 1)))
                .containsExactly("hash-partition-count");
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), hash(List.of(id), null)))
                .containsExactly("hash-partition-count");
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), hash(List.of(id), 2))).isEmpty();
    }

    @Test
    void a_partition_key_must_be_made_of_the_entitys_own_attributes() {
        List<Check> checks = plans(model(TargetDatabase.POSTGRESQL, false),
                spec(hash(List.of(usersId), 4)));
        assertThat(checks).extracting(Check::rule).contains("key-not-attribute");
        assertThat(checks.get(0).message()).contains("users.id, which is not a column of orders");
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), hash(List.of(UUID.randomUUID()), 4)))
                .contains("key-not-attribute");
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), hash(List.of(), 4)))
                .containsExactly("partition-key-missing");
    }

    @Test
    void range_partitions_need_named_bounds_and_list_takes_one_column_on_postgresql() {
        Partitioning range = new Partitioning(List.of(new Partitioning.Plan(orders, Partitioning.Strategy.RANGE,
                List.of(id), null, List.of(), null, null)));
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), range)).containsExactly("bounds-missing");
        Partitioning list = new Partitioning(List.of(new Partitioning.Plan(orders, Partitioning.Strategy.LIST,
                List.of(id, userId), null, List.of(new Partitioning.Bound("p1", "IN (1)")), null, null)));
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), list)).contains("list-single-column");
    }

    @Test
    void a_plan_for_a_deleted_entity_is_flagged() {
        Partitioning plan = new Partitioning(List.of(new Partitioning.Plan(UUID.randomUUID(),
                Partitioning.Strategy.HASH, List.of(), 4, List.of(), null, null)));
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), plan)).containsExactly("entity-missing");
    }

    @Test
    void a_shard_key_must_be_attributes_of_its_entity() {
        Sharding sharding = new Sharding(4, Sharding.Routing.HASH, List.of(new Sharding.ShardKey(orders,
                List.of(usersId), null)), null, null, null);
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), sharding)).containsExactly("key-not-attribute");
        Sharding fine = new Sharding(4, Sharding.Routing.HASH, List.of(new Sharding.ShardKey(orders,
                List.of(userId), null)), null, null, null);
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), fine)).isEmpty();
    }

    @Test
    void replica_routing_rules_must_point_at_existing_query_patterns() {
        ReadReplicas replicas = new ReadReplicas(List.of(
                new ReadReplicas.Replica("replica-reporting", "Reports", List.of(dashboard), 30, null),
                new ReadReplicas.Replica("replica-search", "Search", List.of(UUID.randomUUID()), 5, null)),
                List.of(), null);
        List<Check> checks = plans(model(TargetDatabase.POSTGRESQL, false),
                spec(replicas));
        assertThat(checks).extracting(Check::rule).containsExactly("routing-pattern-missing");
        assertThat(checks.get(0).subject()).isEqualTo("replica-search");
    }

    @Test
    void a_column_cannot_be_both_hot_and_cold() {
        VerticalPartitioning split = new VerticalPartitioning(List.of(new VerticalPartitioning.Split(orders,
                List.of(id, userId), List.of(userId, orderNumber), null)));
        assertThat(rules(model(TargetDatabase.POSTGRESQL, false), split)).containsExactly("column-in-both-groups");
    }

    @Test
    void checklist_computes_what_the_model_tells_and_keeps_hand_ticks_for_the_rest() {
        DesignModel model = model(TargetDatabase.POSTGRESQL, false);
        List<SpecificationChecklist.Result> before = evaluate(model, spec());
        assertThat(result(before, SpecificationChecklist.Item.SCALABILITY).done()).isFalse();
        assertThat(result(before, SpecificationChecklist.Item.BACKUP).done()).isFalse();

        List<SpecificationChecklist.Result> flagged = evaluate(model,
                spec(hash(List.of(userId), 4), new ChecklistTicks(List.of("backup"))));
        assertThat(result(flagged, SpecificationChecklist.Item.SCALABILITY).evidence()).contains("1 finding");
        assertThat(result(flagged, SpecificationChecklist.Item.BACKUP).done()).isTrue();

        List<SpecificationChecklist.Result> fixed = evaluate(model, spec(hash(List.of(id), 4)));
        assertThat(result(fixed, SpecificationChecklist.Item.SCALABILITY).done()).isTrue();
        assertThat(result(fixed, SpecificationChecklist.Item.QUERY_PATTERNS).evidence())
                .contains("User dashboard");
    }

    @Test
    void an_empty_design_ticks_no_item_for_having_nothing_to_judge() {
        DesignModel empty = new DesignModel(UUID.randomUUID(), "Empty", TargetDatabase.POSTGRESQL, null, List.of(),
                List.of(), List.of(), List.of());
        List<SpecificationChecklist.Result> results = evaluate(empty, Specification.empty(empty.designId()));
        assertThat(result(results, SpecificationChecklist.Item.QUERY_PATTERNS))
                .extracting(SpecificationChecklist.Result::done, SpecificationChecklist.Result::evidence)
                .containsExactly(false, "no query patterns yet");
        assertThat(result(results, SpecificationChecklist.Item.INDEX_RATIONALE))
                .extracting(SpecificationChecklist.Result::done, SpecificationChecklist.Result::evidence)
                .containsExactly(false, "no indexes yet");
        assertThat(result(results, SpecificationChecklist.Item.SCALABILITY))
                .extracting(SpecificationChecklist.Result::done, SpecificationChecklist.Result::evidence)
                .containsExactly(false, "no scalability plan written yet");
    }

    /** The checklist from the engine's findings: the one evaluator. */
    private static List<SpecificationChecklist.Result> evaluate(DesignModel model, Specification spec) {
        return SpecificationChecklist.evaluate(model, spec, DesignChecker.run(model, spec));
    }

    private static SpecificationChecklist.Result result(List<SpecificationChecklist.Result> all,
                                                        SpecificationChecklist.Item item) {
        return new ArrayList<>(all).stream().filter(r -> r.item() == item).findFirst().orElseThrow();
    }
}

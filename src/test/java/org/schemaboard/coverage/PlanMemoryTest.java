package org.schemaboard.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.schemaboard.diagram.Models;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;

/**
 * Coverage after an edit plans only the patterns whose tables changed, and its results are those of planning every
 * pattern from nothing, through every kind of edit (a generated design of 300 tables and 120 patterns).
 */
class PlanMemoryTest {

    @Test
    void after_each_edit_the_results_equal_a_run_from_nothing_and_only_the_patterns_of_the_edited_table_are_planned() {
        DesignModel model = generated();
        PlanMemory.Plans memory = new PlanMemory(4).of(model.designId());

        assertThat(QueryCoverage.of(model, memory)).isEqualTo(QueryCoverage.of(model));
        assertThat(memory.lastPlanned()).isEqualTo(model.queryPatterns().size());
        assertThat(QueryCoverage.of(model, memory)).isEqualTo(QueryCoverage.of(model));
        assertThat(memory.lastPlanned()).isZero();

        // a column added to a table one pattern reads: that table's patterns are planned again, no other
        QueryPattern first = model.queryPatterns().get(0);
        UUID read = first.entityIds().get(1);
        long reading = model.queryPatterns().stream().filter(q -> q.entityIds().contains(read)).count();
        int all = model.queryPatterns().size();
        model = step(model, memory, m -> withEntity(m, read, e -> addColumn(e, "added")));
        assertThat(memory.lastPlanned()).isEqualTo((int) reading).isLessThan(all / 4);

        // an index a plan used is dropped; another is added; a table nobody reads changes
        model = step(model, memory, m -> new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(),
                m.entities(), m.relationships(), m.indexes().subList(1, m.indexes().size()), m.queryPatterns()));
        Entity some = model.entities().get(7);
        model = step(model, memory, m -> withIndexes(m, index(some, "idx_new_" + some.name(),
                some.attributes().get(1))));
        List<QueryPattern> patterns = model.queryPatterns();
        UUID unread = model.entities().stream().map(Entity::id)
                .filter(id -> patterns.stream().noneMatch(q -> q.entityIds().contains(id)))
                .findFirst().orElseThrow();
        model = step(model, memory, m -> withEntity(m, unread, e -> addColumn(e, "unread")));
        assertThat(memory.lastPlanned()).isZero();

        // SQL changed, a pattern removed, one that does not parse and one without SQL added
        model = step(model, memory, m -> withPatterns(m, m.queryPatterns().subList(1, m.queryPatterns().size()),
                pattern("Broken", "SELECT FROM WHERE", List.of()), pattern("Unwritten", null, List.of(read))));
        assertThat(memory.lastPlanned()).isEqualTo(2);
        QueryPattern second = model.queryPatterns().get(0);
        step(model, memory, m -> withPatterns(m.queryPatterns().subList(1, m.queryPatterns().size()), m,
                new QueryPattern(second.id(), second.name(), null, second.sql() + " ORDER BY 1", second.frequency(),
                        second.frequencyUnit(), 50, second.entityIds(), second.indexIds(), 2)));
        assertThat(memory.lastPlanned()).isEqualTo(1);
    }

    @Test
    void a_design_whose_names_clash_in_the_ddl_is_planned_whole_each_time_with_the_same_results() {
        DesignModel model = generated();
        Entity e = model.entities().get(3);
        // the DDL's primary key of e is called pk_<e>: an index of that name makes the DDL rename one of them
        DesignModel clashing = withIndexes(model, index(model.entities().get(4), "pk_" + e.name(),
                model.entities().get(4).attributes().get(0)));
        PlanMemory.Plans memory = new PlanMemory(4).of(model.designId());

        assertThat(PlannerSchema.namesApart(model, model.entities())).isTrue();
        assertThat(PlannerSchema.namesApart(clashing, clashing.entities())).isFalse();
        assertThat(QueryCoverage.of(clashing, memory)).isEqualTo(QueryCoverage.of(clashing));
        assertThat(QueryCoverage.of(clashing, memory)).isEqualTo(QueryCoverage.of(clashing));
        assertThat(memory.lastPlanned()).isEqualTo(clashing.queryPatterns().size());
    }

    @Test
    void generated_constraint_names_count_only_for_the_columns_that_get_one() {
        Entity orderItem = table("order_item", "x", false);
        Entity order = table("order", "item_x", false);
        DesignModel plain = new DesignModel(UUID.randomUUID(), "d", null, null, List.of(orderItem, order), List.of(),
                List.of(), List.of());
        assertThat(PlannerSchema.namesApart(plain, plain.entities())).isTrue();
        // both unique: the DDL would name both constraints uq_order_item_x, the second with a suffix
        DesignModel unique = new DesignModel(plain.designId(), "d", null, null,
                List.of(table("order_item", "x", true), table("order", "item_x", true)), List.of(), List.of(),
                List.of());
        assertThat(PlannerSchema.namesApart(unique, unique.entities())).isFalse();
        // an index named as a unique column's constraint of another table
        DesignModel index = new DesignModel(plain.designId(), "d", null, null,
                List.of(table("order_item", "x", true), order), List.of(), List.of(index(order, "uq_order_item_x",
                order.attributes().get(0))), List.of());
        assertThat(PlannerSchema.namesApart(index, index.entities())).isFalse();
        // the same index on the column's own table: the key is uq_order_item_x_2 whatever else is built
        Entity unique2 = table("order_item", "x", true);
        DesignModel own = new DesignModel(plain.designId(), "d", null, null, List.of(unique2, order), List.of(),
                List.of(index(unique2, "uq_order_item_x", unique2.attributes().get(1))), List.of());
        assertThat(PlannerSchema.namesApart(own, own.entities())).isTrue();
    }

    private static Entity table(String name, String column, boolean unique) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Entity(id, name, org.schemaboard.model.entity.EntityKind.CORE, null, null, null, null, 1, List.of(
                new Attribute(UUID.randomUUID(), id, 1, "id", "UUID", null, null, null, false, null, true, false,
                        false, null, null, 1),
                new Attribute(UUID.randomUUID(), id, 2, column, "TEXT", null, null, null, true, null, false, unique,
                        false, null, null, 1)));
    }

    @Test
    void the_service_plans_an_edited_design_as_a_run_from_nothing_would() {
        DesignModel model = generated();
        CoverageService service = new CoverageService("");
        assertThat(service.findings(model)).isEqualTo(new CoverageService("").findings(model));
        DesignModel edited = withEntity(model, model.queryPatterns().get(3).entityIds().get(0),
                e -> addColumn(e, "x"));
        assertThat(service.findings(edited)).isEqualTo(new CoverageService("").findings(edited))
                .isNotEmpty();
        assertThat(QueryCoverage.of(model)).filteredOn(r -> r.problem() == null)
                .hasSizeGreaterThan(model.queryPatterns().size() * 9 / 10);
    }

    private static DesignModel step(DesignModel model, PlanMemory.Plans memory, UnaryOperator<DesignModel> edit) {
        DesignModel edited = edit.apply(model);
        assertThat(QueryCoverage.of(edited, memory)).isEqualTo(QueryCoverage.of(edited));
        return edited;
    }

    /** 300 tables; a pattern per related pair (120), most with an index on the join column, some linked to it. */
    private static DesignModel generated() {
        DesignModel base = Models.large(300);
        Random random = new Random(7);
        List<Index> indexes = new ArrayList<>();
        List<QueryPattern> patterns = new ArrayList<>();
        for (Relationship r : base.relationships()) {
            if (r.columns().isEmpty() || patterns.size() == 120) {
                continue;
            }
            Entity child = base.entity(r.toEntityId()).orElseThrow();
            Attribute column = child.attribute(r.columns().get(0).toAttributeId()).orElseThrow();
            UUID patternId = UUID.randomUUID();
            List<UUID> serves = List.of();
            if (random.nextInt(4) != 0) {
                Index index = index(child, "idx_" + patterns.size() + "_" + child.name(), column);
                // every third link is wrong: the index sits on another column, so the plan cannot use it
                if (random.nextInt(3) == 0) {
                    index = index(child, index.name(), child.attributes().get(child.attributes().size() - 1));
                }
                indexes.add(new Index(index.id(), index.entityId(), index.name(), index.columns(), false, null,
                        IndexMethod.BTREE, null, "join", List.of(patternId), 1));
                serves = List.of(index.id());
            }
            Entity from = base.entity(r.fromEntityId()).orElseThrow();
            String parent = from.name();
            String key = from.attribute(r.columns().get(0).fromAttributeId()).orElseThrow().name();
            patterns.add(new QueryPattern(patternId, "Children of " + parent + " " + patterns.size(), null,
                    "SELECT c.* FROM " + child.name() + " c JOIN " + parent + " p ON p." + key + " = c."
                            + column.name() + " WHERE c." + column.name() + " = :key", BigDecimal.ONE,
                    FrequencyUnit.SECOND, 50, List.of(r.fromEntityId(), r.toEntityId()), serves, 1));
        }
        return new DesignModel(base.designId(), base.name(), base.targetDatabase(), base.description(),
                base.entities(), base.relationships(), indexes, patterns);
    }

    private static Index index(Entity entity, String name, Attribute column) {
        return new Index(UUID.randomUUID(), entity.id(), name, List.of(new Index.IndexColumn(column.id(), false)),
                false, null, IndexMethod.BTREE, null, "why", List.of(), 1);
    }

    private static QueryPattern pattern(String name, String sql, List<UUID> entities) {
        return new QueryPattern(UUID.randomUUID(), name, null, sql, BigDecimal.ONE, FrequencyUnit.SECOND, 50,
                entities, List.of(), 1);
    }

    private static Entity addColumn(Entity e, String name) {
        List<Attribute> attributes = new ArrayList<>(e.attributes());
        attributes.add(new Attribute(UUID.randomUUID(), e.id(), attributes.size() + 1, name, "VARCHAR", 40, null,
                null, true, null, false, false, false, null, null, 1));
        return new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(), e.notes(),
                e.version() + 1, attributes);
    }

    private static DesignModel withEntity(DesignModel m, UUID id, UnaryOperator<Entity> edit) {
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(),
                m.entities().stream().map(e -> e.id().equals(id) ? edit.apply(e) : e).toList(), m.relationships(),
                m.indexes(), m.queryPatterns());
    }

    private static DesignModel withIndexes(DesignModel m, Index added) {
        List<Index> indexes = new ArrayList<>(m.indexes());
        indexes.add(added);
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(), m.entities(),
                m.relationships(), indexes, m.queryPatterns());
    }

    private static DesignModel withPatterns(DesignModel m, List<QueryPattern> kept, QueryPattern... added) {
        List<QueryPattern> patterns = new ArrayList<>(kept);
        patterns.addAll(List.of(added));
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(), m.entities(),
                m.relationships(), m.indexes(), patterns);
    }

    private static DesignModel withPatterns(List<QueryPattern> kept, DesignModel m, QueryPattern changed) {
        List<QueryPattern> patterns = new ArrayList<>(List.of(changed));
        patterns.addAll(kept);
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(), m.entities(),
                m.relationships(), m.indexes(), patterns);
    }
}

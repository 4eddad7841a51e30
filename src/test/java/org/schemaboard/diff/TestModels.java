package org.schemaboard.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/**
 * Small designs for the diff tests, built as records with ids derived from names ({@link #id}), and edits that return
 * a new model keeping every id (as the editor does).
 */
final class TestModels {

    private TestModels() {
    }

    static UUID id(String what) {
        return UUID.nameUUIDFromBytes(what.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Attribute attribute(String entity, int position, String name, String type, Integer length, boolean nullable,
                               boolean pk, boolean unique) {
        return new Attribute(id(entity + "." + name), id(entity), position, name, type, length, null, null, nullable,
                null, pk, unique, false, null, null, 1);
    }

    static Entity entity(String name, Attribute... attributes) {
        return new Entity(id(name), name, EntityKind.CORE, "The " + name, null, null, null, 1, List.of(attributes));
    }

    /** customers 1:N orders (ON DELETE CASCADE), an index on orders.customer_id and a query pattern using it. */
    static DesignModel shop() {
        Entity customers = entity("customers",
                attribute("customers", 0, "id", "BIGINT", null, false, true, false),
                attribute("customers", 1, "email", "VARCHAR", 255, false, false, true),
                attribute("customers", 2, "name", "VARCHAR", 100, true, false, false));
        Entity orders = entity("orders",
                attribute("orders", 0, "id", "BIGINT", null, false, true, false),
                attribute("orders", 1, "customer_id", "BIGINT", null, false, false, false),
                new Attribute(id("orders.total"), id("orders"), 2, "total", "DECIMAL", null, 12, 2, false, "0", false,
                        false, false, "total >= 0", null, 1),
                attribute("orders", 3, "status", "VARCHAR", 20, true, false, false));
        Relationship places = new Relationship(id("rel:places"), null, customers.id(), orders.id(),
                Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(id("customers.id"), id("orders.customer_id"))),
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, "places", false, null, null, 1);
        Index byCustomer = new Index(id("idx:idx_orders_customer"), orders.id(), "idx_orders_customer",
                List.of(new Index.IndexColumn(id("orders.customer_id"), false)), false, null, IndexMethod.BTREE,
                "Orders of a customer", null, List.of(id("qp:orders")), 1);
        QueryPattern pattern = new QueryPattern(id("qp:orders"), "Orders of a customer", null,
                "SELECT * FROM orders WHERE customer_id = ?", new BigDecimal("50"), FrequencyUnit.values()[0], 20,
                List.of(orders.id()), List.of(byCustomer.id()), 1);
        return new DesignModel(id("design"), "Shop", TargetDatabase.POSTGRESQL, null, List.of(customers, orders),
                List.of(places), List.of(byCustomer), List.of(pattern));
    }

    static DesignModel entities(DesignModel m, UnaryOperator<List<Entity>> edit) {
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(),
                edit.apply(new ArrayList<>(m.entities())), m.relationships(), m.indexes(), m.queryPatterns());
    }

    static DesignModel entity(DesignModel m, String name, UnaryOperator<Entity> edit) {
        return entities(m, list -> list.stream().map(e -> e.name().equals(name) ? edit.apply(e) : e).toList());
    }

    static DesignModel attributes(DesignModel m, String entity, UnaryOperator<List<Attribute>> edit) {
        return entity(m, entity, e -> new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(),
                e.lifecycle(), e.notes(), e.version(), edit.apply(new ArrayList<>(e.attributes()))));
    }

    static DesignModel attribute(DesignModel m, String entity, String name, UnaryOperator<Attribute> edit) {
        return attributes(m, entity, list -> list.stream().map(a -> a.name().equals(name) ? edit.apply(a) : a).toList());
    }

    static DesignModel renameEntity(DesignModel m, String name, String newName) {
        return entity(m, name, e -> new Entity(e.id(), newName, e.kind(), e.purpose(), e.businessRules(), e.lifecycle(),
                e.notes(), e.version(), e.attributes()));
    }

    static Attribute renamed(Attribute a, String name) {
        return new Attribute(a.id(), a.entityId(), a.position(), name, a.dataType(), a.length(), a.precision(),
                a.scale(), a.nullable(), a.defaultValue(), a.primaryKey(), a.unique(), a.autoIncrement(),
                a.checkExpression(), a.description(), a.version());
    }

    static Attribute typed(Attribute a, String type, Integer length) {
        return new Attribute(a.id(), a.entityId(), a.position(), a.name(), type, length, a.precision(), a.scale(),
                a.nullable(), a.defaultValue(), a.primaryKey(), a.unique(), a.autoIncrement(), a.checkExpression(), a.description(),
                a.version());
    }

    static Attribute notNull(Attribute a, boolean notNull, String defaultValue) {
        return new Attribute(a.id(), a.entityId(), a.position(), a.name(), a.dataType(), a.length(), a.precision(),
                a.scale(), !notNull, defaultValue, a.primaryKey(), a.unique(), a.autoIncrement(), a.checkExpression(), a.description(),
                a.version());
    }

    static Attribute unique(Attribute a, boolean unique) {
        return new Attribute(a.id(), a.entityId(), a.position(), a.name(), a.dataType(), a.length(), a.precision(),
                a.scale(), a.nullable(), a.defaultValue(), a.primaryKey(), unique, a.autoIncrement(), a.checkExpression(),
                a.description(), a.version());
    }

    static DesignModel relationships(DesignModel m, UnaryOperator<List<Relationship>> edit) {
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(), m.entities(),
                edit.apply(new ArrayList<>(m.relationships())), m.indexes(), m.queryPatterns());
    }

    static DesignModel indexes(DesignModel m, UnaryOperator<List<Index>> edit) {
        return new DesignModel(m.designId(), m.name(), m.targetDatabase(), m.description(), m.entities(),
                m.relationships(), edit.apply(new ArrayList<>(m.indexes())), m.queryPatterns());
    }

    static Relationship onDelete(Relationship r, ReferentialAction action) {
        return new Relationship(r.id(), r.name(), r.fromEntityId(), r.toEntityId(), r.cardinality(), r.columns(),
                action, r.onUpdate(), r.label(), r.identifying(), r.rationale(), r.junctionEntityId(), r.version());
    }

    static Index index(String name, String entity, boolean unique, String... columns) {
        return new Index(id("idx:" + name), id(entity), name, java.util.Arrays.stream(columns)
                .map(c -> new Index.IndexColumn(id(entity + "." + c), false)).toList(), unique, null,
                IndexMethod.BTREE, null, null, List.of(), 1);
    }

    /** The same model with every id replaced, as a file read by name would give it. */
    static DesignModel freshIds(DesignModel m) {
        String json = org.schemaboard.export.DesignJson.write(m);
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(json);
        java.util.Map<String, String> fresh = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, fresh.computeIfAbsent(matcher.group(), k -> UUID.randomUUID().toString()));
        }
        matcher.appendTail(out);
        return org.schemaboard.export.DesignJson.read(out.toString());
    }
}

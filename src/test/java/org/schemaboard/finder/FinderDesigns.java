package org.schemaboard.finder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/** Designs for the finder's tests and benchmark, built in memory. */
public final class FinderDesigns {

    private FinderDesigns() {
    }

    public static Entity entity(String name, String... attributes) {
        UUID id = UUID.randomUUID();
        List<Attribute> list = new ArrayList<>();
        for (int i = 0; i < attributes.length; i++) {
            list.add(new Attribute(UUID.randomUUID(), id, i + 1, attributes[i], "bigint", null, null, null, i > 0,
                    null, i == 0, false, false, null, null, 1));
        }
        return new Entity(id, name, EntityKind.CORE, null, null, null, null, 1, list);
    }

    public static Index index(String name, Entity on) {
        return new Index(UUID.randomUUID(), on.id(), name, List.of(new Index.IndexColumn(on.attributes().get(0).id(),
                false)), false, null, IndexMethod.BTREE, null, null, List.of(), 1);
    }

    public static Relationship relationship(String name, Entity from, Entity to) {
        return new Relationship(UUID.randomUUID(), name, from.id(), to.id(), Cardinality.ONE_TO_MANY, List.of(),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null, false, null, null, 1);
    }

    public static QueryPattern query(String name) {
        return new QueryPattern(UUID.randomUUID(), name, null, null, null, null, null, List.of(), List.of(), 1);
    }

    public static DesignModel model(List<Entity> entities, List<Relationship> relationships, List<Index> indexes,
                                    List<QueryPattern> queries) {
        return new DesignModel(UUID.randomUUID(), "Finder", TargetDatabase.POSTGRESQL, null, entities, relationships,
                indexes, queries);
    }

    /** {@code tables} tables of 20 attributes, one relationship and two indexes each, 500 query patterns. */
    public static DesignModel large(int tables) {
        String[] words = {"customer", "order", "invoice", "product", "shipment", "payment", "account", "address",
                "warehouse", "supplier", "ledger", "session", "event", "review", "coupon", "refund"};
        List<Entity> entities = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            String name = words[t % words.length] + "_" + words[(t / words.length) % words.length] + "_" + t;
            String[] attributes = new String[20];
            attributes[0] = "id";
            for (int a = 1; a < 20; a++) {
                attributes[a] = words[(t + a) % words.length] + (a % 3 == 0 ? "_id" : "_note_" + a);
            }
            entities.add(entity(name, attributes));
        }
        List<Relationship> relationships = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            Entity e = entities.get(t);
            relationships.add(relationship("fk_" + e.name(), e, entities.get((t + 1) % tables)));
            indexes.add(index("ix_" + e.name() + "_id", e));
            indexes.add(index("ix_" + e.name() + "_note", e));
        }
        List<QueryPattern> queries = new ArrayList<>();
        for (int q = 0; q < 500; q++) {
            queries.add(query("Find " + words[q % words.length] + " by " + words[(q + 3) % words.length] + " " + q));
        }
        return model(entities, relationships, indexes, queries);
    }
}

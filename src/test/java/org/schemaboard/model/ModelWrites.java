package org.schemaboard.model;

import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.TestData;

/**
 * Every write of the model's services, each ready to run against a {@link TestData.Sample} at version 1. A plain
 * object rather than a bean, so the tests that use it run in the one context all service tests share.
 */
class ModelWrites {

    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService patterns;

    ModelWrites(EntityService entities, RelationshipService relationships, IndexService indexes,
                QueryPatternService patterns) {
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
        this.patterns = patterns;
    }

    /** Name of the write → the write. */
    Map<String, Runnable> all(UUID design, TestData.Sample s) {
        Map<String, Runnable> writes = new LinkedHashMap<>();
        writes.put("create entity", () -> entities.createEntity(design, EntityDraft.named("carts", EntityKind.CORE)));
        writes.put("update entity", () -> entities.updateEntity(s.users(), 1,
                EntityDraft.named("customers", EntityKind.CORE)));
        writes.put("delete entity", () -> entities.deleteEntity(s.orders(), 1));
        writes.put("add attribute", () -> entities.addAttribute(s.users(), AttributeDraft.of("phone", "TEXT")));
        writes.put("update attribute", () -> entities.updateAttribute(s.email(), 1,
                AttributeDraft.of("mail", "TEXT")));
        writes.put("move attribute", () -> entities.moveAttribute(s.nickname(), 0));
        writes.put("delete attribute", () -> entities.deleteAttribute(s.nickname(), 1));
        writes.put("create relationship", () -> relationships.create(design, new RelationshipDraft(s.users(),
                s.orders(), Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(s.userId(),
                s.orderUserId())), ReferentialAction.CASCADE, null, null, false, null, null, null, null)));
        writes.put("update relationship", () -> relationships.update(s.relationship(), 1, new RelationshipDraft(
                s.users(), s.orders(), Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(s.userId(),
                s.orderUserId())), ReferentialAction.CASCADE, null, "buys", false, null, null, null, null)));
        writes.put("delete relationship", () -> relationships.delete(s.relationship(), 1));
        writes.put("create index", () -> indexes.create(design, new IndexDraft(s.orders(), "idx_orders_user",
                List.of(new Index.IndexColumn(s.orderUserId(), false)), false, false, null, null, null, null, null)));
        writes.put("update index", () -> indexes.update(s.index(), 1, new IndexDraft(s.users(), "idx_users_mail",
                List.of(new Index.IndexColumn(s.email(), false)), false, false, null, null, null, null, null)));
        writes.put("delete index", () -> indexes.delete(s.index(), 1));
        writes.put("create query pattern", () -> patterns.create(design, new QueryPatternDraft("Checkout", null, null,
                null, null, null, null, null)));
        writes.put("update query pattern", () -> patterns.update(s.pattern(), 1, new QueryPatternDraft("Log-in",
                null, null, null, null, null, null, null)));
        writes.put("delete query pattern", () -> patterns.delete(s.pattern(), 1));
        return writes;
    }
}

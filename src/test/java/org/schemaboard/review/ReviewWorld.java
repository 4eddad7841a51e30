package org.schemaboard.review;

import java.util.List;
import java.util.UUID;
import org.schemaboard.TestData;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;

/**
 * Test data for review tests: five people (made once, as hashing passwords is slow) and designs owned by {@link #owner}
 * with an editor, a reviewer and a viewer; {@link #outsider} is no member.
 */
final class ReviewWorld {

    private static String[] people;

    final String owner;
    final String editor;
    final String reviewer;
    final String viewer;
    final String outsider;
    /** An account that is no member yet: for "add a member". */
    final String extra;
    final TestData data;
    private final DesignService designs;
    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService patterns;

    /** users(id, email, nickname) 1:N orders(id, user_id), idx_users_email, the query pattern "Sign-in". */
    record Sample(UUID design, UUID users, UUID userId, UUID email, UUID nickname, UUID orders, UUID orderUserId,
                  UUID relationship, UUID index, UUID pattern) {
    }

    ReviewWorld(TestData data, DesignService designs, EntityService entities, RelationshipService relationships,
                IndexService indexes, QueryPatternService patterns) {
        this.data = data;
        this.designs = designs;
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
        this.patterns = patterns;
        synchronized (ReviewWorld.class) {
            if (people == null) {
                people = new String[] {data.account("rv-owner"), data.account("rv-editor"),
                        data.account("rv-reviewer"), data.account("rv-viewer"), data.account("rv-outsider")};
            }
        }
        owner = people[0];
        editor = people[1];
        reviewer = people[2];
        viewer = people[3];
        outsider = people[4];
        extra = data.account("rv-extra");
    }

    UUID design() {
        UUID design = data.design(owner, TestData.designName("Review test"));
        data.as(owner, () -> {
            designs.setMember(design, editor, DesignRole.EDITOR);
            designs.setMember(design, reviewer, DesignRole.REVIEWER);
            designs.setMember(design, viewer, DesignRole.VIEWER);
        });
        return design;
    }

    Sample sample() {
        UUID design = design();
        return data.as(owner, () -> {
            UUID users = entities.createEntity(design, EntityDraft.named("users", EntityKind.CORE));
            UUID userId = entities.addAttribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
            UUID email = entities.addAttribute(users, AttributeDraft.of("email", "VARCHAR").withLength(255));
            UUID nickname = entities.addAttribute(users, AttributeDraft.of("nickname", "TEXT"));
            UUID orders = entities.createEntity(design, EntityDraft.named("orders", EntityKind.CORE));
            entities.addAttribute(orders, AttributeDraft.of("id", "UUID").asPrimaryKey());
            UUID orderUserId = entities.addAttribute(orders, AttributeDraft.of("user_id", "UUID").notNull());
            UUID relationship = relationships.create(design, new RelationshipDraft(users, orders,
                    Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(userId, orderUserId)),
                    ReferentialAction.RESTRICT, null, "places", false, null, null, null, null));
            UUID index = indexes.create(design, new IndexDraft(users, "idx_users_email",
                    List.of(new Index.IndexColumn(email, false)), true, false, null, null, "Sign-in", null, null));
            UUID pattern = patterns.create(design, new QueryPatternDraft("Sign-in", null,
                    "SELECT * FROM users WHERE email = $1", null, null, null, List.of(users), List.of(index)));
            return new Sample(design, users, userId, email, nickname, orders, orderUserId, relationship, index,
                    pattern);
        });
    }
}

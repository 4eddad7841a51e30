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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.test.context.TestComponent;

/**
 * Test data for model tests: one account per design role (made once per context, since hashing passwords is slow) and
 * a fresh design per test, owned by {@link #OWNER} and shared with the other roles.
 */
@TestComponent
class ModelFixture {

    static final String OWNER = "model-owner";
    static final String EDITOR = "model-editor";
    static final String REVIEWER = "model-reviewer";
    static final String VIEWER = "model-viewer";
    /** Has an account but is no member of the test designs. */
    static final String OUTSIDER = "model-outsider";

    private static final AtomicInteger designCount = new AtomicInteger();

    private final AccountService accounts;
    private final DesignService designs;
    private final CurrentUser currentUser;
    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService patterns;

    ModelFixture(AccountService accounts, DesignService designs, CurrentUser currentUser, EntityService entities,
                 RelationshipService relationships, IndexService indexes, QueryPatternService patterns) {
        this.accounts = accounts;
        this.designs = designs;
        this.currentUser = currentUser;
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
        this.patterns = patterns;
    }

    /**
     * One element of each kind, all at version 1: users(id, email, nickname) 1:N orders(id, user_id),
     * idx_users_email on users(email), and the query pattern "Sign-in" relying on it. Only nickname is used by no
     * relationship or index, so only it can be deleted.
     */
    record Sample(UUID users, UUID userId, UUID email, UUID nickname, UUID orders, UUID orderUserId,
                  UUID relationship, UUID index, UUID pattern) {
    }

    /** Builds the {@link Sample} in the design, as its owner. */
    Sample sample(UUID design) {
        return as(OWNER, () -> {
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
            return new Sample(users, userId, email, nickname, orders, orderUserId, relationship, index, pattern);
        });
    }

    /** A new design for {@code target} with the owner, an editor, a reviewer and a viewer. */
    UUID newDesign(TargetDatabase target) {
        createAccountsOnce();
        return as(OWNER, () -> {
            UUID design = designs.create(new DesignDraft("Model test " + designCount.incrementAndGet(), target, null));
            designs.setMember(design, EDITOR, DesignRole.EDITOR);
            designs.setMember(design, REVIEWER, DesignRole.REVIEWER);
            designs.setMember(design, VIEWER, DesignRole.VIEWER);
            return design;
        });
    }

    UUID newDesign() {
        return newDesign(TargetDatabase.POSTGRESQL);
    }

    <T> T as(String username, Supplier<T> work) {
        return currentUser.runAs(username, work);
    }

    void as(String username, Runnable work) {
        currentUser.runAs(username, () -> {
            work.run();
            return null;
        });
    }

    private synchronized void createAccountsOnce() {
        if (accounts.findByUsername(OWNER).isPresent()) {
            return;
        }
        for (String username : List.of(OWNER, EDITOR, REVIEWER, VIEWER, OUTSIDER)) {
            accounts.createAccount("system", username, displayName(username), null, "secret-" + username, false,
                    false);
        }
    }

    /** "model-editor" → "Model Editor". */
    static String displayName(String username) {
        String role = username.substring("model-".length());
        return "Model " + Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}

package org.schemaboard;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
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
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.spec.SelfCritique;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationService;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The one fixture of the service tests: accounts, designs and a sample model, with names unique within the database
 * all {@link ServiceTest}s share.
 *
 * <ul>
 *   <li>A team: one account per design role ({@link #OWNER}, {@link #EDITOR}, {@link #REVIEWER}, {@link #VIEWER}) and
 *   an {@link #OUTSIDER} who is no member, made once per database since hashing passwords is slow;
 *   {@link #newDesign()} gives a fresh design owned by the owner and shared with the others in their roles.</li>
 *   <li>{@link #sample(UUID)}: one element of each kind in a design.</li>
 *   <li>Accounts and designs of a test's own ({@link #account}, {@link #design}) when the team does not fit.</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestData {

    public static final String OWNER = "team-owner";
    public static final String EDITOR = "team-editor";
    public static final String REVIEWER = "team-reviewer";
    public static final String VIEWER = "team-viewer";
    /** Has an account but is no member of the team's designs. */
    public static final String OUTSIDER = "team-outsider";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final DesignService designs;
    private final CurrentUser currentUser;
    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService patterns;
    private final SpecificationService specifications;

    TestData(AccountService accounts, DesignService designs, CurrentUser currentUser, EntityService entities,
             RelationshipService relationships, IndexService indexes, QueryPatternService patterns,
             SpecificationService specifications) {
        this.specifications = specifications;
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
    public record Sample(UUID users, UUID userId, UUID email, UUID nickname, UUID orders, UUID orderUserId,
                         UUID relationship, UUID index, UUID pattern) {
    }

    /** Builds the {@link Sample} in the design, as the team's owner. */
    public Sample sample(UUID design) {
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

    /** A self-critique with all seven parts written, which a review request needs. */
    public static final SelfCritique CRITIQUE = new SelfCritique("Orders keep a copy of the total on purpose.",
            "Every index serves a query pattern.", "PostgreSQL fits the relational core.",
            "Migrations are additive; rollbacks are tested on staging.", "The indexes follow the query patterns.",
            "Model the query patterns first.", "Security: encrypt e-mail addresses at rest.");

    /** Writes {@link #CRITIQUE} into the design as {@code author} (an owner or editor of it), before a review request. */
    public void selfCritique(UUID design, String author) {
        as(author, () -> {
            int version = specifications.load(design).version(SpecSection.SELF_CRITIQUE);
            specifications.save(design, version, CRITIQUE);
        });
    }

    /** A new design of the team for {@code target}: the owner's, with the editor, reviewer and viewer as members. */
    public UUID newDesign(TargetDatabase target) {
        createTeamOnce();
        return as(OWNER, () -> {
            UUID design = designs.create(new DesignDraft(designName("Team design"), target, null));
            designs.setMember(design, EDITOR, DesignRole.EDITOR);
            designs.setMember(design, REVIEWER, DesignRole.REVIEWER);
            designs.setMember(design, VIEWER, DesignRole.VIEWER);
            return design;
        });
    }

    /** {@link #newDesign(TargetDatabase)} for PostgreSQL. */
    public UUID newDesign() {
        return newDesign(TargetDatabase.POSTGRESQL);
    }

    /** A new account (not an administrator) whose display name is "Display &lt;username&gt;"; returns its username. */
    public String account(String prefix) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet();
        accounts.createAccount("test", username, displayName(username), null, "secret-password", false, false);
        return username;
    }

    /** The display name of every account made here, the team's included. */
    public static String displayName(String username) {
        return "Display " + username;
    }

    /** A design name no other test uses. */
    public static String designName(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    /** A design created by {@code owner}, with no other members. */
    public UUID design(String owner, String name) {
        return currentUser.runAs(owner, () -> designs.create(new DesignDraft(name, TargetDatabase.POSTGRESQL, null)));
    }

    public <T> T as(String username, Supplier<T> work) {
        return currentUser.runAs(username, work);
    }

    public void as(String username, Runnable work) {
        currentUser.runAs(username, () -> {
            work.run();
            return null;
        });
    }

    private synchronized void createTeamOnce() {
        if (accounts.findByUsername(OWNER).isPresent()) {
            return;
        }
        for (String username : List.of(OWNER, EDITOR, REVIEWER, VIEWER, OUTSIDER)) {
            accounts.createAccount("test", username, displayName(username), null, "secret-" + username, false,
                    false);
        }
    }
}

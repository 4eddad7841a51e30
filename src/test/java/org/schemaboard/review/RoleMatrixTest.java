package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.review.RoleMatrixTest.Who.EDITOR;
import static org.schemaboard.review.RoleMatrixTest.Who.NON_MEMBER;
import static org.schemaboard.review.RoleMatrixTest.Who.OWNER;
import static org.schemaboard.review.RoleMatrixTest.Who.REVIEWER;
import static org.schemaboard.review.RoleMatrixTest.Who.VIEWER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemaboard.ServiceTest;
import org.schemaboard.NoSqlSamples;
import org.schemaboard.TestData;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.model.ModelBatch;
import org.schemaboard.model.ModelBatchService;
import org.schemaboard.spec.Check;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.spec.HandoffNotes;
import org.schemaboard.spec.SpecificationService;
import org.schemaboard.spec.scalability.VerticalScaling;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every write operation of every service × every role: owner, editor, reviewer, viewer and someone who is no member.
 * Each cell runs in a design of its own: an allowed write succeeds (and is audited); a refused one throws
 * {@link NotAllowedException} — or, for a non-member, {@link NotFoundException} ("does not exist or you are not a
 * member", so a design's existence is not given away) — and leaves the design exactly as it was: model, members,
 * threads, review state, diagram areas, specification, audit log.
 *
 * <p>{@link RoleMatrixCompletenessTest} keeps the matrix whole: every public method of every service bean is either a
 * write with its rows here or listed with the reason it has none, so a new write method fails the build until it
 * gets its row.
 */
@ServiceTest
class RoleMatrixTest {

    enum Who { OWNER, EDITOR, REVIEWER, VIEWER, NON_MEMBER }

    private static final Set<Who> MANAGERS = EnumSet.of(OWNER);
    private static final Set<Who> EDITORS = EnumSet.of(OWNER, EDITOR);
    private static final Set<Who> COMMENTERS = EnumSet.of(OWNER, EDITOR, REVIEWER);
    private static final Set<Who> REVIEWERS = EnumSet.of(OWNER, REVIEWER);
    /** The cell's review was requested by the editor: the requester and any owner may withdraw it. */
    private static final Set<Who> REQUESTER_OR_OWNER = EnumSet.of(OWNER, EDITOR);
    private static final AtomicInteger CELLS = new AtomicInteger();

    @Autowired TestData data;
    @Autowired DesignService designs;
    @Autowired DesignModelService models;
    @Autowired EntityService entities;
    @Autowired RelationshipService relationships;
    @Autowired IndexService indexes;
    @Autowired QueryPatternService patterns;
    @Autowired NoSqlService nosql;
    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired SqlImportService sqlImport;
    @Autowired AuditLog auditLog;
    @Autowired DiagramService diagrams;
    @Autowired SpecificationService specifications;
    @Autowired ModelBatchService batches;
    @Autowired DbmlImportService dbmlImport;
    @Autowired ChecksService checks;

    ReviewWorld world;

    /** The design of one cell, with one element of each kind, threads and a review under way. */
    record Cell(ReviewWorld.Sample s, String actor, UUID openThread, UUID resolvedThread, Map<Who, UUID> comments,
                UUID area, Who who) {
        UUID design() {
            return s.design();
        }

        Cell as(Who who, ReviewWorld world) {
            String actor = switch (who) {
                case OWNER -> world.owner;
                case EDITOR -> world.editor;
                case REVIEWER -> world.reviewer;
                case VIEWER -> world.viewer;
                case NON_MEMBER -> world.outsider;
            };
            return new Cell(s, actor, openThread, resolvedThread, comments, area, who);
        }

        UUID actorsComment() {
            return comments.get(who);
        }
    }

    record Op(String name, Set<Who> allowed, boolean inReview, Function<Cell, Runnable> write) {
    }

    @BeforeEach
    void world() {
        world = new ReviewWorld(data);
    }

    private static int expectedCells;

    @AfterAll
    static void everyCellRan() {
        assertThat(expectedCells).as("cells").isGreaterThanOrEqualTo(46 * 5);
        assertThat(CELLS.get()).as("cells run and asserted").isEqualTo(expectedCells);
    }

    /**
     * Cells of one operation share a design for the refused roles (a refused write is asserted to change nothing, so
     * the next refused role meets the same design); each allowed role gets a fresh design.
     */
    @TestFactory
    Stream<DynamicTest> every_role_times_every_write() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Op> all = operations();
        expectedCells = all.size() * Who.values().length;
        for (Op op : all) {
            Cell[] refusedDesign = new Cell[1];
            for (Who who : Who.values()) {
                tests.add(DynamicTest.dynamicTest(op.name() + " × " + who, () -> {
                    if (op.allowed().contains(who)) {
                        cell(op, who, prepare(op.inReview()));
                    } else {
                        if (refusedDesign[0] == null) {
                            refusedDesign[0] = prepare(op.inReview());
                        }
                        cell(op, who, refusedDesign[0]);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private void cell(Op op, Who who, Cell prepared) {
        Cell cell = prepared.as(who, world);
        Runnable write = op.write().apply(cell);
        if (op.allowed().contains(who)) {
            int audited = auditLog.forDesign(cell.design(), 100_000).size();
            data.as(cell.actor(), write);
            if (!op.name().equals("design: delete")) {
                assertThat(auditLog.forDesign(cell.design(), 100_000)).as("audited").hasSizeGreaterThan(audited);
            } else {
                assertThat(data.as(world.owner, () -> designs.listMine()))
                        .noneMatch(d -> d.id().equals(cell.design()));
            }
        } else {
            Object before = state(cell.design());
            assertThatThrownBy(() -> data.as(cell.actor(), write)).as(op.name() + " × " + who)
                    .isInstanceOf(who == NON_MEMBER ? NotFoundException.class : NotAllowedException.class);
            assertThat(state(cell.design())).as("nothing changed").isEqualTo(before);
        }
        CELLS.incrementAndGet();
    }

    /** Everything a write could change, read as the owner. */
    private Object state(UUID design) {
        return data.as(world.owner, () -> List.of(designs.get(design), models.load(design), designs.members(design),
                comments.threads(design), reviews.state(design), diagrams.areas(design),
                specifications.load(design), auditLog.forDesign(design, 100_000).size()));
    }

    /** A sample design with an open and a resolved thread, a comment by each person, and maybe a review. */
    private Cell prepare(boolean inReview) {
        ReviewWorld.Sample s = world.sample();
        UUID design = s.design();
        UUID open = data.as(world.owner, () -> comments.startThread(design,
                ElementRef.of(ElementRef.ENTITY, s.users(), "users"), "Why *users*?", false));
        UUID resolved = data.as(world.owner, () -> comments.startThread(design,
                ElementRef.of(ElementRef.QUERY_PATTERN, s.pattern(), "Sign-in"), "How often?", false));
        data.as(world.owner, () -> comments.resolve(resolved, 1));
        // Everyone's own comment, written while they could comment: the viewer and the outsider were reviewers
        // earlier, so "only the author edits" is not what refuses them — their role now is.
        data.as(world.owner, () -> designs.setMember(design, world.viewer, DesignRole.REVIEWER));
        data.as(world.owner, () -> designs.setMember(design, world.outsider, DesignRole.REVIEWER));
        Map<Who, UUID> own = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            own.put(who, data.as(actor(who), () -> comments.reply(open, "My note")));
        }
        data.as(world.owner, () -> designs.setMember(design, world.viewer, DesignRole.VIEWER));
        data.as(world.owner, () -> designs.removeMember(design, world.outsider));
        if (inReview) {
            data.as(world.editor, () -> reviews.requestReview(design, List.of(world.reviewer, world.owner),
                    "Please review"));
        }
        UUID area = data.as(world.owner, () -> diagrams.createArea(design, "Core", List.of(s.users())));
        return new Cell(s, null, open, resolved, own, area, null);
    }

    private String actor(Who who) {
        return switch (who) {
            case OWNER -> world.owner;
            case EDITOR -> world.editor;
            case REVIEWER -> world.reviewer;
            case VIEWER -> world.viewer;
            case NON_MEMBER -> world.outsider;
        };
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        // design
        ops.add(new Op("design: rename", EDITORS, false, c -> () -> designs.update(c.design(), 1,
                new DesignDraft("Renamed " + c.design(), TargetDatabase.MYSQL, "new"))));
        ops.add(new Op("design: delete", MANAGERS, false, c -> () -> designs.delete(c.design(),
                designs.get(c.design()).version())));
        // members
        ops.add(new Op("members: add", MANAGERS, false, c -> () -> designs.setMember(c.design(), world.extra,
                DesignRole.VIEWER)));
        ops.add(new Op("members: change role", MANAGERS, false, c -> () -> designs.setMember(c.design(),
                world.viewer, DesignRole.EDITOR)));
        ops.add(new Op("members: remove", MANAGERS, false, c -> () -> designs.removeMember(c.design(),
                world.editor)));
        // entities and attributes
        ops.add(new Op("entities: create", EDITORS, false, c -> () -> entities.createEntity(c.design(),
                EntityDraft.named("carts", EntityKind.CORE))));
        ops.add(new Op("entities: update", EDITORS, false, c -> () -> entities.updateEntity(c.s().users(), 1,
                EntityDraft.named("customers", EntityKind.CORE))));
        ops.add(new Op("entities: delete", EDITORS, false, c -> () -> entities.deleteEntity(c.s().orders(), 1)));
        ops.add(new Op("attributes: add", EDITORS, false, c -> () -> entities.addAttribute(c.s().users(),
                AttributeDraft.of("phone", "TEXT"))));
        ops.add(new Op("attributes: update", EDITORS, false, c -> () -> entities.updateAttribute(c.s().email(), 1,
                AttributeDraft.of("mail", "TEXT"))));
        ops.add(new Op("attributes: move", EDITORS, false, c -> () -> entities.moveAttribute(c.s().nickname(),
                0)));
        ops.add(new Op("attributes: delete", EDITORS, false, c -> () -> entities.deleteAttribute(
                c.s().nickname(), 1)));
        // relationships
        ops.add(new Op("relationships: create", EDITORS, false, c -> () -> relationships.create(c.design(),
                new RelationshipDraft(c.s().users(), c.s().orders(), Cardinality.ONE_TO_MANY,
                        List.of(new Relationship.ColumnPair(c.s().userId(), c.s().orderUserId())),
                        ReferentialAction.CASCADE, null, null, false, null, null, null, null))));
        ops.add(new Op("relationships: update", EDITORS, false, c -> () -> relationships.update(
                c.s().relationship(), 1, new RelationshipDraft(c.s().users(), c.s().orders(),
                        Cardinality.ONE_TO_MANY, List.of(new Relationship.ColumnPair(c.s().userId(),
                        c.s().orderUserId())), ReferentialAction.CASCADE, null, "buys", false, null, null, null,
                        null))));
        ops.add(new Op("relationships: record many-to-many", EDITORS, false, c -> () -> relationships
                .recordManyToMany(c.design(), new RelationshipDraft(c.s().users(), c.s().orders(),
                        Cardinality.MANY_TO_MANY, List.of(), ReferentialAction.CASCADE, null, "likes", false, null,
                        null, null, null))));
        ops.add(new Op("relationships: delete", EDITORS, false, c -> () -> relationships.delete(
                c.s().relationship(), 1)));
        // indexes
        ops.add(new Op("indexes: create", EDITORS, false, c -> () -> indexes.create(c.design(),
                new IndexDraft(c.s().orders(), "idx_orders_user", List.of(new Index.IndexColumn(c.s().orderUserId(),
                        false)), false, false, null, null, null, null, null))));
        ops.add(new Op("indexes: update", EDITORS, false, c -> () -> indexes.update(c.s().index(), 1,
                new IndexDraft(c.s().users(), "idx_users_mail", List.of(new Index.IndexColumn(c.s().email(), false)),
                        false, false, null, null, null, null, null))));
        ops.add(new Op("indexes: delete", EDITORS, false, c -> () -> indexes.delete(c.s().index(), 1)));
        // query patterns
        ops.add(new Op("query patterns: create", EDITORS, false, c -> () -> patterns.create(c.design(),
                new QueryPatternDraft("Checkout", null, null, null, null, null, null, null))));
        ops.add(new Op("query patterns: update", EDITORS, false, c -> () -> patterns.update(c.s().pattern(), 1,
                new QueryPatternDraft("Log-in", null, null, null, null, null, null, null))));
        ops.add(new Op("query patterns: delete", EDITORS, false, c -> () -> patterns.delete(c.s().pattern(), 1)));
        ops.add(new Op("NoSQL elements: create", EDITORS, false, c -> () -> nosql.create(c.design(),
                NoSqlSamples.productCache())));
        // importing SQL into the design goes through the same writes
        ops.add(new Op("import: SQL into the design", EDITORS, false, c -> () -> sqlImport.importInto(c.design(),
                sqlImport.preview("CREATE TABLE carts (id INT PRIMARY KEY);", ImportDialect.POSTGRESQL))));
        // comments
        ops.add(new Op("comments: start a thread on an index", COMMENTERS, false, c -> () -> comments.startThread(
                c.design(), ElementRef.of(ElementRef.INDEX, c.s().index(), "idx_users_email"), "Is it unique?",
                true)));
        ops.add(new Op("comments: start a thread on the design", COMMENTERS, false, c -> () -> comments
                .startThread(c.design(), ElementRef.of(ElementRef.DESIGN, c.design(), "design"), "Overall fine",
                        false)));
        ops.add(new Op("comments: start a thread on a free key", COMMENTERS, false, c -> () -> comments
                .startThread(c.design(), new ElementRef("SCALABILITY_ITEM", "read-replicas", "Read replicas"),
                        "Needed?", false)));
        ops.add(new Op("comments: reply", COMMENTERS, false, c -> () -> comments.reply(c.openThread(),
                "Agreed")));
        ops.add(new Op("comments: edit my comment", COMMENTERS, false, c -> () -> comments.editComment(
                c.actorsComment(), 1, "My note, better")));
        ops.add(new Op("comments: resolve", COMMENTERS, false, c -> () -> comments.resolve(c.openThread(), 1)));
        ops.add(new Op("comments: reopen", COMMENTERS, false, c -> () -> comments.reopen(c.resolvedThread(), 2)));
        // review
        ops.add(new Op("review: request", EDITORS, false, c -> () -> reviews.requestReview(c.design(),
                List.of(world.reviewer.equals(c.actor()) ? world.owner : world.reviewer),
                "Ready for review")));
        ops.add(new Op("review: approve", REVIEWERS, true, c -> () -> reviews.approve(c.design(), "Fine")));
        ops.add(new Op("review: request changes", REVIEWERS, true, c -> () -> reviews.requestChanges(c.design(),
                "Add an index on orders.user_id")));
        ops.add(new Op("review: withdraw", REQUESTER_OR_OWNER, true, c -> () -> reviews.withdraw(c.design())));
        // edits made on a base the editor loaded (merged with others' changes)
        ops.add(new Op("entities: update on a base", EDITORS, false, c -> {
            Entity base = model(c).entity(c.s().users()).orElseThrow();
            return () -> entities.updateEntity(c.s().users(), base, EntityDraft.named("customers", EntityKind.CORE));
        }));
        ops.add(new Op("attributes: update on a base", EDITORS, false, c -> {
            Attribute base = model(c).entity(c.s().users()).orElseThrow().attribute(c.s().email()).orElseThrow();
            return () -> entities.updateAttribute(c.s().email(), base, AttributeDraft.of("mail", "TEXT"));
        }));
        // diagram layout and subject areas
        ops.add(new Op("diagram: move a box", EDITORS, false, c -> () -> diagrams.move(c.design(), c.design(),
                c.s().users(), 420, 240)));
        ops.add(new Op("diagram: lay out again", EDITORS, false, c -> () -> diagrams.relayout(c.design(),
                c.design(), List.of(c.s().users(), c.s().orders()))));
        ops.add(new Op("diagram: create a subject area", EDITORS, false, c -> () -> diagrams.createArea(c.design(),
                "Sales", List.of(c.s().orders()))));
        ops.add(new Op("diagram: update a subject area", EDITORS, false, c -> () -> diagrams.updateArea(c.area(), 1,
                "Core and orders", List.of(c.s().users(), c.s().orders()))));
        ops.add(new Op("diagram: add neighbours to a subject area", EDITORS, false, c -> () -> diagrams
                .addNeighbours(c.area(), 1, c.s().users())));
        ops.add(new Op("diagram: delete a subject area", EDITORS, false, c -> () -> diagrams.deleteArea(c.area(),
                1)));
        // the specification's written sections, the scalability plans among them
        ops.add(new Op("spec: save a section", EDITORS, false, c -> () -> specifications.save(c.design(), 0,
                new HandoffNotes("Row-level security on orders", "Use the query patterns"))));
        ops.add(new Op("spec: save a scalability plan", EDITORS, false, c -> () -> specifications.save(c.design(), 0,
                new VerticalScaling("8 cores", "64 GB", "NVMe", "PgBouncer, 200 connections"))));
        // a whole batch (what the SQL and design.json imports write into a design)
        ops.add(new Op("import: a model batch into the design", EDITORS, false, c -> {
            ModelBatch batch = new ModelBatch();
            batch.entity(EntityDraft.named("carts", EntityKind.CORE), "table carts");
            return () -> batches.write(c.design(), batch, "a test batch", done -> { });
        }));
        ops.add(new Op("import: SQL into the design, with progress", EDITORS, false, c -> () -> sqlImport.importInto(
                c.design(), sqlImport.preview("CREATE TABLE carts (id INT PRIMARY KEY);", ImportDialect.POSTGRESQL),
                done -> { })));
        ops.add(new Op("import: SQL into the design, named", EDITORS, false, c -> () -> sqlImport.importInto(
                c.design(), sqlImport.preview("CREATE TABLE carts (id INT PRIMARY KEY);", ImportDialect.POSTGRESQL),
                "a test dump", done -> { })));
        ops.add(new Op("import: DBML into the design", EDITORS, false, c -> () -> dbmlImport.importInto(c.design(),
                DbmlImportService.read("Table carts {\n  id int [pk]\n}\n", null), done -> { })));
        ops.add(new Op("checks: suppress a finding", EDITORS, false, c -> {
            Check finding = data.as(world.owner, () -> checks.open(c.design())).get(0);
            return () -> checks.suppress(c.design(), finding, "Accepted for this test");
        }));
        ops.add(new Op("model: replace the draft (restore)", MANAGERS, false, c -> {
            DesignModel now = model(c);
            return () -> batches.replace(c.design(), now, "a test restore");
        }));
        return ops;
    }

    private DesignModel model(Cell c) {
        return data.as(world.owner, () -> models.load(c.design()));
    }
}

package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.ModelBatch;
import org.schemaboard.model.ModelBatchService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports SQL dumps: a preview (pure parse) and the import itself, which hands the entities, attributes, unique
 * indexes, indexes and relationships to the model as one {@link ModelBatch}, so every element is checked by the
 * rules of an edit and the import is one line in the history. One transaction: if any element is refused, nothing
 * is created and the error names it.
 */
@Service
public class SqlImportService {

    /** Larger dumps are refused before parsing. */
    public static final int MAX_CHARACTERS = 50 * 1024 * 1024;
    /** Why a larger upload or file is refused, and what to do (the limit counts a file's bytes, a text's characters). */
    public static final String TOO_LARGE = "The file is over 50 MB; at most 50 MB can be imported. Import the schema "
            + "only (pg_dump --schema-only, mysqldump --no-data).";

    /** Why a longer pasted text is refused, and what to do. */
    public static final String PASTED_TOO_LARGE = "The pasted SQL is over 50 MB (" + MAX_CHARACTERS + " characters); "
            + "at most 50 MB can be imported. Paste the schema only (pg_dump --schema-only, mysqldump --no-data).";

    private final DesignService designs;
    private final ModelBatchService batches;
    private final SpecificationService specifications;

    SqlImportService(DesignService designs, ModelBatchService batches, SpecificationService specifications) {
        this.designs = designs;
        this.batches = batches;
        this.specifications = specifications;
    }

    /**
     * What importing the dump would create, skip and warn about. Name mappings are previewed for the dialect's own
     * target database (the target a new design gets by default).
     */
    public ImportPlan preview(String sql, ImportDialect dialect) {
        return read(sql, dialect, null, done -> { });
    }

    /** {@link #preview} without a service: pure, for the command line's checks before it opens a database. */
    public static ImportPlan read(String sql, ImportDialect dialect) {
        return read(sql, dialect, null, done -> { });
    }

    /**
     * The preview for a given target (an existing design's; null: the dialect's own), reporting the share read so
     * far to {@code progress}. Pure and thread-safe, so a view may run it in the background.
     */
    public static ImportPlan read(String sql, ImportDialect dialect, TargetDatabase target,
                                  java.util.function.DoubleConsumer progress) {
        if (sql == null || sql.isBlank()) {
            throw ValidationException.of("sql", "Paste or upload the SQL to import");
        }
        if (sql.length() > MAX_CHARACTERS) {
            throw ValidationException.of("sql", "The SQL has " + (sql.length() + (1 << 20) - 1) / (1 << 20)
                    + " MB; at most 50 MB "
                    + "can be imported. Import the schema only (pg_dump --schema-only, mysqldump --no-data).");
        }
        return withNameAndJunctionWarnings(SqlDumpReader.read(sql, dialect, progress), target);
    }

    /**
     * The plan with the warnings the preview shows before anything is written: how names are mapped for the target
     * (null: the dialect's own) and which tables become junction entities. For readers of other formats (DBML).
     */
    public static ImportPlan withNameAndJunctionWarnings(ImportPlan plan, TargetDatabase target) {
        Map<String, List<ImportPlan.ForeignKey>> fksByTable = foreignKeysByTable(plan);
        List<ImportPlan.Warning> notes = new ArrayList<>(new NameMapping(plan, target != null ? target
                : plan.dialect().target()).warnings());
        for (ImportPlan.Table table : plan.tables()) {
            List<ImportPlan.ForeignKey> links = junctionLinks(table, fksByTable);
            if (!links.isEmpty()) {
                notes.add(new ImportPlan.Warning(table.line(), table.name() + ": a junction table (its primary key is "
                        + "its two foreign keys), imported as a Junction entity with an N:M relationship between "
                        + links.get(0).referencedTable() + " and " + links.get(1).referencedTable()));
            }
        }
        return plan.withWarnings(notes);
    }

    /** Creates a design of the given target holding everything the plan declares; returns its id. */
    @Transactional
    public UUID importIntoNewDesign(String name, TargetDatabase target, ImportPlan plan) {
        return importIntoNewDesign(name, target, plan, done -> { });
    }

    /** As {@link #importIntoNewDesign(String, TargetDatabase, ImportPlan)}, telling {@code progress} the share done. */
    @Transactional
    public UUID importIntoNewDesign(String name, TargetDatabase target, ImportPlan plan,
                                    java.util.function.DoubleConsumer progress) {
        requireImportable(plan);
        UUID designId = designs.create(new DesignDraft(name, target, description(plan)));
        importElements(designId, target, plan, "a " + plan.dialect().label() + " dump", progress);
        return designId;
    }

    /** Adds everything the plan declares to an existing design (names must not clash with its entities). */
    @Transactional
    public void importInto(UUID designId, ImportPlan plan) {
        importInto(designId, plan, done -> { });
    }

    /** As {@link #importInto(UUID, ImportPlan)}, telling {@code progress} the share done. */
    @Transactional
    public void importInto(UUID designId, ImportPlan plan, java.util.function.DoubleConsumer progress) {
        importInto(designId, plan, "a " + plan.dialect().label() + " dump", progress);
    }

    /**
     * Adds the plan's elements to a design, joining the caller's transaction, for readers of other formats: {@code
     * source} names the file in the history ("a DBML file"). Returns the new entities' ids by the plan's table names
     * (lower case), so the caller can add what only its format declares (subject areas) in the same transaction.
     */
    @Transactional
    public Map<String, UUID> importInto(UUID designId, ImportPlan plan, String source,
                                        java.util.function.DoubleConsumer progress) {
        requireImportable(plan);
        return importElements(designId, designs.get(designId).targetDatabase(), plan, source, progress);
    }

    private static void requireImportable(ImportPlan plan) {
        if (plan.problem() != null) {
            throw ValidationException.of("sql", plan.problem() + ". Nothing was imported.");
        }
    }

    /**
     * Builds the plan's elements as one {@link ModelBatch} and has the model write it: validated by the same rules as
     * an edit, but in memory and with one statement per table instead of several queries per element.
     */
    private Map<String, UUID> importElements(UUID designId, TargetDatabase target, ImportPlan plan, String source,
                                             java.util.function.DoubleConsumer progress) {
        Built built = build(plan, target);
        ModelBatch batch = built.batch();
        try {
            batches.write(designId, batch, source + ": " + batch.describe(), progress);
        } catch (ValidationException e) {
            throw ValidationException.of("sql", "Could not import " + e.getMessage() + ". Nothing was imported.");
        }
        partitioningPlans(designId, plan, built.entityIds(), built.attributeIds());
        return built.entityIds();
    }

    /**
     * The model the dump describes, as a design of the given target would hold it after an import, without storing
     * anything: pure, for comparing a dump with a design. Element ids are fresh.
     */
    public static DesignModel model(String name, TargetDatabase target, ImportPlan plan) {
        requireImportable(plan);
        try {
            return ModelBatchService.model(name, target, description(plan), build(plan, target).batch());
        } catch (ValidationException e) {
            throw ValidationException.of("sql", "Could not read " + e.getMessage());
        }
    }

    /** The plan's elements as a batch, with the ids given to each table and column (by lower-case name). */
    private record Built(ModelBatch batch, Map<String, UUID> entityIds, Map<String, UUID> attributeIds) {
    }

    private static Built build(ImportPlan plan, TargetDatabase target) {
        Map<String, List<ImportPlan.ForeignKey>> fksByTable = foreignKeysByTable(plan);
        Map<String, List<String>> primaryKeys = new HashMap<>();
        plan.tables().forEach(t -> primaryKeys.put(key(t.name()), t.primaryKey()));
        NameMapping names = new NameMapping(plan, target);
        ModelBatch batch = new ModelBatch();
        Map<String, UUID> entityIds = new HashMap<>();
        Map<String, UUID> attributeIds = new HashMap<>();
        Map<String, List<Set<String>>> uniqueSets = new HashMap<>();
        for (ImportPlan.Table table : plan.tables()) {
            String at = " (line " + table.line() + ")";
            UUID entityId = batch.entity(entityDraft(table, fksByTable, names), "table " + table.name() + at);
            entityIds.put(key(table.name()), entityId);
            Set<String> singleUnique = new HashSet<>();
            table.uniqueConstraints().stream().filter(u -> u.size() == 1).forEach(u -> singleUnique.add(key(u.get(0))));
            Set<String> pk = new HashSet<>(table.primaryKey().stream().map(SqlImportService::key).toList());
            for (ImportPlan.Column column : table.columns()) {
                AttributeDraft draft = new AttributeDraft(names.column(table.name(), column.name()), column.type(),
                        column.length(), column.precision(), column.scale(), column.nullable(), column.defaultValue(),
                        pk.contains(key(column.name())), singleUnique.contains(key(column.name())),
                        column.autoIncrement(), column.check(), column.comment());
                attributeIds.put(key(table.name()) + "." + key(column.name()), batch.attribute(entityId, draft,
                        "column " + table.name() + "." + column.name() + at));
            }
            List<Set<String>> keys = new ArrayList<>();
            if (!pk.isEmpty()) {
                keys.add(pk);
            }
            table.uniqueConstraints().forEach(u -> keys.add(new HashSet<>(u.stream().map(SqlImportService::key)
                    .toList())));
            uniqueSets.put(key(table.name()), keys);
            List<String> uniqueNames = names.uniqueIndexNames(table.name());
            int n = 0;
            for (List<String> unique : table.uniqueConstraints()) {
                if (unique.size() > 1) {
                    batch.index(new IndexDraft(entityId, uniqueNames.get(n++), unique.stream()
                            .map(c -> new Index.IndexColumn(attributeIds.get(key(table.name()) + "." + key(c)), false))
                            .toList(), true, false, null, IndexMethod.BTREE, "UNIQUE constraint of the imported table",
                            null, null), "unique constraint " + table.name() + unique + at);
                }
            }
        }
        for (int i = 0; i < plan.indexes().size(); i++) {
            ImportPlan.IndexPlan index = plan.indexes().get(i);
            batch.index(new IndexDraft(entityIds.get(key(index.table())), names.indexName(i),
                    index.columns().stream().map(c -> new Index.IndexColumn(attributeIds.get(key(index.table()) + "."
                            + key(c.name())), c.descending())).toList(), index.unique(), index.where() != null,
                    index.where(), names.indexMethod(i), null, null, null),
                    "index " + index.name() + " on " + index.table() + " (line " + index.line() + ")");
            if (index.unique() && index.where() == null) {
                uniqueSets.get(key(index.table())).add(new HashSet<>(index.columns().stream()
                        .map(c -> key(c.name())).toList()));
            }
        }
        for (int i = 0; i < plan.foreignKeys().size(); i++) {
            ImportPlan.ForeignKey fk = plan.foreignKeys().get(i);
            List<Relationship.ColumnPair> pairs = new ArrayList<>();
            for (int c = 0; c < fk.columns().size(); c++) {
                pairs.add(new Relationship.ColumnPair(
                        attributeIds.get(key(fk.referencedTable()) + "." + key(fk.referencedColumns().get(c))),
                        attributeIds.get(key(fk.table()) + "." + key(fk.columns().get(c)))));
            }
            Set<String> referencing = new HashSet<>(fk.columns().stream().map(SqlImportService::key).toList());
            boolean oneToOne = uniqueSets.get(key(fk.table())).contains(referencing);
            boolean identifying = primaryKeys.get(key(fk.table())).stream()
                    .map(SqlImportService::key).toList().containsAll(referencing);
            batch.relationship(new RelationshipDraft(entityIds.get(key(fk.referencedTable())),
                    entityIds.get(key(fk.table())), oneToOne ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY,
                    pairs, action(fk.onDelete()), action(fk.onUpdate()), null, identifying, null,
                    names.relationshipName(i), null, null), "foreign key " + (fk.name() == null ? "" : fk.name() + " ")
                    + fk.table() + fk.columns() + " → " + fk.referencedTable() + " (line " + fk.line() + ")");
        }
        for (ImportPlan.Table table : plan.tables()) {
            List<ImportPlan.ForeignKey> links = junctionLinks(table, fksByTable);
            if (!links.isEmpty()) {
                batch.manyToManyOverJunction(new RelationshipDraft(entityIds.get(key(links.get(0).referencedTable())),
                        entityIds.get(key(links.get(1).referencedTable())), Cardinality.MANY_TO_MANY, List.of(),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null, false,
                        "Through the junction table " + table.name() + " of the imported dump", null,
                        entityIds.get(key(table.name())), null),
                        "the N:M relationship through " + table.name() + " (line " + table.line() + ")");
            }
        }
        return new Built(batch, entityIds, attributeIds);
    }

    /**
     * The dump's partitioned tables become plans of the design's Partitioning section (added to the plans it has;
     * a table that already has a plan keeps it). Strategies other than RANGE, LIST and HASH, and keys that are
     * expressions rather than columns, stay in the description only.
     */
    private void partitioningPlans(UUID designId, ImportPlan plan, Map<String, UUID> entityIds,
                                   Map<String, UUID> attributeIds) {
        if (plan.partitionings().isEmpty()) {
            return;
        }
        Specification spec = specifications.load(designId);
        List<Partitioning.Plan> plans = new ArrayList<>(spec.partitioning().plans());
        Set<UUID> planned = new HashSet<>(plans.stream().map(Partitioning.Plan::entityId).toList());
        for (ImportPlan.Partitioning p : plan.partitionings()) {
            UUID entityId = entityIds.get(key(p.table()));
            Partitioning.Strategy strategy = java.util.Arrays.stream(Partitioning.Strategy.values())
                    .filter(st -> st.name().equalsIgnoreCase(p.strategy())).findFirst().orElse(null);
            List<UUID> keyIds = new ArrayList<>();
            for (String column : p.key().replaceAll("[()\"`]", "").split(",")) {
                UUID id = attributeIds.get(key(p.table()) + "." + key(column.strip()));
                if (id != null) {
                    keyIds.add(id);
                }
            }
            if (entityId == null || strategy == null || keyIds.isEmpty() || planned.contains(entityId)) {
                continue;
            }
            boolean hash = strategy == Partitioning.Strategy.HASH;
            plans.add(new Partitioning.Plan(entityId, strategy, keyIds,
                    hash ? Math.max(1, p.partitions().size()) : null,
                    hash ? List.of() : p.partitions().stream()
                            .map(part -> new Partitioning.Bound(part.name(), part.bound())).toList(),
                    null, rationale(p)));
            planned.add(entityId);
        }
        if (plans.size() > spec.partitioning().plans().size()) {
            specifications.save(designId, spec.version(SpecSection.PARTITIONING), new Partitioning(plans));
        }
    }

    /** Where the plan came from, and the sub-partitioning the model's one-level plan cannot hold. */
    private static String rationale(ImportPlan.Partitioning p) {
        String text = "Imported from the dump (line " + p.line() + ")";
        for (ImportPlan.Partitioning sub : p.subpartitioned()) {
            text += "; partition " + sub.table() + " is partitioned in turn " + sub.describe();
        }
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static EntityDraft entityDraft(ImportPlan.Table table, Map<String, List<ImportPlan.ForeignKey>> fksByTable,
                                           NameMapping names) {
        String rules = table.checks().isEmpty() ? null
                : "Checks of the imported table:\n" + String.join("\n", table.checks().stream()
                .map(c -> "CHECK (" + c + ")").toList());
        List<ImportPlan.ForeignKey> links = junctionLinks(table, fksByTable);
        if (links.isEmpty()) {
            return new EntityDraft(names.table(table.name()), EntityKind.CORE, table.comment(), rules, null, null);
        }
        String purpose = table.comment() != null ? table.comment() : "Resolves the many-to-many relationship "
                + "between " + links.get(0).referencedTable() + " and " + links.get(1).referencedTable() + ".";
        return new EntityDraft(names.table(table.name()), EntityKind.JUNCTION, purpose, rules, null, null);
    }

    /**
     * The two foreign keys of a junction table: exactly two, and its primary key is their columns together. The
     * table becomes a Junction entity with its two 1:N relationships, and an N:M relationship between the two tables
     * it links is recorded over it ({@link ModelBatch#manyToManyOverJunction}: it names the junction and adds
     * nothing, so the imported foreign keys are not duplicated).
     */
    static List<ImportPlan.ForeignKey> junctionLinks(ImportPlan.Table table,
                                                     Map<String, List<ImportPlan.ForeignKey>> foreignKeysByTable) {
        List<ImportPlan.ForeignKey> fks = foreignKeysByTable.getOrDefault(key(table.name()), List.of());
        if (fks.size() != 2 || table.primaryKey().isEmpty()) {
            return List.of();
        }
        Set<String> fkColumns = new HashSet<>();
        fks.forEach(fk -> fk.columns().forEach(c -> fkColumns.add(key(c))));
        Set<String> pk = new HashSet<>(table.primaryKey().stream().map(SqlImportService::key).toList());
        return pk.equals(fkColumns) ? fks : List.of();
    }

    /** The plan's foreign keys by (lower-case) table name, so junction tables are found in one pass. */
    static Map<String, List<ImportPlan.ForeignKey>> foreignKeysByTable(ImportPlan plan) {
        Map<String, List<ImportPlan.ForeignKey>> byTable = new HashMap<>();
        plan.foreignKeys().forEach(fk -> byTable.computeIfAbsent(key(fk.table()), k -> new ArrayList<>()).add(fk));
        return byTable;
    }

    private static ReferentialAction action(String sql) {
        if (sql == null) {
            return ReferentialAction.NO_ACTION;
        }
        for (ReferentialAction action : ReferentialAction.values()) {
            if (action.sql().equalsIgnoreCase(sql)) {
                return action;
            }
        }
        return ReferentialAction.NO_ACTION;
    }

    private static String description(ImportPlan plan) {
        StringBuilder text = new StringBuilder("Imported from a " + plan.dialect().label() + " dump: "
                + plan.tables().size() + " tables, " + plan.foreignKeys().size() + " foreign keys, "
                + plan.indexes().size() + " indexes.");
        if (!plan.views().isEmpty()) {
            text.append("\n\nViews of the dump (kept as notes, not modelled):");
            for (ImportPlan.View view : plan.views()) {
                text.append("\n- ").append(view.name()).append(": ").append(view.sql().replaceAll("\\s+", " "));
            }
        }
        if (!plan.partitionings().isEmpty()) {
            text.append("\n\nPartitioned tables of the dump (each imported as one entity):");
            for (ImportPlan.Partitioning p : plan.partitionings()) {
                text.append("\n- ").append(p.table()).append(" ").append(p.describe());
            }
        }
        return text.length() <= DesignService.MAX_DESCRIPTION_LENGTH ? text.toString()
                : text.substring(0, DesignService.MAX_DESCRIPTION_LENGTH - 1) + "…";
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

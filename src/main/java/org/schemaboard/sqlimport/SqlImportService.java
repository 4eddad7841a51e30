package org.schemaboard.sqlimport;

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
import org.schemaboard.model.AttributeDraft;
import org.schemaboard.model.Cardinality;
import org.schemaboard.model.EntityDraft;
import org.schemaboard.model.EntityKind;
import org.schemaboard.model.EntityService;
import org.schemaboard.model.Index;
import org.schemaboard.model.IndexDraft;
import org.schemaboard.model.IndexMethod;
import org.schemaboard.model.IndexService;
import org.schemaboard.model.ReferentialAction;
import org.schemaboard.model.Relationship;
import org.schemaboard.model.RelationshipDraft;
import org.schemaboard.model.RelationshipService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports SQL dumps: a preview (pure parse) and the import itself, which creates entities, attributes, unique
 * indexes, indexes and relationships through the model's own services, so every element is validated, audited and
 * announced like an edit. One transaction: if any element is refused, nothing is created and the error names it.
 */
@Service
public class SqlImportService {

    /** Larger dumps are refused before parsing. */
    public static final int MAX_CHARACTERS = 50 * 1024 * 1024;

    private final DesignService designs;
    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;

    SqlImportService(DesignService designs, EntityService entities, RelationshipService relationships,
                     IndexService indexes) {
        this.designs = designs;
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
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
            throw ValidationException.of("sql", "The file has " + (sql.length() + (1 << 20) - 1) / (1 << 20)
                    + " MB; at most 50 MB "
                    + "can be imported. Import the schema only (pg_dump --schema-only, mysqldump --no-data).");
        }
        ImportPlan plan = SqlDumpReader.read(sql, dialect, progress);
        return plan.withWarnings(new NameMapping(plan, target != null ? target : plan.dialect().target()).warnings());
    }

    /** Creates a design of the given target holding everything the plan declares; returns its id. */
    @Transactional
    public UUID importIntoNewDesign(String name, TargetDatabase target, ImportPlan plan) {
        requireImportable(plan);
        UUID designId = designs.create(new DesignDraft(name, target, description(plan)));
        importElements(designId, target, plan);
        return designId;
    }

    /** Adds everything the plan declares to an existing design (names must not clash with its entities). */
    @Transactional
    public void importInto(UUID designId, ImportPlan plan) {
        requireImportable(plan);
        importElements(designId, designs.get(designId).targetDatabase(), plan);
    }

    private static void requireImportable(ImportPlan plan) {
        if (plan.problem() != null) {
            throw ValidationException.of("sql", plan.problem() + ". Nothing was imported.");
        }
    }

    private void importElements(UUID designId, TargetDatabase target, ImportPlan plan) {
        NameMapping names = new NameMapping(plan, target);
        Map<String, UUID> entityIds = new HashMap<>();
        Map<String, UUID> attributeIds = new HashMap<>();
        Map<String, List<Set<String>>> uniqueSets = new HashMap<>();
        for (ImportPlan.Table table : plan.tables()) {
            String what = "table " + table.name() + " (line " + table.line() + ")";
            UUID entityId = attempt(what, () -> entities.createEntity(designId, entityDraft(table, plan, names)));
            entityIds.put(key(table.name()), entityId);
            Set<String> singleUnique = new HashSet<>();
            table.uniqueConstraints().stream().filter(u -> u.size() == 1).forEach(u -> singleUnique.add(key(u.get(0))));
            Set<String> pk = new HashSet<>(table.primaryKey().stream().map(SqlImportService::key).toList());
            for (ImportPlan.Column column : table.columns()) {
                AttributeDraft draft = new AttributeDraft(names.column(table.name(), column.name()), column.type(),
                        column.length(), column.precision(), column.scale(), column.nullable(), column.defaultValue(),
                        pk.contains(key(column.name())), singleUnique.contains(key(column.name())), column.check(),
                        column.comment());
                UUID attributeId = attempt("column " + table.name() + "." + column.name() + " (line " + table.line()
                        + ")", () -> entities.addAttribute(entityId, draft));
                attributeIds.put(key(table.name()) + "." + key(column.name()), attributeId);
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
                    String indexName = uniqueNames.get(n++);
                    IndexDraft draft = new IndexDraft(entityId, indexName, unique.stream()
                            .map(c -> new Index.IndexColumn(attributeIds.get(key(table.name()) + "." + key(c)), false))
                            .toList(), true, false, null, IndexMethod.BTREE, "UNIQUE constraint of the imported table",
                            null, null);
                    attempt("unique constraint " + table.name() + unique + " (line " + table.line() + ")",
                            () -> indexes.create(designId, draft));
                }
            }
        }
        for (int i = 0; i < plan.indexes().size(); i++) {
            ImportPlan.IndexPlan index = plan.indexes().get(i);
            IndexDraft draft = new IndexDraft(entityIds.get(key(index.table())), names.indexName(i),
                    index.columns().stream().map(c -> new Index.IndexColumn(attributeIds.get(key(index.table()) + "."
                            + key(c.name())), c.descending())).toList(), index.unique(), index.where() != null,
                    index.where(), names.indexMethod(i), null, null, null);
            attempt("index " + index.name() + " on " + index.table() + " (line " + index.line() + ")",
                    () -> indexes.create(designId, draft));
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
            boolean identifying = plan.table(fk.table()).orElseThrow().primaryKey().stream()
                    .map(SqlImportService::key).toList().containsAll(referencing);
            RelationshipDraft draft = new RelationshipDraft(entityIds.get(key(fk.referencedTable())),
                    entityIds.get(key(fk.table())), oneToOne ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY,
                    pairs, action(fk.onDelete()), action(fk.onUpdate()), null, identifying, null,
                    names.relationshipName(i), null, null);
            attempt("foreign key " + (fk.name() == null ? "" : fk.name() + " ") + fk.table() + fk.columns() + " → "
                    + fk.referencedTable() + " (line " + fk.line() + ")", () -> relationships.create(designId, draft));
        }
    }

    private static EntityDraft entityDraft(ImportPlan.Table table, ImportPlan plan, NameMapping names) {
        String rules = table.checks().isEmpty() ? null
                : "Checks of the imported table:\n" + String.join("\n", table.checks().stream()
                .map(c -> "CHECK (" + c + ")").toList());
        List<ImportPlan.ForeignKey> links = junctionLinks(table, plan);
        if (links.isEmpty()) {
            return new EntityDraft(names.table(table.name()), EntityKind.CORE, table.comment(), rules, null, null);
        }
        String purpose = table.comment() != null ? table.comment() : "Resolves the many-to-many relationship "
                + "between " + links.get(0).referencedTable() + " and " + links.get(1).referencedTable() + ".";
        return new EntityDraft(names.table(table.name()), EntityKind.JUNCTION, purpose, rules, null, null);
    }

    /**
     * The two foreign keys of a junction table: exactly two, and its primary key is their columns together. The
     * table becomes a Junction entity with its two 1:N relationships (an N:M relationship record is not added: the
     * model's N:M creates its own link relationships, which would duplicate the imported foreign keys).
     */
    static List<ImportPlan.ForeignKey> junctionLinks(ImportPlan.Table table, ImportPlan plan) {
        List<ImportPlan.ForeignKey> fks = plan.foreignKeys().stream()
                .filter(fk -> fk.table().equalsIgnoreCase(table.name())).toList();
        if (fks.size() != 2 || table.primaryKey().isEmpty()) {
            return List.of();
        }
        Set<String> fkColumns = new HashSet<>();
        fks.forEach(fk -> fk.columns().forEach(c -> fkColumns.add(key(c))));
        Set<String> pk = new HashSet<>(table.primaryKey().stream().map(SqlImportService::key).toList());
        return pk.equals(fkColumns) ? fks : List.of();
    }

    /** Runs one element's creation; a refusal becomes an error naming the element (and rolls everything back). */
    private static <T> T attempt(String what, java.util.function.Supplier<T> creation) {
        try {
            return creation.get();
        } catch (ValidationException e) {
            throw ValidationException.of("sql", "Could not import " + what + ": " + e.getMessage()
                    + ". Nothing was imported.");
        }
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
        return text.length() <= DesignService.MAX_DESCRIPTION_LENGTH ? text.toString()
                : text.substring(0, DesignService.MAX_DESCRIPTION_LENGTH - 1) + "…";
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

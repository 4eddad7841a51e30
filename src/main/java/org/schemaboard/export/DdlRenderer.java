package org.schemaboard.export;

import static org.schemaboard.export.DdlSupport.columnList;
import static org.schemaboard.export.DdlSupport.commented;
import static org.schemaboard.export.DdlSupport.maxIdentifierLength;
import static org.schemaboard.export.DdlSupport.onDelete;
import static org.schemaboard.export.DdlSupport.onUpdate;
import static org.schemaboard.export.DdlSupport.present;
import static org.schemaboard.export.DdlSupport.sqlDialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultDataType;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.spec.scalability.Partitioning;

/**
 * Renders the model's schema as DDL with jOOQ's DSL ({@code createTable … constraints(… foreignKey … onDeleteCascade())},
 * {@code createIndex … where(…)}, {@code commentOnTable}) — never through jOOQ's {@code Meta}, which drops
 * foreign-key actions and index methods.
 *
 * <p>Names are written unquoted (as designers write their queries) unless they are reserved words or not plain
 * identifiers. Types are chosen per dialect by {@link TypeMapping}. Defaults, CHECK expressions and index predicates
 * are the designers' SQL: they go in as jOOQ plain SQL with {@code renderPlainSQLTemplatesAsRaw}, so a {@code ?} or
 * {@code {…}} in them is copied, not taken for a bind variable or template placeholder. What a dialect cannot express
 * (partial indexes and index methods outside PostgreSQL, JSON indexes on MySQL, MySQL's FULLTEXT and SPATIAL indexes
 * outside MySQL) is dropped with a SQL comment.
 */
final class DdlRenderer {

    private final ModelView view;
    private final SqlDialectChoice dialect;
    private final boolean designedForDialect;
    private final DSLContext ctx;
    private final NameAllocator names;
    private final Set<UUID> keyAttributes;
    private final Map<UUID, String> indexNames = new HashMap<>();
    /** jOOQ's data type per type name, made once per script: making one parses its name (most of a column's cost). */
    private final Map<String, DataType<?>> dataTypes = new HashMap<>();
    private final PartitionDdl partitions;
    private final IndexDdl indexes;
    private final SqlTranslation translation;
    /** Each foreign-key column and the key column it refers to: it is written with that column's type. */
    private final Map<UUID, Attribute> refersTo = new HashMap<>();
    /** Auto-increment columns MySQL cannot number (see {@link DdlSupport#mysqlUnnumbered}); written plain, noted. */
    private final Set<UUID> unnumbered = new HashSet<>();
    /**
     * Each column's type, mapped once (the keys, checks and the column itself ask for it); by the attribute object,
     * not its id: hashing 200,000 UUIDs was a tenth of the script's cost.
     */
    private final Map<Attribute, TypeMapping.SqlType> columnTypes;
    /** Only the {@link #parts} are wanted (a migration): the whole schema's text is not rendered. */
    private boolean partsOnly;
    /** What was written, piece by piece, for migration scripts. */
    final DdlParts parts = new DdlParts();

    private DdlRenderer(DesignModel model, SqlDialectChoice dialect, Partitioning partitioning) {
        this.view = ModelView.of(model);
        this.dialect = dialect;
        this.designedForDialect = SqlDialectChoice.forTarget(model.targetDatabase()).orElse(null) == dialect;
        this.ctx = DSL.using(sqlDialect(dialect), new Settings()
                .withRenderFormatted(true)
                .withRenderKeywordCase(RenderKeywordCase.UPPER)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderPlainSQLTemplatesAsRaw(true));
        this.names = new NameAllocator(maxIdentifierLength(dialect));
        this.keyAttributes = view.keyAttributeIds();
        this.columnTypes = new java.util.IdentityHashMap<>(model.entities().stream().mapToInt(e -> e.attributes().size()).sum());
        this.partitions = new PartitionDdl(partitioning, dialect, ctx, names, view);
        this.indexes = new IndexDdl(view, dialect, designedForDialect, ctx);
        this.translation = new SqlTranslation(SqlDialectChoice.forTarget(model.targetDatabase()).orElse(null), dialect);
        for (ModelView.ForeignKey fk : view.foreignKeys()) {
            for (int i = 0; i < fk.columns().size() && i < fk.keyColumns().size(); i++) {
                refersTo.put(fk.columns().get(i).id(), fk.keyColumns().get(i));
            }
        }
        if (dialect == SqlDialectChoice.MYSQL) {
            model.entities().forEach(e -> unnumbered.addAll(DdlSupport.mysqlUnnumbered(e, view.indexesOf(e.id()),
                    a -> columnType(a).identity())));
        }
    }

    static DdlScript render(DesignModel model, SqlDialectChoice dialect) {
        return render(model, dialect, Partitioning.EMPTY);
    }

    /** The schema with the partitioning plans: declared for PostgreSQL, noted in a comment for the others. */
    static DdlScript render(DesignModel model, SqlDialectChoice dialect, Partitioning partitioning) {
        DdlRenderer renderer = new DdlRenderer(model, dialect, partitioning);
        renderer.parts.discard(); // only a migration reads the pieces
        return renderer.script();
    }

    /** The renderer after it wrote the schema: its {@link #parts} and its jOOQ context (for ALTER statements). */
    static DdlRenderer rendered(DesignModel model, SqlDialectChoice dialect) {
        DdlRenderer renderer = new DdlRenderer(model, dialect, Partitioning.EMPTY);
        renderer.partsOnly = true;
        renderer.script();
        return renderer;
    }

    DSLContext ctx() {
        return ctx;
    }

    private DdlScript script() {
        TableOrder.Result order = TableOrder.of(view);
        for (Entity e : order.tables()) {
            if (dialect != SqlDialectChoice.MYSQL) {
                names.reserve(NameAllocator.SCHEMA, e.name());
            }
        }
        // designers chose the index names: they get first pick, generated constraint names make way
        for (Index index : view.model().indexes()) {
            view.entity(index.entityId()).ifPresent(e -> indexNames.put(index.id(), names.allocate(indexScope(e), index.name())));
        }
        List<DdlScript.TableDdl> tables = new ArrayList<>();
        List<DdlScript.StatementDdl> deferred = new ArrayList<>();
        for (Entity e : order.tables()) {
            tables.add(new DdlScript.TableDdl(e, createTable(e, order.deferred())));
        }
        for (ModelView.ForeignKey fk : view.foreignKeys()) {
            if (order.deferred().contains(fk)) {
                List<String> notes = new ArrayList<>();
                Constraint constraint = foreignKey(fk, notes);
                if (partsOnly) {
                    continue;
                }
                Query alter = ctx.alterTable(table(fk.referencing())).add(constraint);
                deferred.add(new DdlScript.StatementDdl(fk.referencing(), commented(notes) + ctx.render(alter) + ";"));
            }
        }
        List<DdlScript.IndexDdl> written = new ArrayList<>();
        for (Entity e : order.tables()) {
            for (Index index : view.indexesOf(e.id())) {
                boolean created = indexes.created(index);
                if (partsOnly) {
                    // a migration writes few of them: each is rendered when first asked for
                    parts.indexes.put(index.id(), MigrationDdl.IndexDef.of(index, indexNames.get(index.id()), created,
                            once(() -> indexes.sql(e, index, indexNames.get(index.id())))));
                    continue;
                }
                String sql = indexes.sql(e, index, indexNames.get(index.id()));
                written.add(new DdlScript.IndexDdl(index, e, sql));
                if (parts.kept()) {
                    parts.indexes.put(index.id(), MigrationDdl.IndexDef.of(index, indexNames.get(index.id()), created, () -> sql));
                }
            }
        }
        return new DdlScript(dialect, header(order.tables().size(), written.size()), tables, deferred, partitions.statements(),
                written);
    }

    private String header(int tableCount, int indexCount) {
        StringBuilder h = new StringBuilder();
        h.append("-- ").append(SqlText.comment(view.model().name())).append(": schema for ").append(dialect.label()).append('\n');
        h.append("-- Generated by Schemaboard from the design model (").append(tableCount).append(tableCount == 1 ? " table, " : " tables, ")
                .append(indexCount).append(indexCount == 1 ? " index" : " indexes").append("); change the design, not this file.\n");
        h.append(translation.needed()
                ? "-- Statement separator: ';'. Defaults and CHECK expressions are translated from " + translation.sourceLabel()
                        + " (what cannot be is left out with a comment); index predicates are kept for PostgreSQL only."
                : "-- Statement separator: ';'. Defaults, CHECK expressions and index predicates are the designers' SQL, copied as written.");
        if (dialect == SqlDialectChoice.MYSQL) {
            h.append("\n-- Needs MySQL 8.0.16 or later (CHECK constraints, expression defaults, descending indexes).");
        }
        return h.toString();
    }

    private String createTable(Entity e, Set<ModelView.ForeignKey> deferred) {
        List<String> notes = new ArrayList<>();
        List<Field<?>> fields = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        String tableScope = NameAllocator.tableScope(e.name());
        for (Attribute a : e.attributes()) {
            if (partsOnly) {
                // a migration needs the fields of few tables: each is made when first asked for (its notes unused)
                parts.column(e.id(), a.id(), () -> column(e, a, new ArrayList<>()));
                continue;
            }
            Field<?> field = column(e, a, notes);
            fields.add(field);
            parts.column(e.id(), a.id(), () -> field);
        }
        List<Attribute> pk = e.primaryKey();
        if (!pk.isEmpty()) {
            String n = keyName(tableScope, "pk_" + e.name());
            constraints.add(key(e, MigrationDdl.KeyKind.PRIMARY_KEY, n, pk, null, DSL.constraint(name(n)).primaryKey(names(pk))));
        }
        for (Attribute a : e.attributes()) {
            if (a.unique() && !(a.primaryKey() && pk.size() == 1)) {
                String n = keyName(tableScope, "uq_" + e.name() + "_" + a.name());
                constraints.add(key(e, MigrationDdl.KeyKind.UNIQUE, n, List.of(a), null, DSL.constraint(name(n)).unique(name(a.name()))));
            }
        }
        for (ModelView.ForeignKey fk : view.foreignKeysOf(e)) {
            if (fk.relationship().cardinality() == Cardinality.ONE_TO_ONE && !alreadyUnique(e, fk.columns())) {
                String wanted = "uq_" + e.name() + "_" + String.join("_", fk.columns().stream().map(Attribute::name).toList());
                String n = keyName(tableScope, wanted);
                constraints.add(key(e, MigrationDdl.KeyKind.UNIQUE, n, fk.columns(), null, DSL.constraint(name(n)).unique(names(fk.columns()))));
                notes.add(e.name() + ": unique (" + columnList(fk.columns()) + ") added: the relationship from "
                        + fk.referenced().name() + " is one-to-one");
            }
        }
        for (Attribute a : e.attributes()) {
            if (a.checkExpression() != null && !a.checkExpression().isBlank()) {
                String written = SqlText.checkExpression(a.checkExpression());
                String check = translation.condition(written);
                if (check == null) {
                    notes.add(e.name() + "." + a.name() + ": CHECK " + written + " left out: written for "
                            + translation.sourceLabel() + ", it has no form Schemaboard can write for " + dialect.label());
                } else {
                    String n = names.allocate(NameAllocator.SCHEMA, "ck_" + e.name() + "_" + a.name());
                    constraints.add(key(e, MigrationDdl.KeyKind.CHECK, n, List.of(a), check, DSL.constraint(name(n)).check(DSL.condition(check))));
                }
            }
            TypeMapping.SqlType type = columnType(a);
            if (type.check() != null) {
                String n = names.allocate(NameAllocator.SCHEMA, "ck_" + e.name() + "_" + a.name() + "_values");
                String values = type.check().replace("{0}", ctx.render(name(a.name())));
                constraints.add(key(e, MigrationDdl.KeyKind.CHECK, n, List.of(a), values, DSL.constraint(name(n)).check(DSL.condition(values))));
            }
        }
        for (ModelView.ForeignKey fk : view.foreignKeysOf(e)) {
            if (!deferred.contains(fk)) {
                constraints.add(foreignKey(fk, notes));
            }
        }
        if (e.attributes().isEmpty()) {
            notes.add(e.name() + ": the entity has no attributes yet");
        }
        if (partsOnly) {
            return "";
        }
        String partitionBy = partitions.partitionBy(e, notes);
        StringBuilder sql = new StringBuilder(commented(notes));
        sql.append(ctx.render(ctx.createTable(table(e)).columns(fields).constraints(constraints)))
                .append(partitionBy).append(';');
        for (Query comment : comments(e)) {
            sql.append('\n').append(ctx.render(comment)).append(';');
        }
        return sql.toString();
    }

    private Field<?> column(Entity e, Attribute a, List<String> notes) {
        TypeMapping.SqlType type = columnType(a);
        String column = e.name() + "." + a.name() + ": ";
        if (type.note() != null) {
            notes.add(column + type.note());
        }
        Attribute referenced = referencedKey(a);
        if (referenced != null && !type.name().equals(TypeMapping.map(a, dialect, true, designedForDialect).name())) {
            notes.add(column + "written as " + type.name() + ", the type of " + referenced.name() + " it refers to");
        }
        SqlText.Default def = SqlText.defaultFor(a.defaultValue(), type, dialect);
        if (def != null && def.note() != null) {
            notes.add(column + def.note());
        }
        // a default SqlText already wrote for this dialect is not translated again
        boolean rewritten = def != null && (def.note() != null || !def.sql().equals(a.defaultValue().strip()));
        String defaultSql = def == null ? null : rewritten ? def.sql() : translation.field(def.sql());
        if (def != null && defaultSql == null) {
            notes.add(column + "DEFAULT " + def.sql() + " left out: written for " + translation.sourceLabel()
                    + ", it has no form Schemaboard can write for " + dialect.label());
        }
        if (defaultSql != null && type.name().equals("BOOLEAN")) {
            defaultSql = DdlSupport.booleanDefault(defaultSql);
        }
        boolean identity = type.identity() && !unnumbered.contains(a.id());
        if (type.identity() && !identity) {
            notes.add(column + "AUTO_INCREMENT left out: MySQL numbers one column per table, and only one that leads "
                    + "a key (the primary key, a unique column or an index)");
        }
        DataType<?> dataType = DdlSupport.configure(dataTypes.computeIfAbsent(type.name(),
                n -> DefaultDataType.getDefaultDataType(sqlDialect(dialect), n)), !a.nullable() || a.primaryKey(),
                identity, defaultSql);
        if (dialect == SqlDialectChoice.MYSQL && present(a.description())) {
            return DSL.field(name(a.name()), dataType, DSL.comment(a.description()));
        }
        return DSL.field(name(a.name()), dataType);
    }

    /**
     * The column's type in this dialect; a foreign-key column takes the type of the key it refers to (without its
     * identity), so the key forms on every engine even where the design wrote them differently.
     */
    private TypeMapping.SqlType columnType(Attribute a) {
        return columnTypes.computeIfAbsent(a, k -> mappedType(a));
    }

    private TypeMapping.SqlType mappedType(Attribute a) {
        Attribute referenced = referencedKey(a);
        if (referenced == null) {
            return TypeMapping.map(a, dialect, keyAttributes.contains(a.id()), designedForDialect);
        }
        TypeMapping.SqlType own = TypeMapping.map(a, dialect, true, designedForDialect);
        TypeMapping.SqlType key = TypeMapping.map(referenced, dialect, true, designedForDialect);
        return new TypeMapping.SqlType(key.name(), false, own.note(), own.check());
    }

    /** The key column a foreign-key column finally refers to (following chains of keys), or null. */
    private Attribute referencedKey(Attribute a) {
        Attribute current = refersTo.get(a.id());
        for (int depth = 0; current != null && refersTo.containsKey(current.id()) && depth < 16; depth++) {
            current = refersTo.get(current.id());
        }
        return current;
    }

    List<Query> comments(Entity e) {
        List<Query> queries = new ArrayList<>();
        if (present(e.purpose())) {
            queries.add(ctx.commentOnTable(table(e)).is(e.purpose().strip()));
        }
        if (dialect != SqlDialectChoice.MYSQL) {
            for (Attribute a : e.attributes()) {
                if (present(a.description())) {
                    queries.add(ctx.commentOnColumn(DSL.name(name(e.name()), name(a.name()))).is(a.description().strip()));
                }
            }
        }
        return queries;
    }

    private Constraint foreignKey(ModelView.ForeignKey fk, List<String> notes) {
        String wanted = present(fk.relationship().name()) ? fk.relationship().name().strip()
                : "fk_" + fk.referencing().name() + "_" + String.join("_", fk.columns().stream().map(Attribute::name).toList());
        String n = names.allocate(NameAllocator.SCHEMA, wanted);
        ConstraintForeignKeyOnStep step = DSL.constraint(name(n)).foreignKey(names(fk.columns()))
                .references(name(fk.referenced().name()), names(fk.keyColumns()));
        ReferentialAction delete = mysqlSafe(n, "DELETE", fk.relationship().onDelete(), notes);
        ReferentialAction update = mysqlSafe(n, "UPDATE", fk.relationship().onUpdate(), notes);
        step = onDelete(step, delete);
        // written even when NO ACTION: on PostgreSQL it differs from RESTRICT, and an engine's default is not the design's
        Constraint constraint = onUpdate(step, update);
        if (!parts.kept()) {
            return constraint;
        }
        parts.foreignKey(fk.relationship().id(), new MigrationDdl.Key(MigrationDdl.KeyKind.FOREIGN_KEY, fk.referencing().id(), n,
                fk.columns().stream().map(Attribute::id).toList(), fk.referenced().id(),
                fk.keyColumns().stream().map(Attribute::id).toList(), "ON DELETE " + delete.sql() + " ON UPDATE " + update.sql()),
                constraint);
        return constraint;
    }

    private Constraint key(Entity e, MigrationDdl.KeyKind kind, String n, List<Attribute> columns, String detail, Constraint c) {
        if (!parts.kept()) {
            return c;
        }
        parts.key(e.id(), new MigrationDdl.Key(kind, e.id(), n, columns.stream().map(Attribute::id).toList(), null, List.of(),
                detail), c);
        return c;
    }

    /** InnoDB rejects SET DEFAULT; NO ACTION is the nearest it enforces. */
    private ReferentialAction mysqlSafe(String constraint, String event, ReferentialAction action, List<String> notes) {
        ReferentialAction a = action == null ? ReferentialAction.NO_ACTION : action;
        if (dialect == SqlDialectChoice.MYSQL && a == ReferentialAction.SET_DEFAULT) {
            notes.add(constraint + ": ON " + event + " SET DEFAULT written as NO ACTION: InnoDB rejects SET DEFAULT");
            return ReferentialAction.NO_ACTION;
        }
        return a;
    }

    private static java.util.function.Supplier<String> once(java.util.function.Supplier<String> render) {
        String[] done = new String[1];
        return () -> done[0] != null ? done[0] : (done[0] = render.get());
    }

    private boolean alreadyUnique(Entity e, List<Attribute> columns) {
        Set<UUID> ids = new HashSet<>(columns.stream().map(Attribute::id).toList());
        Set<UUID> pk = new HashSet<>(e.primaryKey().stream().map(Attribute::id).toList());
        if (ids.equals(pk) || (columns.size() == 1 && columns.get(0).unique())) {
            return true;
        }
        return view.indexesOf(e.id()).stream().filter(i -> i.unique() && !i.partial())
                .anyMatch(i -> new HashSet<>(i.columns().stream().map(Index.IndexColumn::attributeId).toList()).equals(ids));
    }

    /** Key (primary/unique) constraint names live with the indexes: per schema, per table on MySQL. */
    private String keyName(String tableScope, String wanted) {
        return names.allocate(dialect == SqlDialectChoice.MYSQL ? tableScope : NameAllocator.SCHEMA, wanted);
    }

    private String indexScope(Entity e) {
        return dialect == SqlDialectChoice.MYSQL ? NameAllocator.tableScope(e.name()) : NameAllocator.SCHEMA;
    }

    private Table<?> table(Entity e) {
        return DSL.table(name(e.name()));
    }

    private org.jooq.Name name(String identifier) {
        return DdlSupport.name(identifier, dialect);
    }

    private org.jooq.Name[] names(List<Attribute> attributes) {
        return DdlSupport.names(attributes, dialect);
    }
}

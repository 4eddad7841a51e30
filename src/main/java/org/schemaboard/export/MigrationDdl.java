package org.schemaboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.Constraint;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Nullability;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;

/**
 * The schema export of one state of a design, in pieces a migration script is built from: every key, foreign key,
 * index and column as the export names and types it, and the ALTER statements that add, drop or rename them in this
 * dialect. Two of these (the older and the newer state) and a pairing of their elements make a migration; which
 * statements, in which order, is the caller's business. Tables and columns are passed by name, since a statement
 * runs against the schema as the statements before it left it.
 */
public final class MigrationDdl {

    public enum KeyKind {
        PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY
    }

    /**
     * A constraint as the export writes it. {@code entityId} is the table it is on; {@code columns} its attributes
     * (for a foreign key the referencing ones, with {@code referencedEntity} and {@code referencedColumns});
     * {@code detail} the CHECK condition or the foreign key's actions.
     */
    public record Key(KeyKind kind, UUID entityId, String name, List<UUID> columns, UUID referencedEntity,
                      List<UUID> referencedColumns, String detail) {
    }

    /**
     * An index as the export writes it: {@code detail} holds what besides the columns defines it (order, uniqueness,
     * method, predicate) and {@code created} whether the dialect gets it at all.
     */
    public record IndexDef(UUID indexId, UUID entityId, String name, List<UUID> columns, String detail, boolean created,
                           java.util.function.Supplier<String> statement) {

        static IndexDef of(Index index, String name, boolean created, java.util.function.Supplier<String> statement) {
            // what defines the index besides its table and columns, in terms a rename does not change
            String detail = index.columns().stream().map(c -> c.descending() ? "D" : "A").toList()
                    + (index.unique() ? " unique" : "") + " " + index.method() + " " + index.predicate();
            return new IndexDef(index.id(), index.entityId(), name,
                    index.columns().stream().map(Index.IndexColumn::attributeId).toList(), detail, created, statement);
        }

        /** The CREATE statement as the export writes it (rendered when first asked for: most indexes never are). */
        public String sql() {
            return statement.get();
        }
    }

    /** A column as the export types it: {@code type} the SQL type, the NOT NULL and DEFAULT as written. */
    public record ColumnDef(UUID attributeId, String type, boolean notNull, String defaultSql) {
    }

    private final DesignModel model;
    private final SqlDialectChoice dialect;
    private final DSLContext ctx;
    private final DdlParts parts;
    private final DdlRenderer renderer;
    private final Map<UUID, ColumnDef> columnDefs = new java.util.HashMap<>();
    /** The type in a rendered "ALTER TABLE x ADD y type" (formatted over several lines or not). */
    private static final java.util.regex.Pattern ADDED_TYPE = java.util.regex.Pattern.compile(
            "\\sADD\\s+(?:COLUMN\\s+)?y\\s+(.*)$", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private MigrationDdl(DesignModel model, SqlDialectChoice dialect) {
        this.model = model;
        this.dialect = dialect;
        this.renderer = DdlRenderer.rendered(model, dialect);
        this.ctx = renderer.ctx();
        this.parts = renderer.parts;
    }

    public static MigrationDdl of(DesignModel model, SqlDialectChoice dialect) {
        return new MigrationDdl(model, dialect);
    }

    public SqlDialectChoice dialect() {
        return dialect;
    }

    /** The keys (primary, unique, check) of a table, in the order the export writes them. */
    public List<Key> keys(UUID entityId) {
        return parts.keysByEntity.getOrDefault(entityId, List.of()).stream().map(DdlParts.KeyPart::key).toList();
    }

    /** Foreign keys by relationship id. */
    public Map<UUID, Key> foreignKeys() {
        Map<UUID, Key> keys = new java.util.LinkedHashMap<>();
        parts.foreignKeys.forEach((id, part) -> keys.put(id, part.key()));
        return keys;
    }

    public Map<UUID, IndexDef> indexes() {
        return java.util.Collections.unmodifiableMap(parts.indexes);
    }

    /** Planning compares every column of both states several times: each is typed once. */
    public ColumnDef column(UUID attributeId) {
        return columnDefs.computeIfAbsent(attributeId, this::typed);
    }

    private ColumnDef typed(UUID attributeId) {
        DataType<?> type = parts.column(attributeId).getDataType();
        String defaultSql = type.defaulted() ? ctx.render(type.default_()) : null;
        String plain = ctx.render(ctx.alterTable(DSL.unquotedName("x")).add(DSL.field(DSL.unquotedName("y"),
                type.nullability(Nullability.DEFAULT).defaultValue((Field) null).identity(false))));
        java.util.regex.Matcher m = ADDED_TYPE.matcher(plain);
        return new ColumnDef(attributeId, m.find() ? WHITESPACE.matcher(m.group(1)).replaceAll(" ").strip()
                : type.getTypeName(), !type.nullable(), defaultSql);
    }

    /** CREATE TABLE with its columns and keys but no foreign keys (those come once every table exists), and comments. */
    public String createTable(UUID entityId) {
        Entity e = model.entity(entityId).orElseThrow();
        List<Constraint> keys = parts.keysByEntity.getOrDefault(entityId, List.of()).stream()
                .map(DdlParts.KeyPart::constraint).toList();
        StringBuilder sql = new StringBuilder(end(ctx.createTable(table(e.name()))
                .columns(parts.columns(entityId)).constraints(keys)));
        for (Query comment : renderer.comments(e)) {
            sql.append('\n').append(end(comment));
        }
        return sql.toString();
    }

    public String dropTable(String table) {
        return end(ctx.dropTable(table(table)));
    }

    public String renameTable(String from, String to) {
        return end(ctx.alterTable(table(from)).renameTo(name(to)));
    }

    /** ADD COLUMN with the column's whole definition in this state. */
    public String addColumn(String table, UUID attributeId) {
        return end(ctx.alterTable(table(table)).add(parts.column(attributeId)));
    }

    public String dropColumn(String table, String column) {
        return end(ctx.alterTable(table(table)).dropColumn(name(column)));
    }

    public String renameColumn(String table, String from, String to) {
        return end(ctx.alterTable(table(table)).renameColumn(name(from)).to(name(to)));
    }

    /**
     * The statements that turn the column as {@code before} describes it into this state's definition. MySQL restates
     * the whole column; PostgreSQL and H2 change type, NOT NULL and DEFAULT one by one.
     */
    public List<String> alterColumn(String table, String column, UUID attributeId, ColumnDef before) {
        ColumnDef after = column(attributeId);
        Field<?> field = parts.column(attributeId);
        List<String> out = new ArrayList<>();
        Table<?> t = table(table);
        Name c = name(column);
        if (dialect == SqlDialectChoice.MYSQL) {
            // MySQL restates the whole column: type, NOT NULL and DEFAULT together
            String add = end(ctx.alterTable(t).add(field));
            out.add(add.replaceFirst("^(ALTER TABLE \\S+\\s+)ADD(\\s+COLUMN)?\\s", "$1MODIFY "));
            return out;
        }
        if (!after.type().equals(before.type())) {
            out.add("ALTER TABLE " + ctx.render(t) + " ALTER COLUMN " + ctx.render(c) + (dialect == SqlDialectChoice.H2
                    ? " SET DATA TYPE " + after.type() : " TYPE " + after.type() + " USING " + ctx.render(c) + "::" + after.type())
                    + ";");
        }
        if (after.notNull() != before.notNull()) {
            out.add(end(after.notNull() ? ctx.alterTable(t).alter(c).setNotNull() : ctx.alterTable(t).alter(c).dropNotNull()));
        }
        if (!java.util.Objects.equals(after.defaultSql(), before.defaultSql())) {
            out.add(after.defaultSql() == null ? end(ctx.alterTable(t).alter(c).dropDefault())
                    : "ALTER TABLE " + ctx.render(t) + " ALTER COLUMN " + ctx.render(c) + " SET DEFAULT " + after.defaultSql() + ";");
        }
        return out;
    }

    /** ADD CONSTRAINT for a key or foreign key of this state (found by its name). */
    public String addKey(String table, Key key) {
        Constraint constraint = key.kind() == KeyKind.FOREIGN_KEY
                ? parts.foreignKeys.values().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().constraint()
                : parts.keysByEntity.get(key.entityId()).stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow()
                .constraint();
        return end(ctx.alterTable(table(table)).add(constraint));
    }

    public String dropKey(String table, Key key) {
        Table<?> t = table(table);
        Name n = name(key.name());
        if (dialect != SqlDialectChoice.MYSQL) {
            return end(ctx.alterTable(t).dropConstraint(n));
        }
        return switch (key.kind()) {
            case PRIMARY_KEY -> end(ctx.alterTable(t).dropPrimaryKey(n));
            case FOREIGN_KEY -> end(ctx.alterTable(t).dropForeignKey(n));
            case UNIQUE -> end(ctx.dropIndex(n).on(t));
            case CHECK -> end(ctx.alterTable(t).dropConstraint(n));
        };
    }

    /** Whether {@link #renameKey} can rename this key in place here (MySQL renames only what is an index). */
    public boolean canRename(Key key) {
        return dialect != SqlDialectChoice.MYSQL || key.kind() == KeyKind.UNIQUE || key.kind() == KeyKind.PRIMARY_KEY;
    }

    public String renameKey(String table, Key key, String newName) {
        if (dialect == SqlDialectChoice.MYSQL && key.kind() == KeyKind.PRIMARY_KEY) {
            return ""; // MySQL calls every primary key PRIMARY: nothing to rename
        }
        if (dialect == SqlDialectChoice.MYSQL) {
            return end(ctx.alterTable(table(table)).renameIndex(name(key.name())).to(name(newName)));
        }
        return end(ctx.alterTable(table(table)).renameConstraint(name(key.name())).to(name(newName)));
    }

    /** The index's CREATE statement as the export writes it (a comment when the dialect cannot have it). */
    public String createIndex(UUID indexId) {
        return parts.indexes.get(indexId).sql();
    }

    public String dropIndex(String table, IndexDef index) {
        return index.created() ? end(dialect == SqlDialectChoice.MYSQL ? ctx.dropIndex(name(index.name())).on(table(table))
                : ctx.dropIndex(name(index.name()))) : "";
    }

    public String renameIndex(String table, IndexDef index, String newName) {
        return end(dialect == SqlDialectChoice.MYSQL
                ? ctx.alterTable(table(table)).renameIndex(name(index.name())).to(name(newName))
                : ctx.alterIndex(name(index.name())).renameTo(name(newName)));
    }

    /** A table or column name as the export writes it in this dialect (quoted only when it must be). */
    public String quoted(String identifier) {
        return ctx.render(name(identifier));
    }

    private String end(Query query) {
        return ctx.render(query) + ";";
    }

    private Table<?> table(String table) {
        return DSL.table(name(table));
    }

    private Name name(String identifier) {
        return DdlSupport.name(identifier, dialect);
    }
}

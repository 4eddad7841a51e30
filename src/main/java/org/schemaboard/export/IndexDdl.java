package org.schemaboard.export;

import static org.schemaboard.export.DdlSupport.commented;

import java.util.ArrayList;
import java.util.List;
import org.jooq.CreateIndexIncludeStep;
import org.jooq.CreateIndexStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;

/**
 * The indexes of the schema export in one dialect: each index's {@code CREATE INDEX} through jOOQ's DSL, or a comment
 * saying why the dialect does not get it (MySQL's FULLTEXT and SPATIAL outside MySQL, a JSON column on MySQL), and
 * comments for what it loses (a method only PostgreSQL keeps, a predicate where partial indexes do not exist).
 */
final class IndexDdl {

    private final ModelView view;
    private final SqlDialectChoice dialect;
    private final boolean designedForDialect;
    private final DSLContext ctx;

    IndexDdl(ModelView view, SqlDialectChoice dialect, boolean designedForDialect, DSLContext ctx) {
        this.view = view;
        this.dialect = dialect;
        this.designedForDialect = designedForDialect;
        this.ctx = ctx;
    }

    /** The CREATE INDEX statement of {@code index} on {@code e}, named {@code indexName}, with comments for what the dialect drops. */
    String sql(Entity e, Index index, String indexName) {
        List<String> notes = new ArrayList<>();
        if (!indexName.equalsIgnoreCase(index.name())) {
            notes.add("renamed from " + index.name() + ", a name already taken in " + dialect.label());
        }
        List<Attribute> columns = view.indexColumns(index);
        if (columns.isEmpty()) {
            return "-- " + SqlText.comment(indexName + ": no columns left; not created");
        }
        boolean pg = dialect == SqlDialectChoice.POSTGRESQL;
        IndexMethod method = index.method() == null ? IndexMethod.BTREE : index.method();
        boolean unique = index.unique();
        boolean mysql = dialect == SqlDialectChoice.MYSQL;
        boolean skipped = false;
        if (method.mysqlKind() && !mysql) {
            // a plain index in its place would be useless (full-text) or impossible (a geometry column as bytes)
            skipped = true;
            notes.add(method.label().toUpperCase(java.util.Locale.ROOT) + " index: " + dialect.label()
                    + " has no such index kind (only the MySQL export keeps it); not created");
        } else if (!pg && method != IndexMethod.BTREE && !method.mysqlKind()) {
            notes.add("index method " + method.label() + " dropped: only the PostgreSQL export keeps it");
        }
        if (!pg && index.partial()) {
            notes.add("predicate WHERE " + SqlText.comment(index.predicate()) + " dropped: " + dialect.label()
                    + " has no partial indexes");
            if (unique) {
                unique = false;
                notes.add("uniqueness dropped too: without its predicate it would reject rows the design allows");
            }
        }
        if (jsonOnMysql(index, columns)) {
            skipped = true;
            notes.add("MySQL cannot index a JSON column directly (index a generated column instead); not created");
        }
        Table<?> on = pg && method != IndexMethod.BTREE && !method.mysqlKind()
                ? DSL.table(ctx.render(name(e.name())) + " USING " + method.label()) : table(e);
        List<OrderField<?>> fields = new ArrayList<>();
        for (Index.IndexColumn c : index.columns()) {
            view.attribute(c.attributeId()).ifPresent(a -> {
                Field<Object> f = DSL.field(name(a.name()));
                fields.add(c.descending() ? f.desc() : f);
            });
        }
        CreateIndexStep create = unique ? ctx.createUniqueIndex(name(indexName)) : ctx.createIndex(name(indexName));
        CreateIndexIncludeStep statement = create.on(on, fields);
        String sql = ctx.render(pg && index.partial() ? statement.where(DSL.condition(index.predicate().strip())) : statement) + ";";
        if (method.mysqlKind()) {
            sql = sql.replaceFirst("^CREATE INDEX", "CREATE " + method.name() + " INDEX");
        }
        StringBuilder out = new StringBuilder(commented(notes.stream().map(note -> indexName + ": " + note).toList()));
        out.append(skipped ? "-- " + sql.replace("\n", "\n-- ") : sql);
        return out.toString();
    }

    /** Whether the index is written as a statement (not only as a comment saying why not). */
    boolean created(Index index) {
        List<Attribute> columns = view.indexColumns(index);
        IndexMethod method = index.method() == null ? IndexMethod.BTREE : index.method();
        return !columns.isEmpty() && !(method.mysqlKind() && dialect != SqlDialectChoice.MYSQL)
                && !jsonOnMysql(index, columns);
    }

    /** MySQL cannot index a JSON column directly. */
    private boolean jsonOnMysql(Index index, List<Attribute> columns) {
        IndexMethod method = index.method() == null ? IndexMethod.BTREE : index.method();
        return dialect == SqlDialectChoice.MYSQL && !method.mysqlKind()
                && columns.stream().anyMatch(a -> TypeMapping.map(a, dialect, true, designedForDialect).json());
    }

    private Table<?> table(Entity e) {
        return DSL.table(name(e.name()));
    }

    private org.jooq.Name name(String identifier) {
        return DdlSupport.name(identifier, dialect);
    }
}

package org.schemaboard.sqlimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Comment;
import org.jooq.Condition;
import org.jooq.Constraint;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Named;
import org.jooq.Nullability;
import org.jooq.OrderField;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.TableElement;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.ParseUnsupportedSyntax;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;
import org.jooq.impl.QOM;

/**
 * Reads a SQL dump into an {@link ImportPlan}: pure (no Spring, no database), one pass over the statements. What is
 * not schema is skipped with its reason; a statement jOOQ cannot parse is skipped with the parser's message and
 * position; nothing here throws for bad input.
 */
public final class SqlDumpReader {

    private static final Pattern ALTER_ONLY = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?ONLY\\s+");
    private static final Pattern SET_NEXTVAL = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?"
            + "(\\S+)\\s+ALTER\\s+(?:COLUMN\\s+)?(\\S+)\\s+SET\\s+DEFAULT\\s+nextval\\s*\\(.*");
    private static final Pattern QUALIFIED_CONSTRAINT = Pattern.compile("(?i)ADD\\s+CONSTRAINT\\s+(?:\"[^\"]+\"|\\w+)\\.");
    private static final Pattern NOCHECK = Pattern.compile("(?i)\\s+NOCHECK\\s*$");
    private static final Pattern REGCLASS = Pattern.compile("(?i)::regclass");
    private static final Pattern VIEW = Pattern.compile("(?is)^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TEMP(?:ORARY)?\\s+)?"
            + "(?:MATERIALIZED\\s+)?(?:ALGORITHM\\s*=\\s*\\w+\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?"
            + "(?:SQL\\s+SECURITY\\s+\\w+\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+?)(?:\\s|\\().*");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)^CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?"
            + "(?:TEMP|TEMPORARY)\\s+|UNLOGGED\\s+|MEMORY\\s+|CACHED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^\\s(]+).*");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)^CREATE\\s+(UNIQUE\\s+)?INDEX\\b.*");
    private static final Pattern INDEX_USING = Pattern.compile("(?i)\\s+USING\\s+(\\w+)\\s*(?=\\()");
    private static final Pattern INDEX_WHERE = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$");
    private static final Pattern PARTITION = Pattern.compile("(?is)\\)\\s*PARTITION\\s+BY\\b.*$");

    private static final Pattern CAST_LITERAL = Pattern.compile("(?is)^cast\\(('(?:[^']|'')*'|-?[0-9.]+) AS [\\w ]+\\)$");

    private final ImportDialect dialect;
    private final DSLContext parser;
    private final DSLContext renderer;
    private final PlanBuilder plan = new PlanBuilder();

    private SqlDumpReader(ImportDialect dialect) {
        this.dialect = dialect;
        Settings settings = new Settings().withParseDialect(dialect.jooq())
                .withParseUnsupportedSyntax(ParseUnsupportedSyntax.IGNORE)
                .withParseUnknownFunctions(ParseUnknownFunctions.IGNORE)
                .withInterpreterDelayForeignKeyDeclarations(true);
        this.parser = DSL.using(dialect.jooq(), settings);
        this.renderer = DSL.using(dialect.jooq(), new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderNameCase(RenderNameCase.AS_IS).withRenderKeywordCase(RenderKeywordCase.UPPER));
    }

    /** Reads the dump; {@link ImportDialect#AUTO} detects the dialect first. */
    public static ImportPlan read(String sql, ImportDialect dialect) {
        return read(sql, dialect, done -> { });
    }

    /**
     * Reads the dump, telling {@code progress} the share of statements read so far (0 to 1, at most about a hundred
     * times), so a person waiting on a large file sees it move.
     */
    public static ImportPlan read(String sql, ImportDialect dialect, java.util.function.DoubleConsumer progress) {
        ImportDialect actual = dialect == null || dialect == ImportDialect.AUTO ? detect(sql) : dialect;
        return new SqlDumpReader(actual).run(sql, progress);
    }

    /**
     * The dialect a dump is written in, from telltale signs: backquotes, {@code ENGINE=} or {@code /*!} mean MySQL;
     * {@code pg_catalog}, {@code ::} casts or {@code $$} bodies PostgreSQL; {@code AUTOINCREMENT} or {@code PRAGMA}
     * SQLite; H2's own table kinds H2; anything else is read as PostgreSQL.
     */
    public static ImportDialect detect(String sql) {
        String s = sql.length() > 2_000_000 ? sql.substring(0, 2_000_000) : sql;
        String upper = s.toUpperCase(Locale.ROOT);
        if (s.indexOf('`') >= 0 || upper.contains("ENGINE=") || upper.contains("ENGINE =") || s.contains("/*!")) {
            return ImportDialect.MYSQL;
        }
        if (upper.contains("PG_CATALOG") || s.contains("::") || s.contains("$$") || upper.contains("FROM STDIN")) {
            return ImportDialect.POSTGRESQL;
        }
        if (upper.contains("AUTOINCREMENT") || upper.contains("PRAGMA ")) {
            return ImportDialect.SQLITE;
        }
        if (upper.contains("CREATE MEMORY TABLE") || upper.contains("CREATE CACHED TABLE")
                || upper.contains("GENERATED BY DEFAULT AS IDENTITY") || upper.contains("CHARACTER LARGE OBJECT")
                || upper.contains(" CLOB")) {
            return ImportDialect.H2;
        }
        return ImportDialect.POSTGRESQL;
    }

    private ImportPlan run(String sql, java.util.function.DoubleConsumer progress) {
        StatementSplitter.Result split = StatementSplitter.split(sql, dialect == ImportDialect.MYSQL);
        split.errors().forEach(plan::error);
        int total = split.statements().size();
        int step = Math.max(1, total / 100);
        int done = 0;
        for (StatementSplitter.Statement statement : split.statements()) {
            if (done++ % step == 0) {
                progress.accept((double) done / total);
            }
            try {
                statement(statement);
            } catch (ParserException e) {
                int line = statement.line() + Math.max(0, e.line() - 1);
                int column = e.line() <= 1 ? statement.column() + Math.max(0, e.column() - 1) : e.column();
                plan.skip(statement, line, column, "jOOQ could not parse it: " + firstLine(e.getMessage()));
            } catch (RuntimeException e) {
                plan.skip(statement, statement.line(), 0, "Could not read it: " + firstLine(String.valueOf(
                        e.getMessage())));
            }
        }
        progress.accept(1);
        return plan.build(dialect);
    }

    private void statement(StatementSplitter.Statement statement) {
        String text = statement.text();
        String reason = StatementFilter.reasonToSkip(text);
        if (reason != null) {
            plan.skip(statement, statement.line(), 0, reason);
            return;
        }
        Matcher view = VIEW.matcher(text);
        if (view.matches()) {
            plan.view(new ImportPlan.View(name(view.group(1)), text, statement.line()));
            return;
        }
        Matcher nextval = SET_NEXTVAL.matcher(text);
        if (nextval.matches()) {
            plan.serialDefault(name(nextval.group(1)), name(nextval.group(2)), statement.line());
            return;
        }
        Matcher createTable = CREATE_TABLE.matcher(text);
        if (createTable.matches()) {
            createTable(statement, name(createTable.group(1)));
            return;
        }
        if (CREATE_INDEX.matcher(text).matches()) {
            createIndex(statement);
            return;
        }
        String alter = ALTER_ONLY.matcher(text).replaceFirst("ALTER TABLE ");
        // H2 scripts qualify constraint names with the schema and mark FKs NOCHECK; neither matters to the design.
        alter = QUALIFIED_CONSTRAINT.matcher(alter).replaceFirst("ADD CONSTRAINT ");
        alter = NOCHECK.matcher(alter).replaceFirst("");
        parse(statement, alter);
    }

    private void createTable(StatementSplitter.Statement statement, String table) {
        String text = REGCLASS.matcher(statement.text()).replaceAll("");
        Matcher partition = PARTITION.matcher(text);
        if (partition.find()) {
            plan.warn(statement.line(), table + ": PARTITION BY is not imported yet (the table is imported whole)");
            text = text.substring(0, partition.start() + 1);
        }
        MySqlTablePrepass.Result prepass = null;
        if (dialect == ImportDialect.MYSQL) {
            prepass = MySqlTablePrepass.rewrite(text, table, statement.line());
            text = prepass.sql();
        }
        parse(statement, text);
        applyRawTypes(plan.table(table), text);
        if (prepass != null) {
            PlanBuilder.TableBuilder t = plan.table(table);
            if (t != null) {
                if (prepass.tableComment() != null) {
                    t.comment = prepass.tableComment();
                }
                prepass.columnComments().forEach((column, comment) -> {
                    PlanBuilder.ColumnBuilder c = t.column(column);
                    if (c != null) {
                        c.comment = comment;
                    }
                });
            }
            prepass.indexes().forEach(plan::index);
            prepass.warnings().forEach(w -> plan.warn(statement.line(), w));
            prepass.skipped().forEach(s -> plan.skip(new StatementSplitter.Statement(s, statement.line(), 0),
                    statement.line(), 0, "full-text or spatial index of " + table
                            + " (the model has no such index method)"));
        }
    }

    private static final Pattern TYPE_END = Pattern.compile("(?i)\\s(NOT|NULL|DEFAULT|PRIMARY|REFERENCES|UNIQUE|CHECK"
            + "|CONSTRAINT|COLLATE|GENERATED|AUTO_INCREMENT|AUTOINCREMENT|COMMENT|IDENTITY|CHARACTER\\s+SET|ON\\s+UPDATE"
            + "|AS)\\b");
    private static final Pattern TABLE_ITEM = Pattern.compile("(?is)^(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|KEY|INDEX"
            + "|FULLTEXT|SPATIAL|EXCLUDE|LIKE|PERIOD)\\b.*");

    /**
     * Puts back the type names as the dump wrote them ({@code text}, {@code mediumtext}, {@code character varying},
     * {@code enum('a','b')}), where jOOQ's parser normalises them to its own ({@code CLOB}, {@code VARCHAR}).
     */
    private static void applyRawTypes(PlanBuilder.TableBuilder table, String createTable) {
        int open = createTable.indexOf('(');
        int close = MySqlTablePrepass.matching(createTable, open);
        if (table == null || open < 0 || close < 0) {
            return;
        }
        for (String item : MySqlTablePrepass.topLevelItems(createTable.substring(open + 1, close))) {
            String s = item.strip();
            if (s.isEmpty() || TABLE_ITEM.matcher(s).matches()) {
                continue;
            }
            String[] parts = splitName(s);
            PlanBuilder.ColumnBuilder column = table.column(MySqlTablePrepass.unquote(parts[0]));
            if (column == null || parts[1].isBlank()) {
                continue;
            }
            String rest = " " + parts[1].strip() + " ";
            Matcher end = TYPE_END.matcher(rest);
            String raw = (end.find() ? rest.substring(0, end.start()) : rest).strip();
            String upper = raw.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (upper.isEmpty()) {
                continue;
            }
            boolean enumLike = upper.startsWith("ENUM") || upper.startsWith("SET(") || upper.startsWith("SET (");
            String type = enumLike ? raw.strip().replaceFirst("(?i)^(enum|set)", upper.substring(0, upper.startsWith("ENUM") ? 4 : 3))
                    : upper.replaceAll("\\s*\\([^)]*\\)", "").strip();
            if (type.length() > 100) {
                type = upper.replaceAll("\\s*\\(.*\\)", "").strip();
            }
            column.type = type;
            if (!upper.contains("(") || enumLike) {
                column.length = null;
                column.precision = null;
                column.scale = null;
            }
        }
    }

    /** The column name (quoted or not) and the rest of a column definition. */
    private static String[] splitName(String item) {
        char first = item.charAt(0);
        if (first == '"' || first == '`' || first == '[') {
            char closing = first == '[' ? ']' : first;
            int end = item.indexOf(closing, 1);
            if (end > 0) {
                return new String[] {item.substring(0, end + 1), item.substring(end + 1)};
            }
        }
        String[] parts = item.split("\\s+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }

    private void createIndex(StatementSplitter.Statement statement) {
        String text = statement.text();
        String method = null;
        Matcher using = INDEX_USING.matcher(text);
        if (using.find()) {
            method = using.group(1).toLowerCase(Locale.ROOT);
            text = text.substring(0, using.start()) + " " + text.substring(using.end());
        }
        String where = null;
        Matcher whereMatcher = INDEX_WHERE.matcher(text);
        if (whereMatcher.find()) {
            where = unwrap(whereMatcher.group(1).strip());
        }
        text = text.replaceAll("(?i)\\s+CONCURRENTLY\\b", "");
        Queries queries = parser.parser().parse(text);
        for (Query query : queries.queries()) {
            if (query instanceof QOM.CreateIndex index) {
                index(statement, index, method, where);
            } else {
                plan.skip(statement, statement.line(), 0, "not an index");
            }
        }
    }

    private void parse(StatementSplitter.Statement statement, String text) {
        Queries queries = parser.parser().parse(text);
        for (Query query : queries.queries()) {
            if (query instanceof QOM.CreateTable create) {
                table(statement, create);
            } else if (query instanceof QOM.CommentOn comment) {
                comment(statement, comment);
            } else if (query instanceof QOM.CreateIndex index) {
                index(statement, index, null, null);
            } else if (query.getClass().getSimpleName().equals("AlterTableImpl")) {
                alterTable(statement, query);
            } else {
                plan.skip(statement, statement.line(), 0, "not something a design holds ("
                        + query.getClass().getSimpleName().replace("Impl", "") + ")");
            }
        }
    }

    private void table(StatementSplitter.Statement statement, QOM.CreateTable create) {
        String name = create.$table().getName();
        PlanBuilder.TableBuilder table = plan.newTable(name, statement.line());
        table.comment = commentText(create.$comment());
        for (TableElement element : create.$tableElements()) {
            if (element instanceof Field<?> field) {
                column(table, field, statement.line());
            } else if (element instanceof Constraint constraint) {
                constraint(table, constraint, statement);
            }
        }
    }

    private void column(PlanBuilder.TableBuilder table, Field<?> field, int line) {
        DataType<?> type = field.getDataType();
        String typeName = type.getTypeName().toUpperCase(Locale.ROOT);
        PlanBuilder.ColumnBuilder c = table.addColumn(field.getName());
        c.type = typeName;
        if (type.lengthDefined() && type.length() > 0) {
            c.length = type.length();
        }
        if (type.precisionDefined() && type.precision() > 0) {
            c.precision = type.precision();
            if (type.scaleDefined()) {
                c.scale = type.scale();
            }
        }
        c.nullable = type.nullability() != Nullability.NOT_NULL;
        if (type.defaulted() && type.defaultValue() != null) {
            String value = renderer.renderInlined(type.defaultValue());
            Matcher cast = CAST_LITERAL.matcher(value);
            if (cast.matches()) {
                value = cast.group(1);
            }
            c.defaultValue = value.equalsIgnoreCase("NULL") ? null : value;
        }
        c.identity = type.identity();
        c.comment = commentText(field.getCommentPart());
        c.line = line;
    }

    private void constraint(PlanBuilder.TableBuilder table, Constraint constraint, StatementSplitter.Statement st) {
        List<String> primaryKey = names(JooqInternals.list(constraint, "$primaryKey"));
        List<String> unique = names(JooqInternals.list(constraint, "$unique"));
        List<String> foreignKey = names(JooqInternals.list(constraint, "$foreignKey"));
        Object check = JooqInternals.get(constraint, "$check");
        if (!primaryKey.isEmpty()) {
            table.primaryKey = primaryKey;
        } else if (!unique.isEmpty()) {
            table.uniques.add(unique);
        } else if (!foreignKey.isEmpty()) {
            Named referenced = (Named) JooqInternals.get(constraint, "$referencesTable");
            plan.foreignKey(new ImportPlan.ForeignKey(constraintName(constraint), table.name, foreignKey,
                    referenced.getName(), names(JooqInternals.list(constraint, "$references")),
                    action(JooqInternals.get(constraint, "$onDelete")),
                    action(JooqInternals.get(constraint, "$onUpdate")), st.line()));
        } else if (check != null) {
            table.checks.add(renderer.renderInlined((Condition) check));
        } else {
            plan.skip(st, st.line(), 0, "a constraint of " + table.name + " the model cannot hold");
        }
    }

    private void alterTable(StatementSplitter.Statement statement, Object alter) {
        String tableName = ((Named) JooqInternals.get(alter, "$table")).getName();
        PlanBuilder.TableBuilder table = plan.table(tableName);
        if (table == null) {
            plan.skip(statement, statement.line(), 0, "ALTER TABLE of " + tableName
                    + ", which the dump does not create before it");
            return;
        }
        List<Object> elements = new ArrayList<>();
        Object addConstraint = JooqInternals.get(alter, "$addConstraint");
        if (addConstraint != null) {
            elements.add(addConstraint);
        }
        Object addColumn = JooqInternals.get(alter, "$addColumn");
        if (addColumn != null) {
            elements.add(addColumn);
        }
        elements.addAll(JooqInternals.list(alter, "$add"));
        if (elements.isEmpty()) {
            plan.skip(statement, statement.line(), 0, "ALTER TABLE that does not add a column or constraint");
            return;
        }
        for (Object element : elements) {
            if (element instanceof Constraint constraint) {
                constraint(table, constraint, statement);
            } else if (element instanceof Field<?> field) {
                if (addColumn == element && JooqInternals.get(alter, "$addColumnType") instanceof DataType<?> type) {
                    column(table, DSL.field(field.getQualifiedName(), type), statement.line());
                } else {
                    column(table, field, statement.line());
                }
            }
        }
    }

    private void comment(StatementSplitter.Statement statement, QOM.CommentOn comment) {
        String text = commentText(comment.$comment());
        if (comment.$field() != null) {
            String[] parts = comment.$field().getQualifiedName().getName();
            PlanBuilder.TableBuilder table = parts.length >= 2 ? plan.table(parts[parts.length - 2]) : null;
            PlanBuilder.ColumnBuilder column = table == null ? null : table.column(parts[parts.length - 1]);
            if (column == null) {
                plan.skip(statement, statement.line(), 0, "comment on a column the dump does not declare");
            } else {
                column.comment = text;
            }
        } else if (comment.$table() != null && !comment.$isView() && !comment.$isMaterializedView()) {
            PlanBuilder.TableBuilder table = plan.table(comment.$table().getName());
            if (table == null) {
                plan.skip(statement, statement.line(), 0, "comment on a table the dump does not declare");
            } else {
                table.comment = text;
            }
        } else {
            plan.skip(statement, statement.line(), 0, "comment on something the design does not hold");
        }
    }

    private void index(StatementSplitter.Statement statement, QOM.CreateIndex index, String method, String where) {
        List<ImportPlan.IndexColumn> columns = new ArrayList<>();
        for (OrderField<?> field : index.$on()) {
            Field<?> f = field instanceof SortField<?> sort ? sort.$field() : (Field<?>) field;
            boolean desc = field instanceof SortField<?> sort && sort.$sortOrder() == SortOrder.DESC;
            if (!(f instanceof org.jooq.TableField<?, ?>) && !f.getClass().getSimpleName().contains("TableField")
                    && !f.getClass().getSimpleName().equals("QualifiedField")) {
                plan.skip(statement, statement.line(), 0, "index on an expression (" + renderer.renderInlined(f)
                        + "): the model indexes columns only");
                return;
            }
            columns.add(new ImportPlan.IndexColumn(f.getName(), desc));
        }
        String name = index.$index() == null ? null : index.$index().getName();
        if (!index.$include().isEmpty()) {
            plan.warn(statement.line(), "Index " + name + ": INCLUDE columns are not kept (the model has no covering "
                    + "columns)");
        }
        if (where == null && index.$where() != null) {
            where = renderer.renderInlined(index.$where());
        }
        plan.index(new ImportPlan.IndexPlan(name, index.$table().getName(), columns, index.$unique(), where, method,
                statement.line()));
    }

    private static String constraintName(Constraint constraint) {
        String name = constraint.getName();
        return name == null || name.isBlank() ? null : name;
    }

    private static String action(Object action) {
        return action == null ? null : action.toString().replace('_', ' ');
    }

    private static List<String> names(List<?> fields) {
        return fields.stream().map(f -> ((Named) f).getName()).toList();
    }

    private static String commentText(Comment comment) {
        if (comment == null || comment.getComment() == null || comment.getComment().isBlank()) {
            return null;
        }
        return comment.getComment();
    }

    /** A name as written ({@code public."Order"}, {@code `users`}), without schema and quotes. */
    static String name(String qualified) {
        String n = qualified.strip();
        if (n.endsWith(";")) {
            n = n.substring(0, n.length() - 1);
        }
        int dot = lastDotOutsideQuotes(n);
        return MySqlTablePrepass.unquote(dot < 0 ? n : n.substring(dot + 1));
    }

    private static int lastDotOutsideQuotes(String n) {
        char quote = 0;
        int last = -1;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '.') {
                last = i;
            }
        }
        return last;
    }

    /** {@code ((a IS NULL))} → {@code a IS NULL}. */
    static String unwrap(String predicate) {
        String p = predicate.strip();
        while (p.startsWith("(") && MySqlTablePrepass.matching(p, 0) == p.length() - 1) {
            p = p.substring(1, p.length() - 1).strip();
        }
        return p;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}

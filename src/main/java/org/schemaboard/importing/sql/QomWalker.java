package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * Parses one statement with jOOQ and walks its query object model ({@link QOM}) into the plan: tables with their
 * columns and constraints, ALTER TABLE additions, comments and indexes. What {@code Meta} would drop (foreign-key
 * actions, comments) is read from the statements themselves. A statement jOOQ rejects throws its ParserException.
 */
final class QomWalker {

    // the literal in runs of plain characters: one repetition per character overflowed the stack at 2,000
    private static final Pattern CAST_LITERAL = Pattern.compile("(?is)^cast\\(('[^']*+(?:''[^']*+)*+'|-?[0-9.]+)"
            + " AS [\\w ]+\\)$");

    private final java.util.function.Function<String, Queries> parser;
    private final DSLContext renderer;
    private final PlanBuilder plan;
    /** The table the last CREATE TABLE parsed made, under the name jOOQ read (quoted names may hold spaces). */
    private PlanBuilder.TableBuilder lastTable;

    /** @param parser jOOQ's parse of a statement's text (the reader's, which may have parsed it ahead) */
    QomWalker(java.util.function.Function<String, Queries> parser, DSLContext renderer, PlanBuilder plan) {
        this.parser = parser;
        this.renderer = renderer;
        this.plan = plan;
    }

    /** The table the last CREATE TABLE made (null before any). */
    PlanBuilder.TableBuilder lastTable() {
        return lastTable;
    }

    void parse(StatementSplitter.Statement statement, String text) {
        lastTable = null;
        Queries queries = parser.apply(text);
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
        lastTable = table;
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

    void index(StatementSplitter.Statement statement, QOM.CreateIndex index, String method, String where) {
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

}

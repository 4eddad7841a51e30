package org.schemaboard.importing.sql;

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

    private static final Pattern DOMAIN_CHECK = Pattern.compile("(?is)\\bCHECK\\s*(\\(.*\\))");

    private final ImportDialect dialect;
    private final DSLContext parser;
    private final DSLContext renderer;
    private final PlanBuilder plan = new PlanBuilder();
    private final QomWalker qom;
    private final RawColumnTypes rawTypes = new RawColumnTypes();
    /** Parses ahead on a second thread during {@link #run}; the statement being read is {@link #current}. */
    private ParseAhead ahead;
    private int current;
    private boolean parseAhead = true;

    private SqlDumpReader(ImportDialect dialect) {
        this.dialect = dialect;
        Settings settings = new Settings().withParseDialect(dialect.jooq())
                .withParseUnsupportedSyntax(ParseUnsupportedSyntax.IGNORE)
                .withParseUnknownFunctions(ParseUnknownFunctions.IGNORE)
                .withInterpreterDelayForeignKeyDeclarations(true);
        this.parser = DSL.using(dialect.jooq(), settings);
        this.renderer = DSL.using(dialect.jooq(), new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderNameCase(RenderNameCase.AS_IS).withRenderKeywordCase(RenderKeywordCase.UPPER));
        this.qom = new QomWalker(this::parse, renderer, plan);
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

    /** {@link #read(String, ImportDialect)} on this thread only: what reading ahead must give the same plan as. */
    static ImportPlan readAlone(String sql, ImportDialect dialect) {
        SqlDumpReader reader = new SqlDumpReader(dialect);
        reader.parseAhead = false;
        return reader.run(sql, done -> { });
    }

    /** The dialect a dump is written in; see {@link DialectDetection}. */
    public static ImportDialect detect(String sql) {
        return DialectDetection.detect(sql);
    }

    private ImportPlan run(String sql, java.util.function.DoubleConsumer progress) {
        StatementSplitter.Result split = StatementSplitter.split(sql, dialect == ImportDialect.MYSQL);
        split.errors().forEach(plan::error);
        List<StatementSplitter.Statement> statements = split.statements();
        int total = statements.size();
        int step = Math.max(1, total / 100);
        try (ParseAhead helper = new ParseAhead(parser, parseAhead ? total : 0, i -> parseText(statements.get(i)))) {
            ahead = helper;
            for (current = 0; current < total; current++) {
                StatementSplitter.Statement statement = statements.get(current);
                if (Thread.currentThread().isInterrupted()) {
                    throw new ReadCancelledException();
                }
                ahead.at(current);
                if (current % step == 0) {
                    progress.accept((double) (current + 1) / total);
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
                } catch (StackOverflowError e) {
                    plan.error(tooDeep(statement));
                }
            }
        } finally {
            ahead = null;
        }
        progress.accept(1);
        return plan.build(dialect);
    }

    /** jOOQ's parse of the current statement's text, done ahead on the second thread when it could be. */
    private Queries parse(String text) {
        return ahead == null ? parser.parser().parse(text) : ahead.parse(current, text);
    }

    /**
     * The text {@link #statement} hands to jOOQ for a statement, or null when it parses none: the same decisions in
     * the same order, without touching the plan, so the second thread can parse it ahead.
     */
    private String parseText(StatementSplitter.Statement statement) {
        String text = statement.text();
        StatementShape.Shape shape = StatementShape.of(text);
        return switch (shape.kind()) {
            case CREATE_TABLE -> ParserInput.table(dialect, text, name(shape.match().group(1)), statement.line(), null,
                    new HeldColumns());
            case CREATE_INDEX -> ParserInput.index(text);
            case OTHER -> ParserInput.alter(text);
            default -> null;
        };
    }

    private void statement(StatementSplitter.Statement statement) {
        String text = statement.text();
        StatementShape.Shape shape = StatementShape.of(text);
        Matcher m = shape.match();
        switch (shape.kind()) {
            case PARTITION_OF -> {
                plan.partition(name(m.group(2)), name(m.group(1)), m.group(3).strip().replaceAll("\\s+", " "),
                        statement.line());
                if (m.group(4) != null) {
                    plan.partitioned(name(m.group(1)), m.group(4), m.group(5).strip(), statement.line());
                }
            }
            case ATTACH_PARTITION -> plan.partition(name(m.group(1)), name(m.group(2)), m.group(3).strip()
                    .replaceAll("\\s+", " "), statement.line());
            case DOMAIN, ENUM_TYPE -> userType(statement, shape);
            case SKIPPED -> plan.skip(statement, statement.line(), 0, shape.reason());
            case VIEW -> plan.view(new ImportPlan.View(name(m.group(1)), text, statement.line()));
            case SERIAL_DEFAULT -> plan.serialDefault(name(m.group(1)), name(m.group(2)), statement.line());
            case CREATE_TABLE -> createTable(statement, name(m.group(1)));
            case CREATE_INDEX -> createIndex(statement);
            case OTHER -> qom.parse(statement, ParserInput.alter(text));
        }
    }

    /**
     * PostgreSQL domains and enum types, which the model has no element for: their columns take the domain's base type
     * and CHECK, or the enum's values as {@code ENUM('a', 'b')} (written back as an enum type, a CHECK or MySQL's ENUM
     * by the export). Settled in {@link PlanBuilder#build}, as the dump may declare them before or after the tables.
     */
    private void userType(StatementSplitter.Statement statement, StatementShape.Shape shape) {
        Matcher m = shape.match();
        if (shape.kind() == StatementShape.Kind.DOMAIN) {
            Matcher check = DOMAIN_CHECK.matcher(statement.text());
            plan.domain(name(m.group(1)), m.group(2).strip(), check.find() ? check.group(1) : null, statement.line());
        } else {
            plan.enumType(name(m.group(1)), "ENUM(" + m.group(2).strip().replaceAll("\\s*,\\s*", ",") + ")",
                    statement.line());
        }
    }

    private void createTable(StatementSplitter.Statement statement, String table) {
        MySqlTablePrepass.Result[] prepassed = new MySqlTablePrepass.Result[1];
        HeldColumns held = new HeldColumns();
        String text = ParserInput.table(dialect, statement.text(), table, statement.line(), prepassed, held);
        Matcher partition = ParserInput.partitionBy(ParserInput.withoutRegclass(statement.text()));
        if (partition != null) {
            plan.partitioned(table, partition.group(1), partition.group(2).strip(), statement.line());
        }
        MySqlTablePrepass.Result prepass = prepassed[0];
        text = parseTable(statement, text, held);
        // the table as jOOQ named it: the name taken from the text above stops at a blank inside quotes
        PlanBuilder.TableBuilder made = qom.lastTable();
        rawTypes.apply(made, text);
        held.restore(made);
        if (prepass != null) {
            PlanBuilder.TableBuilder t = made;
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
                            + " that could not be read"));
        }
    }

    /**
     * Parses a CREATE TABLE; where jOOQ stops inside one column or table element, that element is taken out (a column
     * keeps its type as written, see {@link HeldColumns}), listed with its line and column, and the rest is parsed
     * again — one element never costs the table. Returns the text that was parsed in the end.
     */
    private String parseTable(StatementSplitter.Statement statement, String text, HeldColumns held) {
        String current = text;
        List<Runnable> reports = new ArrayList<>();
        java.util.Set<String> takenOut = new java.util.HashSet<>();
        while (true) {
            try {
                qom.parse(statement, current);
                reports.forEach(Runnable::run);
                return current;
            } catch (ParserException e) {
                int offset = TableElements.offsetOf(current, e.line(), e.column());
                String element = TableElements.elementAt(current, offset);
                HeldColumns.Taken taken = element == null || !takenOut.add(element) ? null
                        : held.takeOutAt(current, offset);
                if (taken == null || takenOut.contains(TableElements.elementAt(taken.text(), offset))) {
                    // not one element's fault (or one already taken out): the statement as a whole is unreadable
                    throw e;
                }
                int[] where = TableElements.position(statement, element);
                String reason = "jOOQ could not read this part of the table (" + firstLine(e.getMessage()) + "): "
                        + taken.what();
                reports.add(() -> plan.skip(new StatementSplitter.Statement(element, where[0], where[1]), where[0],
                        where[1], reason));
                current = taken.text();
            }
        }
    }

    private void createIndex(StatementSplitter.Statement statement) {
        String text = statement.text();
        String method = null;
        Matcher using = ParserInput.indexMethod(text);
        if (using != null) {
            method = using.group(1).toLowerCase(Locale.ROOT);
            text = text.substring(0, using.start()) + " " + text.substring(using.end());
        }
        String written = ParserInput.indexWhere(text);
        String where = written == null ? null : unwrap(written.strip());
        Queries queries = parse(ParserInput.index(statement.text()));
        for (Query query : queries.queries()) {
            if (query instanceof QOM.CreateIndex index) {
                qom.index(statement, index, method, where);
            } else {
                plan.skip(statement, statement.line(), 0, "not an index");
            }
        }
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

    /**
     * A statement whose reading overflowed the stack: nested too deeply for the parser, or a literal too long for a
     * regular expression. The file is refused (a table silently missing would be a partial import) with its place.
     */
    static ImportPlan.Skipped tooDeep(StatementSplitter.Statement statement) {
        return new ImportPlan.Skipped(statement.line(), statement.column(), StatementSplitter.excerpt(statement.text()),
                "The statement at line " + statement.line() + ", column " + statement.column() + " is nested too "
                        + "deeply or holds a literal too long to be read (" + statement.text().length()
                        + " characters)");
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}

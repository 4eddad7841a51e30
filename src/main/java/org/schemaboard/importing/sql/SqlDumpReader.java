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
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\s+CONCURRENTLY\\b");
    private static final Pattern INDEX_USING = Pattern.compile("(?i)\\s+USING\\s+(\\w+)\\s*(?=\\()");
    private static final Pattern ON_ONLY = Pattern.compile("(?i)\\bON\\s+ONLY\\s+");
    private static final Pattern INDEX_WHERE = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$");
    private static final Pattern PARTITION = Pattern.compile("(?is)\\)\\s*PARTITION\\s+BY\\s+(\\w+)\\s*\\((.*)\\)\\s*$");
    private static final Pattern PARTITION_OF = Pattern.compile("(?is)^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(\\S+)\\s+PARTITION\\s+OF\\s+([^\\s(]+)\\s*(?:\\(.*?\\)\\s*)?(FOR\\s+VALUES\\s+.*?|DEFAULT)"
            + "(?:\\s+PARTITION\\s+BY\\s+(\\w+)\\s*\\((.*)\\))?\\s*$");
    private static final Pattern ATTACH_PARTITION = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(?:ONLY\\s+)?(\\S+)\\s+ATTACH\\s+PARTITION\\s+(\\S+)\\s+(FOR\\s+VALUES\\s+.*|DEFAULT)\\s*$");

    private static final Pattern CREATE_DOMAIN = Pattern.compile("(?is)^CREATE\\s+DOMAIN\\s+(\\S+)\\s+(?:AS\\s+)?(.+?)"
            + "(?:\\s+(?:COLLATE|DEFAULT|NOT\\s+NULL|NULL|CONSTRAINT|CHECK)\\b.*)?$");
    private static final Pattern DOMAIN_CHECK = Pattern.compile("(?is)\\bCHECK\\s*(\\(.*\\))");
    private static final Pattern CREATE_ENUM = Pattern.compile("(?is)^CREATE\\s+TYPE\\s+(\\S+)\\s+AS\\s+ENUM\\s*\\((.*)\\)\\s*$");

    private final ImportDialect dialect;
    private final DSLContext parser;
    private final DSLContext renderer;
    private final PlanBuilder plan = new PlanBuilder();
    private final QomWalker qom;
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
        if (PARTITION_OF.matcher(text).matches() || ATTACH_PARTITION.matcher(text).matches()
                || CREATE_DOMAIN.matcher(text).matches() || CREATE_ENUM.matcher(text).matches()
                || StatementFilter.reasonToSkip(text) != null || VIEW.matcher(text).matches()
                || SET_NEXTVAL.matcher(text).matches()) {
            return null;
        }
        Matcher createTable = CREATE_TABLE.matcher(text);
        if (createTable.matches()) {
            return tableText(text, name(createTable.group(1)), statement.line(), null, new HeldColumns());
        }
        return CREATE_INDEX.matcher(text).matches() ? indexText(text) : alterText(text);
    }

    private void statement(StatementSplitter.Statement statement) {
        String text = statement.text();
        if (partitionStatement(statement, text) || userType(statement, text)) {
            return;
        }
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
        qom.parse(statement, alterText(text));
    }

    /**
     * PostgreSQL domains and enum types, which the model has no element for: their columns take the domain's base type
     * and CHECK, or the enum's values as {@code ENUM('a', 'b')} (written back as an enum type, a CHECK or MySQL's ENUM
     * by the export). Settled in {@link PlanBuilder#build}, as the dump may declare them before or after the tables.
     */
    private boolean userType(StatementSplitter.Statement statement, String text) {
        Matcher domain = CREATE_DOMAIN.matcher(text);
        if (domain.matches()) {
            Matcher check = DOMAIN_CHECK.matcher(text);
            plan.domain(name(domain.group(1)), domain.group(2).strip(), check.find() ? check.group(1) : null,
                    statement.line());
            return true;
        }
        Matcher enumType = CREATE_ENUM.matcher(text);
        if (enumType.matches()) {
            plan.enumType(name(enumType.group(1)), "ENUM(" + enumType.group(2).strip().replaceAll("\\s*,\\s*", ",")
                    + ")", statement.line());
            return true;
        }
        return false;
    }

    private static String alterText(String text) {
        String alter = ALTER_ONLY.matcher(text).replaceFirst("ALTER TABLE ");
        // H2 scripts qualify constraint names with the schema and mark FKs NOCHECK; neither matters to the design.
        alter = QUALIFIED_CONSTRAINT.matcher(alter).replaceFirst("ADD CONSTRAINT ");
        return NOCHECK.matcher(alter).replaceFirst("");
    }

    /**
     * PostgreSQL partitions, hand-written ({@code CREATE TABLE p PARTITION OF t FOR VALUES …}) or as pg_dump writes them
     * ({@code ALTER TABLE ONLY t ATTACH PARTITION p FOR VALUES …}): recorded for the parent, whose entity they join.
     */
    private boolean partitionStatement(StatementSplitter.Statement statement, String text) {
        Matcher of = PARTITION_OF.matcher(text);
        if (of.matches()) {
            plan.partition(name(of.group(2)), name(of.group(1)), of.group(3).strip().replaceAll("\\s+", " "),
                    statement.line());
            if (of.group(4) != null) {
                plan.partitioned(name(of.group(1)), of.group(4), of.group(5).strip(), statement.line());
            }
            return true;
        }
        Matcher attach = ATTACH_PARTITION.matcher(text);
        if (attach.matches()) {
            plan.partition(name(attach.group(1)), name(attach.group(2)), attach.group(3).strip()
                    .replaceAll("\\s+", " "), statement.line());
            return true;
        }
        return false;
    }

    private void createTable(StatementSplitter.Statement statement, String table) {
        MySqlTablePrepass.Result[] prepassed = new MySqlTablePrepass.Result[1];
        HeldColumns held = new HeldColumns();
        String text = tableText(statement.text(), table, statement.line(), prepassed, held);
        Matcher partition = PARTITION.matcher(REGCLASS.matcher(statement.text()).replaceAll(""));
        if (partition.find()) {
            plan.partitioned(table, partition.group(1), partition.group(2).strip(), statement.line());
        }
        MySqlTablePrepass.Result prepass = prepassed[0];
        text = parseTable(statement, text, held);
        RawColumnTypes.apply(plan.table(table), text);
        held.restore(plan.table(table));
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
                int offset = offsetOf(current, e.line(), e.column());
                String element = elementAt(current, offset);
                HeldColumns.Taken taken = element == null || !takenOut.add(element) ? null
                        : held.takeOutAt(current, offset);
                if (taken == null || takenOut.contains(elementAt(taken.text(), offset))) {
                    // not one element's fault (or one already taken out): the statement as a whole is unreadable
                    throw e;
                }
                int[] where = position(statement, element);
                String reason = "jOOQ could not read this part of the table (" + firstLine(e.getMessage()) + "): "
                        + taken.what();
                reports.add(() -> plan.skip(new StatementSplitter.Statement(element, where[0], where[1]), where[0],
                        where[1], reason));
                current = taken.text();
            }
        }
    }

    /** The 0-based offset of a 1-based line and column in {@code text}. */
    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    /** The top-level table element of a CREATE TABLE around {@code offset}, stripped; null when none is. */
    private static String elementAt(String text, int offset) {
        int open = text.indexOf('(');
        int close = MySqlTablePrepass.matching(text, open);
        if (open < 0 || close < 0 || offset <= open || offset > close) {
            return null;
        }
        int start = open + 1;
        for (String item : MySqlTablePrepass.topLevelItems(text.substring(open + 1, close))) {
            int end = start + item.length();
            if (offset >= start && offset <= end) {
                return item.strip();
            }
            start = end + 1;
        }
        return null;
    }

    /** Line and column of an element in the dump: where its text starts in the statement as written. */
    private static int[] position(StatementSplitter.Statement statement, String element) {
        String original = statement.text();
        String head = element.length() > 40 ? element.substring(0, 40) : element;
        int at = original.indexOf(head);
        if (at < 0) {
            return new int[] {statement.line(), statement.column()};
        }
        int line = statement.line();
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (original.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = line == statement.line() ? statement.column() + at : at - lineStart + 1;
        return new int[] {line, column};
    }

    /**
     * The CREATE TABLE as jOOQ gets it: without {@code ::regclass} casts and the PARTITION BY clause, and for MySQL
     * rewritten by the prepass (whose result goes to {@code prepassed[0]} when given) with its ENUM, SET and spatial
     * columns held out of jOOQ's sight by {@code held}.
     */
    private String tableText(String statement, String table, int line, MySqlTablePrepass.Result[] prepassed,
                             HeldColumns held) {
        String text = REGCLASS.matcher(statement).replaceAll("");
        Matcher partition = PARTITION.matcher(text);
        if (partition.find()) {
            text = text.substring(0, partition.start() + 1);
        }
        if (dialect == ImportDialect.MYSQL) {
            MySqlTablePrepass.Result prepass = MySqlTablePrepass.rewrite(text, table, line);
            if (prepassed != null) {
                prepassed[0] = prepass;
            }
            return held.holdKnown(prepass.sql());
        }
        return text;
    }

    /** The CREATE INDEX as jOOQ gets it: without its method, CONCURRENTLY and pg_dump's ON ONLY. */
    private static String indexText(String statement) {
        String text = statement;
        Matcher using = INDEX_USING.matcher(text);
        if (using.find()) {
            text = text.substring(0, using.start()) + " " + text.substring(using.end());
        }
        text = CONCURRENTLY.matcher(text).replaceAll("");
        // pg_dump's index of a partitioned table: ON ONLY parent (its partitions' indexes are attached later)
        return ON_ONLY.matcher(text).replaceFirst("ON ");
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
        Queries queries = parse(indexText(statement.text()));
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

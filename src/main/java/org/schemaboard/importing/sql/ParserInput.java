package org.schemaboard.importing.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text jOOQ's parser gets for a statement, where a dump writes what jOOQ does not take: pg_dump's {@code ONLY},
 * {@code ::regclass} casts, PARTITION BY, an index's method and {@code CONCURRENTLY}, H2's qualified constraint names
 * and {@code NOCHECK}, MySQL's table options. Pure functions of the text, so the reader's second thread can prepare a
 * statement ahead exactly as the reader will. Each regular expression is tried only when the word it needs is in
 * the text: most statements of a large dump need none of them.
 */
final class ParserInput {

    private static final Pattern ALTER_ONLY = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?ONLY\\s+");
    private static final Pattern QUALIFIED_CONSTRAINT = Pattern.compile("(?i)ADD\\s+CONSTRAINT\\s+(?:\"[^\"]+\"|\\w+)\\.");
    private static final Pattern NOCHECK = Pattern.compile("(?i)\\s+NOCHECK\\s*$");
    private static final Pattern REGCLASS = Pattern.compile("(?i)::regclass");
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\s+CONCURRENTLY\\b");
    static final Pattern INDEX_USING = Pattern.compile("(?i)\\s+USING\\s+(\\w+)\\s*(?=\\()");
    private static final Pattern ON_ONLY = Pattern.compile("(?i)\\bON\\s+ONLY\\s+");
    private static final Pattern INDEX_WHERE = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$");
    private static final Pattern PARTITION = Pattern.compile("(?is)\\)\\s*PARTITION\\s+BY\\s+(\\w+)\\s*\\((.*)\\)\\s*$");

    private ParserInput() {
    }

    /** An ALTER TABLE (or any statement the reader has no other use for) as jOOQ gets it. */
    static String alter(String text) {
        String alter = StatementShape.contains(text, "ONLY") ? ALTER_ONLY.matcher(text).replaceFirst("ALTER TABLE ")
                : text;
        // H2 scripts qualify constraint names with the schema and mark FKs NOCHECK; neither matters to the design.
        if (StatementShape.contains(alter, "CONSTRAINT")) {
            alter = QUALIFIED_CONSTRAINT.matcher(alter).replaceFirst("ADD CONSTRAINT ");
        }
        return StatementShape.contains(alter, "NOCHECK") ? NOCHECK.matcher(alter).replaceFirst("") : alter;
    }

    /** The statement without {@code ::regclass} casts. */
    static String withoutRegclass(String text) {
        return text.indexOf("::") < 0 ? text : REGCLASS.matcher(text).replaceAll("");
    }

    /** A CREATE TABLE's PARTITION BY clause (groups: strategy, key), or null when it has none. */
    static Matcher partitionBy(String text) {
        if (!StatementShape.contains(text, "PARTITION")) {
            return null;
        }
        Matcher partition = PARTITION.matcher(text);
        return partition.find() ? partition : null;
    }

    /**
     * The CREATE TABLE as jOOQ gets it: without {@code ::regclass} casts and the PARTITION BY clause, and for MySQL
     * rewritten by the prepass (whose result goes to {@code prepassed[0]} when given) with its ENUM, SET and spatial
     * columns held out of jOOQ's sight by {@code held}.
     */
    static String table(ImportDialect dialect, String statement, String table, int line,
                        MySqlTablePrepass.Result[] prepassed, HeldColumns held) {
        String text = withoutRegclass(statement);
        Matcher partition = partitionBy(text);
        if (partition != null) {
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
    static String index(String statement) {
        String text = statement;
        Matcher using = indexMethod(text);
        if (using != null) {
            text = text.substring(0, using.start()) + " " + text.substring(using.end());
        }
        if (StatementShape.contains(text, "CONCURRENTLY")) {
            text = CONCURRENTLY.matcher(text).replaceAll("");
        }
        // pg_dump's index of a partitioned table: ON ONLY parent (its partitions' indexes are attached later)
        return StatementShape.contains(text, "ONLY") ? ON_ONLY.matcher(text).replaceFirst("ON ") : text;
    }

    /** A CREATE INDEX's {@code USING method} (group 1), or null when it names none. */
    static Matcher indexMethod(String text) {
        if (!StatementShape.contains(text, "USING")) {
            return null;
        }
        Matcher using = INDEX_USING.matcher(text);
        return using.find() ? using : null;
    }

    /** A partial index's predicate as written after its column list, or null. */
    static String indexWhere(String text) {
        if (!StatementShape.contains(text, "WHERE")) {
            return null;
        }
        Matcher where = INDEX_WHERE.matcher(text);
        return where.find() ? where.group(1) : null;
    }
}

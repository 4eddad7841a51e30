package org.schemaboard.checks;

import java.util.Locale;
import java.util.Set;
import org.schemaboard.design.TargetDatabase;

/**
 * The words each target database reserves: the checks warn about names that need quoting, and the DDL export quotes a
 * name exactly where that dialect needs it and writes it bare elsewhere: {@code group} is reserved everywhere, {@code ignore} and {@code sensitive} only on MySQL and MariaDB,
 * {@code value} and {@code year} only in H2. The lists are the dialects' reserved (not merely non-reserved) keywords,
 * MySQL's taken as the union of MySQL 8 and MariaDB 10/11.
 */
public final class ReservedWords {

    private static final Set<String> MYSQL = Set.of(
            "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
            "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character", "check",
            "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "cube",
            "cume_dist", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "cursor", "database", "databases", "day_hour", "day_microsecond", "day_minute", "day_second", "dec",
            "decimal", "declare", "default", "delayed", "delete", "delete_domain_id", "dense_rank", "desc",
            "describe", "deterministic", "distinct", "distinctrow", "div", "do_domain_ids", "double", "drop", "dual",
            "each", "else", "elseif", "empty", "enclosed", "escaped", "except", "exists", "exit", "explain", "false",
            "fetch", "first_value", "float", "float4", "float8", "for", "force", "foreign", "from", "fulltext",
            "function", "general", "generated", "get", "grant", "group", "grouping", "groups", "having",
            "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "ignore_domain_ids",
            "ignore_server_ids", "in", "index", "infile", "inner", "inout", "insensitive", "insert", "int", "int1",
            "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into", "io_after_gtids",
            "io_before_gtids", "is", "iterate", "join", "json_table", "key", "keys", "kill", "lag", "last_value",
            "lateral", "lead", "leading", "leave", "left", "like", "limit", "linear", "lines", "load", "localtime",
            "localtimestamp", "lock", "long", "longblob", "longtext", "loop", "low_priority", "master_bind",
            "master_heartbeat_period", "master_ssl_verify_server_cert", "match", "maxvalue", "mediumblob",
            "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second", "mod", "modifies",
            "natural", "not", "no_write_to_binlog", "nth_value", "ntile", "null", "numeric", "of", "offset", "on",
            "optimize", "optimizer_costs", "option", "optionally", "or", "order", "out", "outer", "outfile", "over",
            "page_checksum", "parse_vcol_expr", "partition", "percent_rank", "position", "precision", "primary",
            "procedure", "purge", "range", "rank", "read", "reads", "read_write", "real", "recursive", "ref_system_id",
            "references", "regexp", "release", "rename", "repeat", "replace", "require", "resignal", "restrict",
            "return", "returning", "revoke", "right", "rlike", "row", "row_number", "rows", "schema", "schemas",
            "second_microsecond", "select", "sensitive", "separator", "set", "show", "signal", "slow", "smallint",
            "spatial", "specific", "sql", "sql_big_result", "sql_calc_found_rows", "sql_small_result", "sqlexception",
            "sqlstate", "sqlwarning", "ssl", "starting", "stats_auto_recalc", "stats_persistent",
            "stats_sample_pages", "stored", "straight_join", "system", "table", "terminated", "then", "tinyblob",
            "tinyint", "tinytext", "to", "trailing", "trigger", "true", "undo", "union", "unique", "unlock",
            "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time", "utc_timestamp", "values",
            "varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where", "while", "window", "with",
            "write", "xor", "year_month", "zerofill");

    private static final Set<String> POSTGRESQL = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
            "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
            "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
            "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private static final Set<String> H2 = Set.of(
            "all", "and", "any", "array", "as", "asymmetric", "authorization", "between", "both", "case", "cast",
            "check", "constraint", "cross", "current_catalog", "current_date", "current_path", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "day", "default", "distinct",
            "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "group", "groups",
            "having", "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is", "join", "key", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month", "natural", "not",
            "null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify", "range", "regexp",
            "right", "row", "rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric",
            "system_user", "table", "to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user",
            "using", "value", "values", "when", "where", "window", "with", "year", "_rowid_");

    private ReservedWords() {
    }

    /**
     * Whether the word is reserved on the target database. SQLite reserves little but accepts the SQL standard's
     * reserved words only quoted in places; PostgreSQL's list (close to the standard's) stands in for it.
     */
    public static boolean reserved(String name, TargetDatabase target) {
        String word = name.toLowerCase(Locale.ROOT);
        return switch (target) {
            case MYSQL, MARIADB -> MYSQL.contains(word);
            case POSTGRESQL, SQLITE -> POSTGRESQL.contains(word);
            case H2 -> H2.contains(word);
        };
    }
}

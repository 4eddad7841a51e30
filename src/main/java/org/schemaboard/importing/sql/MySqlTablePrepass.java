package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a mysqldump {@code CREATE TABLE} into what jOOQ's parser reads without losses, taking out what it would
 * drop or reject: inline {@code KEY}/{@code UNIQUE KEY}/{@code FULLTEXT KEY}/{@code SPATIAL KEY} lines become index
 * plans (the last two with their kind as the method), prefix lengths {@code col(190)} are removed (warned), inline column {@code COMMENT '…'} is kept
 * aside, {@code ON UPDATE CURRENT_TIMESTAMP} is removed (warned), and the table options after the closing parenthesis
 * are dropped except the table {@code COMMENT='…'}.
 */
final class MySqlTablePrepass {

    record Result(String sql, String tableComment, List<ImportPlan.IndexPlan> indexes,
                  java.util.Map<String, String> columnComments, List<String> warnings, List<String> skipped) {
    }

    private static final Pattern KEY = Pattern.compile("(?is)^(UNIQUE\\s+|FULLTEXT\\s+|SPATIAL\\s+)?(KEY|INDEX)\\s+"
            + "(`[^`]+`|\\w+)?\\s*(USING\\s+(\\w+)\\s*)?\\((.*)\\)\\s*(USING\\s+(\\w+))?.*$");
    private static final Pattern FULLTEXT = Pattern.compile("(?is)^(FULLTEXT|SPATIAL)\\b.*");
    /** A quoted literal's inside, in runs of plain characters: one repetition per character overflowed the stack. */
    private static final String LITERAL = "'([^'\\\\]*+(?:(?:\\\\.|'')[^'\\\\]*+)*+)'";
    private static final Pattern COMMENT = Pattern.compile("(?is)\\s+COMMENT\\s+" + LITERAL);
    private static final Pattern TABLE_COMMENT = Pattern.compile("(?is)\\bCOMMENT\\s*=?\\s*" + LITERAL);
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\s+ON\\s+UPDATE\\s+(CURRENT_TIMESTAMP|NOW)(\\s*\\(\\s*\\d*\\s*\\))?");
    private static final Pattern PREFIX = Pattern.compile("(`[^`]+`|\\b\\w+)\\s*\\(\\s*\\d+\\s*\\)");
    private static final Pattern USING = Pattern.compile("(?i)\\s+USING\\s+(BTREE|HASH)\\b");
    private static final Pattern CHARSET = Pattern.compile("(?i)\\s+(CHARACTER\\s+SET|CHARSET)\\s+\\w+|\\s+COLLATE\\s+\\w+");
    private static final Pattern INTRODUCER = Pattern.compile("(?i)\\b_(utf8mb4|utf8mb3|utf8|latin1|binary)'");

    private MySqlTablePrepass() {
    }

    static Result rewrite(String sql, String table, int line) {
        int open = sql.indexOf('(');
        int close = matching(sql, open);
        if (open < 0 || close < 0) {
            return new Result(sql, null, List.of(), java.util.Map.of(), List.of(), List.of());
        }
        List<ImportPlan.IndexPlan> indexes = new ArrayList<>();
        java.util.Map<String, String> comments = new java.util.LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String item : topLevelItems(sql.substring(open + 1, close))) {
            String s = item.strip();
            Matcher key = KEY.matcher(s);
            if (FULLTEXT.matcher(s).matches() && !key.matches()) {
                skipped.add(s);
            } else if (key.matches()) {
                String name = key.group(3) == null ? null : unquote(key.group(3));
                String kind = key.group(1) == null ? "" : key.group(1).strip().toUpperCase(java.util.Locale.ROOT);
                String method = kind.equals("FULLTEXT") || kind.equals("SPATIAL") ? kind
                        : key.group(5) != null ? key.group(5) : key.group(8);
                List<ImportPlan.IndexColumn> columns = new ArrayList<>();
                for (String part : topLevelItems(key.group(6))) {
                    columns.add(keyColumn(part, table, name, warnings));
                }
                indexes.add(new ImportPlan.IndexPlan(name, table, columns, kind.equals("UNIQUE"), null,
                        method == null ? null : method.toLowerCase(java.util.Locale.ROOT), line));
            } else if (s.matches("(?is)^(PRIMARY\\s+KEY|UNIQUE|CONSTRAINT)\\b.*")) {
                String clean = USING.matcher(s).replaceAll("");
                Matcher prefix = PREFIX.matcher(clean.substring(clean.indexOf('(') + 1));
                if (s.matches("(?is)^(PRIMARY\\s+KEY|UNIQUE).*") && prefix.find()) {
                    warnings.add("Prefix length removed in a key of " + table + ": " + StatementSplitter.excerpt(s));
                    clean = clean.substring(0, clean.indexOf('(') + 1)
                            + PREFIX.matcher(clean.substring(clean.indexOf('(') + 1)).replaceAll("$1");
                }
                kept.add(clean);
            } else {
                kept.add(column(s, table, comments, warnings));
            }
        }
        String options = sql.substring(close + 1);
        Matcher tc = TABLE_COMMENT.matcher(options);
        String tableComment = tc.find() ? unescape(tc.group(1)) : null;
        String rewritten = sql.substring(0, open + 1) + "\n  " + String.join(",\n  ", kept) + "\n)";
        return new Result(rewritten, tableComment, indexes, comments, warnings, skipped);
    }

    private static String column(String item, String table, java.util.Map<String, String> comments,
                                 List<String> warnings) {
        String column = unquote(item.split("\\s+", 2)[0]);
        String s = item;
        Matcher comment = COMMENT.matcher(s);
        if (comment.find()) {
            comments.put(column.toLowerCase(java.util.Locale.ROOT), unescape(comment.group(1)));
            s = s.substring(0, comment.start()) + s.substring(comment.end());
        }
        Matcher onUpdate = ON_UPDATE.matcher(s);
        if (onUpdate.find()) {
            warnings.add(table + "." + column + ": ON UPDATE " + onUpdate.group(1).toUpperCase(java.util.Locale.ROOT)
                    + " is not kept (the model has no on-update default)");
            s = onUpdate.replaceAll("");
        }
        s = CHARSET.matcher(s).replaceAll("");
        s = INTRODUCER.matcher(s).replaceAll("'");
        return s;
    }

    private static ImportPlan.IndexColumn keyColumn(String part, String table, String index, List<String> warnings) {
        String p = part.strip();
        boolean desc = p.toUpperCase(java.util.Locale.ROOT).endsWith(" DESC");
        p = p.replaceAll("(?i)\\s+(ASC|DESC)$", "");
        Matcher prefix = PREFIX.matcher(p);
        if (prefix.matches()) {
            warnings.add("Index " + index + " on " + table + ": prefix length of " + unquote(prefix.group(1))
                    + " removed (the model indexes whole columns)");
            p = prefix.group(1);
        }
        return new ImportPlan.IndexColumn(unquote(p.strip()), desc);
    }

    static String unquote(String name) {
        String n = name.strip();
        if (n.length() >= 2 && (n.charAt(0) == '`' || n.charAt(0) == '"' || n.charAt(0) == '[')) {
            return n.substring(1, n.length() - 1);
        }
        return n;
    }

    private static String unescape(String text) {
        return text.replace("''", "'").replace("\\'", "'").replace("\\\"", "\"").replace("\\n", "\n")
                .replace("\\\\", "\\");
    }

    /** The index of the parenthesis closing the one at {@code open}, ignoring quoted text; -1 when none. */
    static int matching(String sql, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        char quote = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits on commas outside parentheses and quotes. */
    static List<String> topLevelItems(String body) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(body.substring(start, i));
                start = i + 1;
            }
        }
        if (!body.substring(start).isBlank()) {
            items.add(body.substring(start));
        }
        return items;
    }
}

package org.schemaboard.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Designers' SQL fragments (defaults, CHECK expressions, index predicates) as they go into the DDL. They are copied as
 * written — the dialect is the designer's business — except for a few well-known defaults that have a direct
 * equivalent in the other dialects ({@code gen_random_uuid()}, {@code now()}, a PostgreSQL cast on a literal).
 */
final class SqlText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?)::[A-Za-z_][A-Za-z0-9_ ]*(\\[\\])?$");
    private static final Pattern CHECK_KEYWORD = Pattern.compile("^(?i)CHECK\\s*(\\(.*\\))$", Pattern.DOTALL);

    /** A default value and, when it had to be rewritten for the dialect, a note saying how. */
    record Default(String sql, String note) {
    }

    private SqlText() {
    }

    /** Text made safe for a {@code --} line comment: one line. */
    static String comment(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    static Default defaultFor(String raw, TypeMapping.SqlType type, SqlDialectChoice dialect) {
        if (raw == null || raw.isBlank() || type.identity()) {
            return null;
        }
        String sql = raw.strip();
        String note = null;
        if (dialect != SqlDialectChoice.POSTGRESQL) {
            Matcher cast = CAST_LITERAL.matcher(sql);
            if (cast.matches()) {
                sql = cast.group(1);
            }
            String lower = sql.toLowerCase(Locale.ROOT).replace(" ", "");
            if (lower.equals("gen_random_uuid()") || lower.equals("uuid_generate_v4()")) {
                sql = dialect == SqlDialectChoice.H2 ? "RANDOM_UUID()" : "(UUID())";
                note = "default " + raw.strip() + " written as " + sql;
            } else if (lower.equals("now()")) {
                sql = "CURRENT_TIMESTAMP";
            }
            if (dialect == SqlDialectChoice.MYSQL && type.mysqlNeedsExpressionDefault() && !sql.startsWith("(")) {
                sql = "(" + sql + ")";
            }
        }
        return new Default(sql, note);
    }

    /** A CHECK expression without a leading {@code CHECK} keyword, which some designers type. */
    static String checkExpression(String raw) {
        String sql = raw.strip();
        Matcher m = CHECK_KEYWORD.matcher(sql);
        return m.matches() ? m.group(1) : sql;
    }
}

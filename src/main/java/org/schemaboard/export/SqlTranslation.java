package org.schemaboard.export;

import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * CHECK and DEFAULT expressions carried from the dialect a design is written for to another: parsed with jOOQ in the
 * design's dialect and rendered in the target's. What jOOQ cannot read, or reads as something the target has no
 * form of, is not guessed at: the caller leaves it out with a comment. A design for the target's own dialect keeps
 * its designers' SQL as written.
 */
final class SqlTranslation {

    private static final Pattern SIMPLE_LITERAL = Pattern.compile("(?is)^(-?\\d+(\\.\\d+)?|'(?:[^'\\\\]|'')*'|TRUE|FALSE"
            + "|NULL|CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME)$");
    /** PostgreSQL regular-expression match operators, which jOOQ's MySQL rendering would not keep. */
    private static final Pattern PG_REGEX = Pattern.compile("(?<![<>!=])!?~\\*?(?![=~])");

    private final SqlDialectChoice source;
    private final SqlDialectChoice target;
    private final DSLContext parser;
    private final DSLContext renderer;

    /** @param source the dialect the design is written for, or null when none of ours (SQLite): copied as written */
    SqlTranslation(SqlDialectChoice source, SqlDialectChoice target) {
        this.source = source;
        this.target = target;
        this.parser = source == null ? null : DSL.using(DdlSupport.sqlDialect(source), new Settings()
                .withParseUnknownFunctions(ParseUnknownFunctions.IGNORE));
        this.renderer = DSL.using(DdlSupport.sqlDialect(target), new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderKeywordCase(org.jooq.conf.RenderKeywordCase.UPPER));
    }

    boolean needed() {
        return source != null && source != target;
    }

    /** The condition in the target's SQL, or null when it cannot be carried over. */
    String condition(String sql) {
        if (!needed()) {
            return sql;
        }
        if (source == SqlDialectChoice.POSTGRESQL && PG_REGEX.matcher(stripLiterals(sql)).find()) {
            return null;
        }
        try {
            Condition c = parser.parser().parseCondition(sql);
            return renderer.renderInlined(c);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The default value in the target's SQL, or null when it cannot be carried over. */
    String field(String sql) {
        if (!needed() || SIMPLE_LITERAL.matcher(sql.strip()).matches()) {
            return sql;
        }
        try {
            Field<?> f = parser.parser().parseField(sql);
            return renderer.renderInlined(f);
        } catch (RuntimeException e) {
            return null;
        }
    }

    String sourceLabel() {
        return source == null ? "another database" : source.label();
    }

    private static String stripLiterals(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }
}

package org.schemaboard.export;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.DataType;
import org.jooq.Name;
import org.jooq.Nullability;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.ReferentialAction;

/**
 * The small jOOQ bits {@link DdlRenderer} needs: dialects, identifier quoting, foreign-key actions, SQL comments,
 * column settings and MySQL's rule for numbered columns.
 */
final class DdlSupport {


    private DdlSupport() {
    }

    /** Notes as SQL line comments, one per line, ready to go above a statement. */
    static String commented(List<String> notes) {
        StringBuilder out = new StringBuilder();
        for (String note : notes) {
            out.append("-- ").append(SqlText.comment(note)).append('\n');
        }
        return out.toString();
    }

    static ConstraintForeignKeyOnStep onDelete(ConstraintForeignKeyOnStep s, ReferentialAction a) {
        return switch (a) {
            case CASCADE -> s.onDeleteCascade();
            case RESTRICT -> s.onDeleteRestrict();
            case SET_NULL -> s.onDeleteSetNull();
            case SET_DEFAULT -> s.onDeleteSetDefault();
            case NO_ACTION -> s.onDeleteNoAction();
        };
    }

    static ConstraintForeignKeyOnStep onUpdate(ConstraintForeignKeyOnStep s, ReferentialAction a) {
        return switch (a) {
            case CASCADE -> s.onUpdateCascade();
            case RESTRICT -> s.onUpdateRestrict();
            case SET_NULL -> s.onUpdateSetNull();
            case SET_DEFAULT -> s.onUpdateSetDefault();
            case NO_ACTION -> s.onUpdateNoAction();
        };
    }

    /**
     * Unquoted, as designers write their queries, unless the dialect needs quotes: a word it reserves, a name that is
     * not a plain identifier, or letter case the dialect would fold away (PostgreSQL folds bare names to lower case,
     * H2 to upper case, so {@code OrderLine} is quoted there; MySQL keeps the case as written).
     */
    static Name name(String identifier, SqlDialectChoice dialect) {
        boolean plain = isPlain(identifier) && !ReservedWords.reserved(identifier, dialect) && !foldsCase(identifier, dialect);
        return plain ? DSL.unquotedName(identifier) : DSL.quotedName(identifier);
    }

    private static boolean foldsCase(String identifier, SqlDialectChoice dialect) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return switch (dialect) {
            case POSTGRESQL -> upper;
            case H2 -> upper && lower;
            case MYSQL -> false;
        };
    }

    /** Letters, digits and '_', not starting with a digit — by hand, as this runs for every name of a big design. */
    private static boolean isPlain(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static Name[] names(List<Attribute> attributes, SqlDialectChoice dialect) {
        return attributes.stream().map(a -> name(a.name(), dialect)).toArray(Name[]::new);
    }

    static String columnList(List<Attribute> attributes) {
        return String.join(", ", new LinkedHashSet<>(attributes.stream().map(Attribute::name).toList()));
    }

    /**
     * The numbered columns MySQL cannot number: it takes one AUTO_INCREMENT column per table, and only one that leads
     * a key (the primary key, a unique column or an index). PostgreSQL and H2 take any identity column.
     */
    static Set<UUID> mysqlUnnumbered(Entity e, List<Index> indexes, Predicate<Attribute> numbered) {
        Set<UUID> leading = new HashSet<>();
        if (!e.primaryKey().isEmpty()) {
            leading.add(e.primaryKey().get(0).id());
        }
        e.attributes().stream().filter(Attribute::unique).forEach(a -> leading.add(a.id()));
        indexes.stream().filter(i -> !i.columns().isEmpty() && (i.method() == null || !i.method().mysqlKind()))
                .forEach(i -> leading.add(i.columns().get(0).attributeId()));
        Set<UUID> unnumbered = new HashSet<>();
        boolean taken = false;
        for (Attribute a : e.attributes()) {
            if (numbered.test(a)) {
                if (!taken && leading.contains(a.id())) {
                    taken = true;
                } else {
                    unnumbered.add(a.id());
                }
            }
        }
        return unnumbered;
    }

    /** A MySQL-style 0/1 default of a BOOLEAN column as FALSE/TRUE. */
    static String booleanDefault(String sql) {
        String v = sql.strip().replace("'", "");
        return v.equals("0") ? "FALSE" : v.equals("1") ? "TRUE" : sql;
    }

    /** The column's type with NOT NULL (or nothing), identity and default. */
    static <T> DataType<T> configure(DataType<T> type, boolean notNull, boolean identity, String defaultSql) {
        // NOT NULL or nothing: an explicit NULL is noise in a specification
        DataType<T> t = type.nullability(notNull ? Nullability.NOT_NULL : Nullability.DEFAULT);
        if (identity) {
            t = t.identity(true);
        }
        if (defaultSql != null) {
            t = t.defaultValue(DSL.field(defaultSql, t));
        }
        return t;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static SQLDialect sqlDialect(SqlDialectChoice dialect) {
        return switch (dialect) {
            case POSTGRESQL -> SQLDialect.POSTGRES;
            case MYSQL -> SQLDialect.MYSQL;
            case H2 -> SQLDialect.H2;
        };
    }

    static int maxIdentifierLength(SqlDialectChoice dialect) {
        return switch (dialect) {
            case POSTGRESQL -> 63;
            case MYSQL -> 64;
            case H2 -> 256;
        };
    }
}

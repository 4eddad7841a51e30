package org.schemaboard.checks;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemaboard.model.entity.Attribute;

/** Data types as the rules compare them: spelled-out aliases folded into one canonical name per type. */
final class Types {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("INT", "INTEGER"), Map.entry("INT4", "INTEGER"), Map.entry("SERIAL", "INTEGER"),
            Map.entry("INT8", "BIGINT"), Map.entry("BIGSERIAL", "BIGINT"), Map.entry("INT2", "SMALLINT"),
            Map.entry("SMALLSERIAL", "SMALLINT"), Map.entry("NUMERIC", "DECIMAL"), Map.entry("DEC", "DECIMAL"),
            Map.entry("BOOL", "BOOLEAN"), Map.entry("CHARACTER VARYING", "VARCHAR"), Map.entry("CHARACTER", "CHAR"),
            Map.entry("DOUBLE", "DOUBLE PRECISION"), Map.entry("FLOAT8", "DOUBLE PRECISION"),
            Map.entry("FLOAT4", "REAL"), Map.entry("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"),
            Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"));
    private static final Set<String> FLOATING = Set.of("REAL", "FLOAT", "DOUBLE PRECISION");

    private Types() {
    }

    /** Upper case, modifiers and arguments dropped, aliases folded: {@code int4} and {@code INT} are INTEGER. */
    static String canonical(String type) {
        if (type == null) {
            return "";
        }
        // every rule asks for every column's type: a large design has a few dozen distinct ones, each folded once
        String cached = CANONICAL.get(type);
        if (cached == null) {
            cached = canonicalUncached(type);
            if (CANONICAL.size() > 10_000) {
                CANONICAL.clear();
            }
            CANONICAL.put(type, cached);
        }
        return cached;
    }

    private static final java.util.Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

    private static String canonicalUncached(String type) {
        String t = type.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        int paren = t.indexOf('(');
        if (paren >= 0) {
            int close = t.indexOf(')', paren);
            t = (t.substring(0, paren) + (close >= 0 ? t.substring(close + 1) : "")).strip().replaceAll("\\s+", " ");
        }
        t = t.replaceAll("( (UNSIGNED|SIGNED|ZEROFILL))+$", "");
        return ALIASES.getOrDefault(t, t);
    }

    /** The canonical type with its length or precision, for comparing two columns exactly. */
    static String full(Attribute a) {
        String base = canonical(a.dataType());
        if (a.length() != null) {
            return base + "(" + a.length() + ")";
        }
        if (a.precision() != null) {
            return base + "(" + a.precision() + (a.scale() != null ? "," + a.scale() : "") + ")";
        }
        return base;
    }

    static boolean floating(String type) {
        return FLOATING.contains(canonical(type));
    }

    static boolean varchar(String type) {
        return canonical(type).equals("VARCHAR");
    }
}

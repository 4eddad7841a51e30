package org.schemaboard.importing.sql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type written as text ({@code character varying(40)}, {@code numeric(10,2)}, {@code integer[]}, {@code
 * ENUM('a','b')}) split the way the plan holds it: the name in upper case, then length, precision and scale where the
 * type takes them. For readers that get types as text (a live catalog, ER diagrams).
 */
public final class TypeText {

    private static final Pattern ARGS = Pattern.compile("(?s)^(.*?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(.*)$");
    public static final Set<String> WITH_LENGTH = Set.of("VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING",
            "BINARY", "VARBINARY", "BIT", "VARBIT", "NVARCHAR", "NCHAR", "BINARY VARYING");
    public static final Set<String> WITH_PRECISION = Set.of("DECIMAL", "NUMERIC", "NUMBER");

    private TypeText() {
    }

    /** {name, length, precision, scale}, the last three null when not given. */
    public static String[] split(String written) {
        Matcher args = ARGS.matcher(written.strip());
        if (args.matches() && args.group(4).isBlank()) {
            String base = standard(args.group(1));
            if (WITH_PRECISION.contains(base)) {
                return new String[] {base, null, args.group(2), args.group(3)};
            }
            if (args.group(3) == null && WITH_LENGTH.contains(base)) {
                return new String[] {base, args.group(2), null, null};
            }
        }
        String bare = written.strip();
        int paren = bare.indexOf('(');
        return new String[] {paren < 0 ? standard(bare) : bare.substring(0, paren).strip().toUpperCase(Locale.ROOT)
                + bare.substring(paren), null, null, null};
    }

    private static String standard(String type) {
        // spelled as the SQL import keeps a dump's types (CHARACTER VARYING stays CHARACTER VARYING)
        return type.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

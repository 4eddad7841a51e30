package org.schemaboard.checks;

import static org.schemaboard.checks.Rule.Category.TYPES_AND_NAMING;
import static org.schemaboard.spec.SpecificationChecklist.Item.DATA_MODEL;
import static org.schemaboard.spec.SpecificationChecklist.Item.INTEGRITY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.Relationship;

/** Data types and names: consistent across the design and acceptable to the target database. */
final class TypeRules {

    static final Rule INCONSISTENT = Rule.warning("column-type-inconsistent", TYPES_AND_NAMING, DATA_MODEL,
            "Same column name, different types", "user_id as INTEGER here and BIGINT there breaks joins and hides "
                    + "overflow until production.", "Use one type for the same name across the design.");
    static final Rule MONEY_FLOAT = Rule.error("money-in-float", TYPES_AND_NAMING, INTEGRITY,
            "Money or quantity in floating point", "Floating point cannot hold 0.10 exactly; totals drift by cents.",
            "Use DECIMAL(precision, scale) (or integer minor units).");
    static final Rule TIMESTAMP_TZ = Rule.warning("timestamp-without-time-zone", TYPES_AND_NAMING, INTEGRITY,
            "Timestamp without time zone on PostgreSQL", "Instants stored without a zone are read differently by "
                    + "every client and break across daylight-saving changes.", "Use TIMESTAMP WITH TIME ZONE.");
    static final Rule VARCHAR_LENGTH = Rule.error("varchar-without-length", TYPES_AND_NAMING, DATA_MODEL,
            "VARCHAR without length on MySQL", "MySQL and MariaDB refuse VARCHAR without a length.",
            "Give the length, or use TEXT.");
    static final Rule RESERVED = Rule.warning("reserved-word", TYPES_AND_NAMING, DATA_MODEL,
            "Reserved word as a name", "Every query must quote it; a missed quote is a syntax error at run time.",
            "Rename it (order → orders, user → app_user).");
    static final Rule MIXED = Rule.warning("mixed-naming", TYPES_AND_NAMING, DATA_MODEL,
            "Mixed naming conventions", "orderId next to created_at makes every name a guess and every ORM mapping "
                    + "a special case.", "Follow the convention most of the design uses.");
    static final Rule TOO_LONG = Rule.error("identifier-too-long", TYPES_AND_NAMING, DATA_MODEL,
            "Identifier longer than the database allows", "The database refuses it or silently truncates it "
                    + "(PostgreSQL), so two names can collide.", "Shorten the name.");
    static final Rule NEEDS_QUOTING = Rule.warning("name-needs-quoting", TYPES_AND_NAMING, DATA_MODEL,
            "Name that needs quoting", "Spaces, dashes or a leading digit force quotes in every query.",
            "Use letters, digits and underscores, starting with a letter.");
    static final Rule FLOAT_KEY = Rule.error("float-key", TYPES_AND_NAMING, INTEGRITY,
            "Key column in floating point", "Equality on floating point is unreliable; keys must compare exactly.",
            "Use an integer, UUID or DECIMAL key.");
    static final Rule DECIMAL_PRECISION = Rule.info("decimal-without-precision", TYPES_AND_NAMING, null,
            "DECIMAL without precision", "The database's default precision differs (MySQL: DECIMAL(10,0) drops "
                    + "the cents).", "Give precision and scale, e.g. DECIMAL(12,2).");

    static final List<Rule> ALL = List.of(INCONSISTENT, MONEY_FLOAT, TIMESTAMP_TZ, VARCHAR_LENGTH, RESERVED, MIXED,
            TOO_LONG, NEEDS_QUOTING, FLOAT_KEY, DECIMAL_PRECISION);

    private static final Pattern MONEY = Pattern.compile("(^|_)(price|amount|total|subtotal|cost|balance|fee|tax|"
            + "salary|discount|qty|quantity|money|payment|credit|debit)(_|$)|(Price|Amount|Total|Cost|Balance|Fee|"
            + "Quantity|Qty)", Pattern.CASE_INSENSITIVE);

    enum Style { SNAKE, CAMEL, PASCAL, UPPER }

    private TypeRules() {
    }

    static void check(Findings f) {
        TargetDatabase target = f.model.targetDatabase();
        Map<String, List<Attribute>> byName = new LinkedHashMap<>();
        Map<Style, List<String>> styles = new EnumMap<>(Style.class);
        java.util.Set<java.util.UUID> foreignKeys = new java.util.HashSet<>();
        f.model.relationships().forEach(r -> r.columns().forEach(p -> foreignKeys.add(p.toAttributeId())));
        for (Entity e : f.model.entities()) {
            name(target, e.name(), "entity", styles, (rule, msg) -> f.entity(rule, e, msg));
            String column = "column " + e.name() + ".";
            for (Attribute a : e.attributes()) {
                byName.computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
                name(target, a.name(), column, styles,
                        (rule, msg) -> f.attribute(rule, e, a, msg));
                type(f, target, e, a, foreignKeys.contains(a.id()));
            }
        }
        for (Index i : f.model.indexes()) {
            name(target, i.name(), "index", null, (rule, msg) -> f.index(rule, i, msg));
        }
        for (Relationship r : f.model.relationships()) {
            if (r.name() != null && !r.name().isBlank()) {
                name(target, r.name(), "constraint", null, (rule, msg) -> f.relationship(rule, r, msg));
            }
        }
        inconsistent(f, byName);
        mixed(f, styles);
    }

    private static void type(Findings f, TargetDatabase target, Entity e, Attribute a, boolean foreignKey) {
        String where = e.name() + "." + a.name();
        boolean key = a.primaryKey() || foreignKey;
        if (Types.floating(a.dataType())) {
            if (MONEY.matcher(a.name()).find()) {
                f.attribute(MONEY_FLOAT, e, a, where + " holds money or a quantity in " + a.typeDisplay());
            }
            if (key) {
                f.attribute(FLOAT_KEY, e, a, where + " is a key column in " + a.typeDisplay());
            }
        }
        String canonical = Types.canonical(a.dataType());
        if (target == TargetDatabase.POSTGRESQL && canonical.equals("TIMESTAMP")) {
            f.attribute(TIMESTAMP_TZ, e, a, where + " is a TIMESTAMP without time zone");
        }
        if ((target == TargetDatabase.MYSQL || target == TargetDatabase.MARIADB) && Types.varchar(a.dataType())
                && a.length() == null) {
            f.attribute(VARCHAR_LENGTH, e, a, where + " is a VARCHAR without length");
        }
        if (canonical.equals("DECIMAL") && a.precision() == null) {
            f.attribute(DECIMAL_PRECISION, e, a, where + " is a DECIMAL without precision");
        }
    }

    private interface Report {
        void to(Rule rule, String message);
    }

    /** Reserved, too long, needs quoting; and its style is counted for {@code mixed-naming} (entities, columns). */
    private static void name(TargetDatabase target, String name, String what, Map<Style, List<String>> styles,
                             Report report) {
        // runs for every column: the message text is built only when there is something to report
        if (name.length() > target.maxIdentifierLength()) {
            report.to(TOO_LONG, noun(name, what) + " is " + name.length() + " characters; " + target.label()
                    + " allows " + target.maxIdentifierLength());
        }
        if (!plain(name)) {
            report.to(NEEDS_QUOTING, noun(name, what) + " needs quoting");
            return;
        }
        if (ReservedWords.reserved(name, target)) {
            report.to(RESERVED, noun(name, what) + " is a reserved word on " + target.label());
        }
        if (styles != null) {
            Style style = style(name);
            if (style != null) {
                styles.computeIfAbsent(style, k -> new ArrayList<>()).add(name);
            }
        }
    }

    private static String noun(String name, String what) {
        return what.endsWith(".") ? "The column " + what.substring("column ".length()) + name
                : "The " + what + " " + name;
    }

    /** Letters, digits and underscores, not starting with a digit: needs no quotes anywhere (by hand, no matcher). */
    static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The convention a name follows; null for a single lower-case word, which fits snake_case and camelCase alike. */
    static Style style(String name) {
        boolean underscore = name.contains("_");
        boolean upper = !name.equals(name.toLowerCase(Locale.ROOT));
        boolean lower = !name.equals(name.toUpperCase(Locale.ROOT));
        if (!upper) {
            return underscore ? Style.SNAKE : null;
        }
        if (!lower) {
            return Style.UPPER;
        }
        if (underscore) {
            return Style.SNAKE; // Order_Items: snake with capitals, counted with snake_case
        }
        return Character.isUpperCase(name.charAt(0)) ? Style.PASCAL : Style.CAMEL;
    }

    private static void mixed(Findings f, Map<Style, List<String>> styles) {
        if (styles.size() < 2) {
            return;
        }
        Style main = styles.entrySet().stream().max(Comparator.comparingInt(
                (Map.Entry<Style, List<String>> e) -> e.getValue().size())).orElseThrow().getKey();
        // one finding per design: a list of every odd name would drown the other findings
        List<String> odd = styles.entrySet().stream().filter(e -> e.getKey() != main)
                .flatMap(e -> e.getValue().stream()).toList();
        f.design(MIXED, "Most names are " + main.name().toLowerCase(Locale.ROOT).replace("upper", "UPPER_CASE")
                .replace("snake", "snake_case").replace("camel", "camelCase").replace("pascal", "PascalCase")
                + ", but " + odd.size() + " " + (odd.size() == 1 ? "is" : "are") + " not: "
                + odd.stream().limit(5).collect(Collectors.joining(", ")) + (odd.size() > 5 ? " …" : ""));
    }

    private static void inconsistent(Findings f, Map<String, List<Attribute>> byName) {
        byName.forEach((name, attributes) -> {
            if (attributes.size() < 2 || name.equals("id")) {
                return;
            }
            Map<String, List<Attribute>> byType = attributes.stream().collect(Collectors.groupingBy(Types::full,
                    LinkedHashMap::new, Collectors.toList()));
            if (byType.size() < 2) {
                return;
            }
            String main = byType.entrySet().stream().max(Comparator.comparingInt(
                    (Map.Entry<String, List<Attribute>> e) -> e.getValue().size())).orElseThrow().getKey();
            byType.forEach((type, odd) -> {
                if (!type.equals(main)) {
                    odd.forEach(a -> f.attribute(INCONSISTENT, f.entities.get(a.entityId()), a, f.column(a.id())
                            + " is " + a.typeDisplay() + " but " + name + " is " + main + " elsewhere ("
                            + byType.get(main).stream().map(x -> f.entityName(x.entityId())).limit(3)
                            .collect(Collectors.joining(", ")) + ")"));
                }
            });
        });
    }
}

package org.schemaboard.importing.er;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.TypeText;

/**
 * Maps a diagram onto tables, the plan the SQL import writes. An entity becomes a table (PK attributes its primary
 * key, UK attributes unique, PlantUML's {@code *} NOT NULL). A one-to-many or one-to-one relationship becomes a
 * foreign key from the "many" (or right-hand) entity to the other's primary key, on the FK attributes of the child
 * that name the parent ({@code customer_id} for {@code customers}), else its first unclaimed FK attributes, else on
 * new columns (with a warning). A many-to-many relationship becomes a junction table, unless a table already links
 * both with foreign keys. Relationship lines are the elements' lines.
 */
final class ErPlanBuilder {

    private static final Set<String> TYPE_WORDS = Set.of("TIMESTAMP", "TIME", "WITH", "WITHOUT", "ZONE", "DOUBLE",
            "PRECISION", "CHARACTER", "VARYING", "BIT", "UNSIGNED", "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT",
            "MEDIUMINT", "LOCAL", "LARGE", "OBJECT", "NATIONAL", "CHAR", "VARCHAR", "DECIMAL", "NUMERIC", "FLOAT");

    private final boolean mermaid;
    private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    private final List<ImportPlan.ForeignKey> foreignKeys = new ArrayList<>();
    private final List<ImportPlan.Warning> warnings = new ArrayList<>();

    private static final class TableBuilder {
        final String name;
        final int line;
        final List<ImportPlan.Column> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<String> foreignKeyColumns = new ArrayList<>();
        final Set<String> claimed = new HashSet<>();

        TableBuilder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        ImportPlan.Column column(String column) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElse(null);
        }
    }

    private ErPlanBuilder(boolean mermaid) {
        this.mermaid = mermaid;
    }

    /** @param mermaid Mermaid's types are written with {@code _} for spaces and {@code -} for commas */
    static ImportPlan plan(ErDocument doc, boolean mermaid) {
        return new ErPlanBuilder(mermaid).build(doc);
    }

    private ImportPlan build(ErDocument doc) {
        for (ErDocument.Entity entity : doc.entities()) {
            TableBuilder table = new TableBuilder(entity.name(), entity.line());
            if (tables.putIfAbsent(key(entity.name()), table) != null) {
                throw new ErSyntaxException(entity.line(), 1, "the entity " + entity.name() + " is declared twice");
            }
            for (ErDocument.Attribute a : entity.attributes()) {
                if (table.column(a.name()) != null) {
                    throw new ErSyntaxException(a.line(), 1, entity.name() + " has two attributes named " + a.name());
                }
                boolean pk = a.keys().contains("PK");
                String[] type = TypeText.split(mermaid ? mermaidType(a.type()) : a.type());
                table.columns.add(new ImportPlan.Column(a.name(), type[0], integer(type[1]), integer(type[2]),
                        integer(type[3]), !pk && !a.mandatory(), null, a.comment(), null, false));
                if (pk) {
                    table.primaryKey.add(a.name());
                }
                if (a.keys().contains("UK")) {
                    table.uniques.add(List.of(a.name()));
                }
                if (a.keys().contains("FK")) {
                    table.foreignKeyColumns.add(a.name());
                }
            }
        }
        for (ErDocument.Relationship r : doc.relationships()) {
            for (String end : List.of(r.left(), r.right())) {
                if (!tables.containsKey(key(end))) {
                    if (!mermaid) {
                        throw new ErSyntaxException(r.line(), r.column(), "the entity " + end + " is not declared");
                    }
                    tables.put(key(end), new TableBuilder(end, r.line()));  // Mermaid declares entities by use
                }
            }
        }
        List<ErDocument.Relationship> manyToMany = new ArrayList<>();
        for (ErDocument.Relationship r : doc.relationships()) {
            if (r.leftEnd().many && r.rightEnd().many) {
                manyToMany.add(r);
            } else if (r.leftEnd().many) {
                foreignKey(r, tables.get(key(r.right())), tables.get(key(r.left())), r.leftEnd(), r.rightEnd(), false);
            } else if (!r.rightEnd().many && !hasFreeForeignKey(tables.get(key(r.right())))
                    && hasFreeForeignKey(tables.get(key(r.left())))) {
                // one-to-one whose foreign key attribute is on the left: the left entity is the child
                foreignKey(r, tables.get(key(r.right())), tables.get(key(r.left())), r.leftEnd(), r.rightEnd(), true);
            } else {
                foreignKey(r, tables.get(key(r.left())), tables.get(key(r.right())), r.rightEnd(), r.leftEnd(),
                        !r.rightEnd().many);
            }
        }
        manyToMany.forEach(this::junction);
        List<ImportPlan.Table> out = tables.values().stream().map(t -> new ImportPlan.Table(t.name, null, t.columns,
                t.primaryKey, t.uniques, List.of(), t.line)).toList();
        return new ImportPlan(ImportDialect.POSTGRESQL, out, foreignKeys, List.of(), List.of(), List.of(), warnings,
                List.of(), List.of());
    }

    /**
     * A foreign key from {@code child} to {@code parent}'s primary key; {@code parentEnd} optional makes its columns
     * nullable, {@code oneToOne} unique.
     */
    private void foreignKey(ErDocument.Relationship r, TableBuilder parent, TableBuilder child,
                            ErDocument.End childEnd, ErDocument.End parentEnd, boolean oneToOne) {
        if (parent.primaryKey.isEmpty()) {
            warnings.add(new ImportPlan.Warning(r.line(), r.left() + " – " + r.right() + ": " + parent.name
                    + " has no PK attribute, so the relationship cannot become a foreign key; left out"));
            return;
        }
        List<String> columns = new ArrayList<>();
        String stem = stem(parent.name);
        List<String> candidates = new ArrayList<>(child.foreignKeyColumns.stream()
                .filter(c -> !child.claimed.contains(key(c))).toList());
        candidates.sort((a, b) -> Boolean.compare(!key(a).startsWith(stem), !key(b).startsWith(stem)));
        if (child == parent) {
            candidates.removeIf(c -> parent.primaryKey.stream().anyMatch(p -> p.equalsIgnoreCase(c)));
        }
        for (String pk : parent.primaryKey) {
            if (!candidates.isEmpty()) {
                columns.add(candidates.remove(0));
                continue;
            }
            String name = stem + "_" + pk;
            for (int n = 2; child.column(name) != null; n++) {
                name = stem + "_" + pk + "_" + n;
            }
            ImportPlan.Column referenced = parent.column(pk);
            child.columns.add(new ImportPlan.Column(name, referenced.type(), referenced.length(),
                    referenced.precision(), referenced.scale(), parentEnd.optional, null, null, null, false));
            warnings.add(new ImportPlan.Warning(r.line(), child.name + "." + name + ": added as the foreign key to "
                    + parent.name + " (the diagram marks no FK attribute of " + child.name + " for it)"));
            columns.add(name);
        }
        columns.forEach(c -> child.claimed.add(key(c)));
        if (!parentEnd.optional) {
            // ||: the child always has a parent, so its foreign key columns are NOT NULL
            child.columns.replaceAll(c -> columns.stream().anyMatch(k -> k.equalsIgnoreCase(c.name())) && c.nullable()
                    ? new ImportPlan.Column(c.name(), c.type(), c.length(), c.precision(), c.scale(), false,
                    c.defaultValue(), c.comment(), c.check(), c.autoIncrement()) : c);
        }
        if (oneToOne && !child.uniques.contains(columns) && !child.primaryKey.equals(columns)) {
            child.uniques.add(List.copyOf(columns));
        }
        // a one-word label ("places") names the relationship, as the exports write a relationship's name
        String name = r.label() != null && r.label().matches("[A-Za-z_][\\w$]*") ? r.label() : null;
        foreignKeys.add(new ImportPlan.ForeignKey(name, child.name, columns, parent.name, parent.primaryKey, null,
                null, r.line()));
    }

    private static boolean hasFreeForeignKey(TableBuilder table) {
        return table.foreignKeyColumns.stream().anyMatch(c -> !table.claimed.contains(key(c)));
    }

    /** A junction table for A }o--o{ B, unless a table already has foreign keys to both. */
    private void junction(ErDocument.Relationship r) {
        TableBuilder a = tables.get(key(r.left()));
        TableBuilder b = tables.get(key(r.right()));
        Map<String, Set<String>> targets = new HashMap<>();
        foreignKeys.forEach(fk -> targets.computeIfAbsent(key(fk.table()), k -> new HashSet<>())
                .add(key(fk.referencedTable())));
        if (targets.values().stream().anyMatch(t -> t.contains(key(a.name)) && t.contains(key(b.name)))) {
            return;  // drawn next to the junction entity that carries it
        }
        if (a.primaryKey.isEmpty() || b.primaryKey.isEmpty()) {
            warnings.add(new ImportPlan.Warning(r.line(), r.left() + " – " + r.right() + ": many-to-many between "
                    + "entities without PK attributes cannot get a junction table; left out"));
            return;
        }
        String name = a.name + "_" + b.name;
        for (int n = 2; tables.containsKey(key(name)); n++) {
            name = a.name + "_" + b.name + "_" + n;
        }
        TableBuilder junction = new TableBuilder(name, r.line());
        tables.put(key(name), junction);
        for (TableBuilder side : List.of(a, b)) {
            List<String> cols = new ArrayList<>();
            for (String pk : side.primaryKey) {
                ImportPlan.Column referenced = side.column(pk);
                String col = stem(side.name) + "_" + pk;
                for (int n = 2; junction.column(col) != null; n++) {
                    col = stem(side.name) + "_" + pk + "_" + n;
                }
                junction.columns.add(new ImportPlan.Column(col, referenced.type(), referenced.length(),
                        referenced.precision(), referenced.scale(), false, null, null, null, false));
                junction.primaryKey.add(col);
                cols.add(col);
            }
            foreignKeys.add(new ImportPlan.ForeignKey(null, name, cols, side.name, side.primaryKey, null, null,
                    r.line()));
        }
        warnings.add(new ImportPlan.Warning(r.line(), r.left() + " }o--o{ " + r.right() + ": many-to-many, imported "
                + "through a new junction table " + name));
    }

    /** "customers" → "customer", "Order" → "order": how a foreign key column to it usually begins. */
    private static String stem(String table) {
        String lower = key(table);
        return lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                : lower.endsWith("ses") ? lower.substring(0, lower.length() - 2)
                : lower.endsWith("s") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** Mermaid's DECIMAL(12-2) and TIMESTAMP_WITH_TIME_ZONE as SQL types again. */
    static String mermaidType(String type) {
        String t = type.replaceAll("\\((\\d+)-(\\d+)\\)", "($1,$2)");
        String base = t.replaceFirst("\\(.*$", "");
        boolean words = base.contains("_") && java.util.Arrays.stream(base.toUpperCase(Locale.ROOT).split("_"))
                .allMatch(TYPE_WORDS::contains);
        return words ? base.replace('_', ' ') + t.substring(base.length()) : t;
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

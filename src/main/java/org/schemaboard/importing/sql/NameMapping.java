package org.schemaboard.importing.sql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.Identifiers;
import org.schemaboard.model.index.IndexMethod;

/**
 * How the names and index methods of a plan become acceptable to a design's target. The model wants plain names
 * ({@code [A-Za-z_][A-Za-z0-9_]*}) within the target's length limit; rather than refuse a whole dump for a quoted
 * {@code "Order Items"} or a 70-character PostgreSQL name, a name the model refuses is mapped: other characters become
 * {@code _}, a leading digit gets a {@code _} in front, and an over-long name is cut and ends in 8 hex digits of a
 * checksum of the original (so two long names that share a beginning stay distinct). Index names, which the model
 * keeps unique per design while MySQL keeps them per table, get {@code _2}, {@code _3} … when they repeat; unnamed
 * indexes and multi-column unique constraints are named {@code idx_/uq_<table>_<columns>}. Each mapping is a warning,
 * shown in the preview before anything is written. Pure and deterministic: preview and import map alike.
 */
final class NameMapping {

    private final TargetDatabase target;
    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Set<String> usedIndexNames = new HashSet<>();
    private final Set<String> usedRelationshipNames = new HashSet<>();
    private final List<ImportPlan.Warning> warnings = new ArrayList<>();
    private final Map<String, List<String>> uniqueIndexNames = new LinkedHashMap<>();
    private final List<String> indexNames = new ArrayList<>();
    private final List<IndexMethod> indexMethods = new ArrayList<>();
    private final List<String> relationshipNames = new ArrayList<>();

    NameMapping(ImportPlan plan, TargetDatabase target) {
        this.target = target;
        for (ImportPlan.Table table : plan.tables()) {
            String tableKey = key(table.name());
            tables.put(tableKey, plain(table.name(), table.line(), () -> "table " + table.name()));
            for (ImportPlan.Column column : table.columns()) {
                columns.put(tableKey + "." + key(column.name()), plain(column.name(), table.line(),
                        () -> "column " + table.name() + "." + column.name()));
            }
        }
        for (ImportPlan.Table table : plan.tables()) {
            List<String> names = new ArrayList<>();
            for (List<String> unique : table.uniqueConstraints()) {
                if (unique.size() > 1) {
                    names.add(index(null, table.name(), unique, true, table.line()));
                }
            }
            uniqueIndexNames.put(key(table.name()), names);
        }
        for (ImportPlan.IndexPlan index : plan.indexes()) {
            indexNames.add(index(index.name(), index.table(),
                    index.columns().stream().map(ImportPlan.IndexColumn::name).toList(), index.unique(), index.line()));
            indexMethods.add(method(index));
        }
        for (ImportPlan.ForeignKey fk : plan.foreignKeys()) {
            relationshipNames.add(relationship(fk.name(), fk.line()));
        }
    }

    /** Names for the table's multi-column unique constraints (imported as unique indexes), in order. */
    List<String> uniqueIndexNames(String table) {
        return uniqueIndexNames.getOrDefault(key(table), List.of());
    }

    /** The design name of the plan's {@code i}-th index. */
    String indexName(int i) {
        return indexNames.get(i);
    }

    IndexMethod indexMethod(int i) {
        return indexMethods.get(i);
    }

    String relationshipName(int i) {
        return relationshipNames.get(i);
    }

    String table(String name) {
        return tables.get(key(name));
    }

    String column(String table, String column) {
        return columns.get(key(table) + "." + key(column));
    }

    /** A unique index name for the design: the dump's, or one made from the table and columns. */
    private String index(String name, String table, List<String> columnNames, boolean unique, int line) {
        String base = name != null ? name : (unique ? "uq_" : "idx_") + table + "_" + String.join("_", columnNames);
        String mapped = plain(base, line, name == null ? null : () -> "index " + name);
        return distinct(mapped, usedIndexNames, line, "index");
    }

    /** The foreign key's name as the relationship's, unique in the design; null when the dump gave none. */
    private String relationship(String name, int line) {
        return name == null ? null : distinct(plain(name, line, () -> "foreign key " + name), usedRelationshipNames, line,
                "foreign key");
    }

    /** The index method for the target: the dump's when the target has it, else btree (with a warning). */
    private IndexMethod method(ImportPlan.IndexPlan index) {
        if (index.method() == null) {
            return IndexMethod.BTREE;
        }
        IndexMethod method;
        try {
            method = IndexMethod.valueOf(index.method().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            warnings.add(new ImportPlan.Warning(index.line(), "Index " + index.name() + ": method " + index.method()
                    + " is not one the model knows; imported as btree"));
            return IndexMethod.BTREE;
        }
        if (!method.availableFor(target) || (index.unique() && method != IndexMethod.BTREE)) {
            warnings.add(new ImportPlan.Warning(index.line(), "Index " + index.name() + ": " + method.label()
                    + " is not available for a unique index on " + target.label() + "; imported as btree"));
            return IndexMethod.BTREE;
        }
        return method;
    }

    List<ImportPlan.Warning> warnings() {
        return List.copyOf(warnings);
    }

    private String distinct(String name, Set<String> used, int line, String what) {
        String candidate = name;
        for (int n = 2; !used.add(key(candidate)); n++) {
            String suffix = "_" + n;
            String stem = name.length() + suffix.length() > target.maxIdentifierLength()
                    ? name.substring(0, target.maxIdentifierLength() - suffix.length()) : name;
            candidate = stem + suffix;
        }
        if (!candidate.equals(name)) {
            warnings.add(new ImportPlan.Warning(line, "The " + what + " name " + name + " is used twice; the "
                    + "second is imported as " + candidate));
        }
        return candidate;
    }

    /**
     * The name itself when the model accepts it, else its plain form (warned when {@code what} is given; a supplier
     * because tens of thousands of names are mapped and almost none need the text).
     */
    private String plain(String name, int line, java.util.function.Supplier<String> what) {
        if (Identifiers.problem(name, target).isEmpty()) {
            return name;
        }
        String p = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (p.isEmpty() || !Character.isLetter(p.charAt(0)) && p.charAt(0) != '_') {
            p = "_" + p;
        }
        int max = target.maxIdentifierLength();
        if (p.length() > max) {
            CRC32 crc = new CRC32();
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            p = p.substring(0, max - 9) + "_" + String.format("%08x", crc.getValue());
        }
        if (what != null) {
            warnings.add(new ImportPlan.Warning(line, "The " + what.get() + " is imported as " + p + " ("
                    + Identifiers.problem(name, target).orElse("") + ")"));
        }
        return p;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

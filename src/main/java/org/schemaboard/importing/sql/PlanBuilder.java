package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.model.DataTypes;

/**
 * Collects what the statements declare while the reader walks them, then settles what can only be settled at the end
 * (a dump may refer to a table before creating it): foreign keys and indexes whose table or columns do not exist are
 * skipped, a foreign key without columns refers to the primary key, sequence-backed columns auto-increment, and a
 * CHECK that names a single column moves to that column.
 */
final class PlanBuilder {

    static final class TableBuilder {
        final String name;
        final int line;
        String comment;
        final Map<String, ColumnBuilder> columns = new LinkedHashMap<>();
        List<String> primaryKey = List.of();
        final List<List<String>> uniques = new ArrayList<>();
        final List<String> checks = new ArrayList<>();

        TableBuilder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        ColumnBuilder addColumn(String column) {
            ColumnBuilder c = new ColumnBuilder(column);
            columns.put(key(column), c);
            return c;
        }

        ColumnBuilder column(String column) {
            return columns.get(key(column));
        }
    }

    static final class ColumnBuilder {
        final String name;
        String type;
        Integer length;
        Integer precision;
        Integer scale;
        boolean nullable = true;
        String defaultValue;
        String comment;
        String check;
        boolean identity;
        boolean autoIncrement;
        int line;

        ColumnBuilder(String name) {
            this.name = name;
        }
    }

    private static final Set<String> WITH_PRECISION = Set.of("DECIMAL", "NUMERIC", "NUMBER", "TIMESTAMP", "TIME",
            "TIMESTAMP WITH TIME ZONE", "DATETIME", "FLOAT", "DOUBLE", "REAL");

    private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    private final List<ImportPlan.ForeignKey> foreignKeys = new ArrayList<>();
    private final List<ImportPlan.IndexPlan> indexes = new ArrayList<>();
    private final List<ImportPlan.View> views = new ArrayList<>();
    private final List<ImportPlan.Skipped> skipped = new ArrayList<>();
    private final List<ImportPlan.Warning> warnings = new ArrayList<>();
    private final List<ImportPlan.Skipped> errors = new ArrayList<>();
    private final Map<String, Integer> serialColumns = new LinkedHashMap<>();
    private final Map<String, String[]> userTypes = new LinkedHashMap<>();
    private final Map<String, ImportPlan.Partitioning> partitioned = new LinkedHashMap<>();
    private final List<String[]> partitions = new ArrayList<>();

    TableBuilder newTable(String name, int line) {
        if (tables.containsKey(key(name))) {
            warn(line, "Table " + name + " is created twice; the later definition is kept");
        }
        TableBuilder table = new TableBuilder(name, line);
        tables.put(key(name), table);
        return table;
    }

    TableBuilder table(String name) {
        return tables.get(key(name));
    }

    void foreignKey(ImportPlan.ForeignKey fk) {
        foreignKeys.add(fk);
    }

    void index(ImportPlan.IndexPlan index) {
        indexes.add(index);
    }

    void view(ImportPlan.View view) {
        views.add(view);
    }

    /** A PostgreSQL domain: its base type and CHECK (on {@code VALUE}), applied to the columns that use it. */
    void domain(String name, String baseType, String check, int line) {
        userTypes.put(key(name), new String[] {baseType, check, String.valueOf(line), "domain", name});
    }

    /** A PostgreSQL enum type, as {@code ENUM('a','b')}. */
    void enumType(String name, String values, int line) {
        userTypes.put(key(name), new String[] {values, null, String.valueOf(line), "enum type", name});
    }

    void serialDefault(String table, String column, int line) {
        serialColumns.put(key(table) + "." + key(column), line);
    }

    /** A table declared {@code PARTITION BY strategy (key)}. */
    void partitioned(String table, String strategy, String key, int line) {
        partitioned.put(key(table), new ImportPlan.Partitioning(table, strategy.toUpperCase(Locale.ROOT), key,
                List.of(), line));
    }

    /** A partition of a table ({@code PARTITION OF} or {@code ATTACH PARTITION}); settled in {@link #build}. */
    void partition(String parent, String child, String bound, int line) {
        partitions.add(new String[] {parent, child, bound, String.valueOf(line)});
    }

    void skip(StatementSplitter.Statement statement, int line, int column, String reason) {
        skipped.add(new ImportPlan.Skipped(line, column, StatementSplitter.excerpt(statement.text()), reason));
    }

    void warn(int line, String text) {
        warnings.add(new ImportPlan.Warning(line, text));
    }

    void error(ImportPlan.Skipped error) {
        errors.add(error);
    }

    ImportPlan build(ImportDialect dialect) {
        List<ImportPlan.Partitioning> partitionings = settlePartitions();
        for (TableBuilder table : tables.values()) {
            for (ColumnBuilder column : table.columns.values()) {
                settleType(dialect, table, column);
            }
            settleChecks(table);
        }
        List<ImportPlan.ForeignKey> fks = new ArrayList<>();
        for (ImportPlan.ForeignKey fk : foreignKeys) {
            ImportPlan.ForeignKey settled = settle(fk);
            if (settled != null && dialect == ImportDialect.MYSQL) {
                // an action MySQL's dump leaves out is InnoDB's RESTRICT (checked at once), not PostgreSQL's NO ACTION
                settled = new ImportPlan.ForeignKey(settled.name(), settled.table(), settled.columns(),
                        settled.referencedTable(), settled.referencedColumns(),
                        settled.onDelete() == null ? "RESTRICT" : settled.onDelete(),
                        settled.onUpdate() == null ? "RESTRICT" : settled.onUpdate(), settled.line());
            }
            if (settled != null) {
                fks.add(settled);
            }
        }
        List<ImportPlan.IndexPlan> idx = new ArrayList<>();
        for (ImportPlan.IndexPlan index : indexes) {
            TableBuilder table = table(index.table());
            String missing = table == null ? "table " + index.table() : index.columns().stream()
                    .filter(c -> table.column(c.name()) == null).map(c -> "column " + index.table() + "." + c.name())
                    .findFirst().orElse(null);
            if (missing != null) {
                skipped.add(new ImportPlan.Skipped(index.line(), 0, "INDEX " + index.name(),
                        "index on " + missing + ", which the dump does not declare"));
            } else {
                idx.add(new ImportPlan.IndexPlan(index.name(), table.name, index.columns().stream()
                        .map(c -> new ImportPlan.IndexColumn(table.column(c.name()).name, c.descending())).toList(),
                        index.unique(), index.where(), index.method(), index.line()));
            }
        }
        List<ImportPlan.Table> result = tables.values().stream().map(PlanBuilder::toTable).toList();
        List<ImportPlan.Skipped> sortedSkips = skipped.stream()
                .sorted(java.util.Comparator.comparingInt(ImportPlan.Skipped::line)).toList();
        List<ImportPlan.Warning> sortedWarnings = warnings.stream()
                .sorted(java.util.Comparator.comparingInt(ImportPlan.Warning::line)).toList();
        return new ImportPlan(dialect, result, fks, idx, views, sortedSkips, sortedWarnings, errors, partitionings);
    }

    /**
     * Collapses partitions into their partitioned table: a partition's own table, indexes and foreign keys leave the
     * plan (skipped with that reason), and the table's partitioning lists them, with a warning saying so.
     */
    private List<ImportPlan.Partitioning> settlePartitions() {
        Map<String, List<ImportPlan.Partition>> byParent = new LinkedHashMap<>();
        java.util.Set<String> collapsed = new java.util.HashSet<>();
        for (String[] p : partitions) {
            int line = Integer.parseInt(p[3]);
            if (!partitioned.containsKey(key(p[0]))) {
                skipped.add(new ImportPlan.Skipped(line, 0, "PARTITION " + p[1] + " OF " + p[0], "partition of "
                        + p[0] + ", which the dump does not declare as partitioned"));
                continue;
            }
            byParent.computeIfAbsent(key(p[0]), k -> new ArrayList<>()).add(new ImportPlan.Partition(p[1], p[2], line));
            if (tables.remove(key(p[1])) != null) {
                collapsed.add(key(p[1]));
            }
        }
        foreignKeys.removeIf(fk -> {
            boolean gone = collapsed.contains(key(fk.table()));
            if (gone) {
                skipped.add(new ImportPlan.Skipped(fk.line(), 0, "FOREIGN KEY " + (fk.name() == null ? "" : fk.name())
                        + " of " + fk.table(), "on a partition (partitions are collapsed into their table, which "
                        + "holds the key)"));
            }
            return gone;
        });
        indexes.removeIf(index -> {
            boolean gone = collapsed.contains(key(index.table()));
            if (gone) {
                skipped.add(new ImportPlan.Skipped(index.line(), 0, "INDEX " + index.name() + " ON " + index.table(),
                        "on a partition (partitions are collapsed into their table)"));
            }
            return gone;
        });
        Map<String, String> parentOf = new java.util.HashMap<>();
        partitions.forEach(p -> parentOf.put(key(p[1]), key(p[0])));
        Map<String, List<ImportPlan.Partitioning>> nestedByTop = new LinkedHashMap<>();
        for (ImportPlan.Partitioning p : partitioned.values()) {
            if (!tables.containsKey(key(p.table())) && parentOf.containsKey(key(p.table()))) {
                // a partition that is itself partitioned: collapsed with its parent, described on the top table
                String top = key(p.table());
                for (int depth = 0; parentOf.containsKey(top) && depth < 16; depth++) {
                    top = parentOf.get(top);
                }
                nestedByTop.computeIfAbsent(top, k -> new ArrayList<>()).add(new ImportPlan.Partitioning(p.table(),
                        p.strategy(), p.key(), byParent.getOrDefault(key(p.table()), List.of()), p.line()));
            }
        }
        List<ImportPlan.Partitioning> result = new ArrayList<>();
        for (ImportPlan.Partitioning p : partitioned.values()) {
            if (!tables.containsKey(key(p.table()))) {
                continue;
            }
            List<ImportPlan.Partitioning> nested = nestedByTop.getOrDefault(key(p.table()), List.of());
            ImportPlan.Partitioning settled = new ImportPlan.Partitioning(p.table(), p.strategy(), p.key(),
                    byParent.getOrDefault(key(p.table()), List.of()), p.line(), nested);
            result.add(settled);
            warn(p.line(), p.table() + ": partitioned " + settled.describe() + ". Imported as one entity; the "
                    + "partitioning becomes its plan in the Partitioning section" + (nested.isEmpty() ? "."
                    : " (one level: the partitions partitioned in turn are described in the plan's rationale)."));
        }
        return result;
    }

    private void settleType(ImportDialect dialect, TableBuilder table, ColumnBuilder column) {
        String where = table.name + "." + column.name;
        settleUserType(where, column);
        boolean sequence = serialColumns.containsKey(key(table.name) + "." + key(column.name))
                || (column.defaultValue != null && column.defaultValue.toLowerCase(Locale.ROOT).startsWith("nextval"));
        String serialBase = serialBase(column.type);
        if (sequence || column.identity || serialBase != null) {
            // the column keeps its own type (SERIAL's is INTEGER) and auto-increments; only the sequence is not kept
            String type = serialBase != null ? serialBase : column.type;
            if (sequence) {
                warn(column.line, where + ": " + column.type + " with a nextval default imported as auto-increment "
                        + type + " (the sequence itself is not part of the design)");
            }
            if (DataTypes.isInteger(type)) {
                column.type = type;
                column.autoIncrement = true;
            } else {
                warn(column.line, where + ": " + column.type + " is not a whole-number type; imported without "
                        + "auto-increment");
            }
            column.defaultValue = null;
            column.precision = null;
            column.scale = null;
            column.length = null;
        }
        if (column.precision != null && !WITH_PRECISION.contains(column.type)) {
            column.precision = null;
            column.scale = null;
        }
    }

    /** A column typed with a domain or enum type takes its base type (and CHECK) or its values. */
    private void settleUserType(String where, ColumnBuilder column) {
        if (column.type == null || userTypes.isEmpty()) {
            return;
        }
        String name = SqlDumpReader.name(column.type);
        String[] type = userTypes.get(key(name));
        if (type == null) {
            return;
        }
        String base = type[0];
        Matcher args = Pattern.compile("(?s)^(.*?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)$").matcher(base);
        if (!base.toUpperCase(Locale.ROOT).startsWith("ENUM(") && args.matches()) {
            column.type = args.group(1).strip().toUpperCase(Locale.ROOT);
            boolean exact = column.type.startsWith("NUMERIC") || column.type.startsWith("DECIMAL");
            column.length = exact ? null : Integer.valueOf(args.group(2));
            column.precision = exact ? Integer.valueOf(args.group(2)) : null;
            column.scale = exact && args.group(3) != null ? Integer.valueOf(args.group(3)) : null;
        } else {
            column.type = base.toUpperCase(Locale.ROOT).startsWith("ENUM(") ? base : base.toUpperCase(Locale.ROOT);
            column.length = null;
            column.precision = null;
            column.scale = null;
        }
        if (type[1] != null && column.check == null) {
            column.check = type[1].replaceAll("(?i)\\bVALUE\\b", Matcher.quoteReplacement(column.name));
        }
        if (column.defaultValue != null) {
            // 'G'::public.mpaa_rating, as jOOQ renders it: cast('G' AS public.mpaa_rating)
            Matcher cast = Pattern.compile("(?is)^cast\\((.*) AS [\\w.\"]+\\)$").matcher(column.defaultValue.strip());
            column.defaultValue = (cast.matches() ? cast.group(1) : column.defaultValue).replaceAll("(?i)::[\\w.\"]+$", "");
        }
        warn(column.line, where + ": " + type[3] + " " + type[4] + " written as " + column.type
                + (type[1] != null ? " with the domain's CHECK" : "") + " (the model has no " + type[3] + "s)");
    }

    /** The integer type behind PostgreSQL's SERIAL pseudo-types ({@code BIGSERIAL} is {@code BIGINT}), else null. */
    static String serialBase(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT).strip();
        return switch (t) {
            case "SMALLSERIAL", "SERIAL2" -> "SMALLINT";
            case "SERIAL", "SERIAL4" -> "INTEGER";
            case "BIGSERIAL", "SERIAL8" -> "BIGINT";
            default -> null;
        };
    }

    private static void settleChecks(TableBuilder table) {
        for (var it = table.checks.iterator(); it.hasNext(); ) {
            String check = it.next();
            List<ColumnBuilder> named = table.columns.values().stream()
                    .filter(c -> Pattern.compile("(?i)(?<![\\w.])" + Pattern.quote(c.name) + "(?![\\w])")
                            .matcher(check).find()).toList();
            if (named.size() == 1 && named.get(0).check == null) {
                named.get(0).check = check;
                it.remove();
            }
        }
    }

    private ImportPlan.ForeignKey settle(ImportPlan.ForeignKey fk) {
        TableBuilder from = table(fk.table());
        TableBuilder to = table(fk.referencedTable());
        String label = "FOREIGN KEY " + (fk.name() == null ? "" : fk.name() + " ") + fk.table() + fk.columns()
                + " → " + fk.referencedTable();
        if (to == null) {
            skipped.add(new ImportPlan.Skipped(fk.line(), 0, label, "refers to table " + fk.referencedTable()
                    + ", which the dump does not declare"));
            return null;
        }
        List<String> referenced = fk.referencedColumns().isEmpty() ? to.primaryKey : fk.referencedColumns();
        if (referenced.size() != fk.columns().size()) {
            skipped.add(new ImportPlan.Skipped(fk.line(), 0, label, "the referenced columns do not match the "
                    + "referencing ones (" + fk.columns() + " → " + referenced + ")"));
            return null;
        }
        List<String> missing = new ArrayList<>();
        fk.columns().stream().filter(c -> from.column(c) == null).forEach(c -> missing.add(fk.table() + "." + c));
        referenced.stream().filter(c -> to.column(c) == null).forEach(c -> missing.add(to.name + "." + c));
        if (!missing.isEmpty()) {
            skipped.add(new ImportPlan.Skipped(fk.line(), 0, label, "columns not declared: " + missing));
            return null;
        }
        return new ImportPlan.ForeignKey(fk.name(), from.name, fk.columns().stream().map(c -> from.column(c).name)
                .toList(), to.name, referenced.stream().map(c -> to.column(c).name).toList(), fk.onDelete(),
                fk.onUpdate(), fk.line());
    }

    private static ImportPlan.Table toTable(TableBuilder t) {
        List<ImportPlan.Column> columns = t.columns.values().stream().map(c -> new ImportPlan.Column(c.name, c.type,
                c.length, c.precision, c.scale, c.nullable, c.defaultValue, c.comment, c.check, c.autoIncrement))
                .toList();
        return new ImportPlan.Table(t.name, t.comment, columns, t.primaryKey.stream()
                .map(p -> t.column(p) == null ? p : t.column(p).name).toList(), t.uniques, t.checks, t.line);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

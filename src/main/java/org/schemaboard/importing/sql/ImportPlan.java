package org.schemaboard.importing.sql;

import java.util.List;
import java.util.Optional;

/**
 * Everything a dump declares that a design can hold, plus what was skipped and why. Immutable; names are as written
 * in the dump (unquoted, without schema). Line numbers are 1-based lines of the dump.
 *
 * @param errors problems that make the file unusable as a whole (an unterminated quote or dollar body); a plan with
 *               errors is shown but never imported
 * @param partitionings PostgreSQL partitioned tables: each is one of {@code tables}, its partitions are not (they are
 *                      collapsed into it); kept as data for a partitioning plan of the design
 */
public record ImportPlan(ImportDialect dialect, List<Table> tables, List<ForeignKey> foreignKeys,
                         List<IndexPlan> indexes, List<View> views, List<Skipped> skipped, List<Warning> warnings,
                         List<Skipped> errors, List<Partitioning> partitionings) {

    public ImportPlan {
        tables = List.copyOf(tables);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        views = List.copyOf(views);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        partitionings = List.copyOf(partitionings);
    }

    /** The same plan with more warnings, kept in line order. */
    public ImportPlan withWarnings(List<Warning> more) {
        List<Warning> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Warning::line));
        return new ImportPlan(dialect, tables, foreignKeys, indexes, views, skipped, all, errors, partitionings);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public int columnCount() {
        return tables.stream().mapToInt(t -> t.columns().size()).sum();
    }

    public boolean importable() {
        return problem() == null;
    }

    /**
     * Why the plan cannot be imported, with the line and column where the trouble is; null when it can. A file with no
     * table names the first statement that could not be read, which is usually where a file that is not SQL (or not
     * in the chosen dialect) goes wrong.
     */
    public String problem() {
        if (!errors.isEmpty()) {
            Skipped e = errors.get(0);
            return "The file cannot be imported: " + e.reason() + ": " + e.excerpt().replaceFirst("[;.]+$", "");
        }
        if (tables.isEmpty()) {
            return skipped.stream().filter(s -> s.reason().startsWith("jOOQ could not parse")).findFirst()
                    .map(s -> "The file declares no tables that could be read; the first statement that could not be "
                            + "read is at line " + s.line() + ", column " + s.column() + ": " + s.excerpt() + " ("
                            + s.reason() + ")")
                    .orElseGet(this::noTables);
        }
        return null;
    }

    /** Why a file without tables and without a statement jOOQ failed on is refused, naming its first statement. */
    private String noTables() {
        Skipped first = skipped.stream().min(java.util.Comparator.comparingInt(Skipped::line)).orElse(null);
        if (first == null && views.isEmpty()) {
            return "The file declares no tables: from line 1, column 1 to its end it holds no SQL statement";
        }
        if (first == null || (!views.isEmpty() && views.get(0).line() < first.line())) {
            return "The file declares no tables, only views; the first is at line " + views.get(0).line() + ": "
                    + views.get(0).name();
        }
        return "The file declares no tables; every statement is skipped, the first at line " + first.line()
                + (first.column() > 0 ? ", column " + first.column() : "") + ": " + first.excerpt() + " ("
                + first.reason() + ")";
    }

    /** One sentence of what was found, as the preview and the command line show it. */
    public String summary() {
        return "Read as " + dialect.label() + ": " + counts() + "; " + count(skipped.size(), "statement skipped",
                "statements skipped") + ", " + count(warnings.size(), "warning", "warnings") + ".";
    }

    /** What was found: "4 tables, 20 columns, 3 foreign keys, 3 indexes, 1 view". */
    public String counts() {
        return count(tables.size(), "table", "tables") + ", " + count(columnCount(), "column", "columns") + ", "
                + count(foreignKeys.size(), "foreign key", "foreign keys") + ", "
                + count(indexes.size(), "index", "indexes") + ", " + count(views.size(), "view", "views");
    }

    private static String count(int n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /** Errors, skipped statements and warnings in line order, as the preview lists them. */
    public List<Finding> findings() {
        List<Finding> rows = new java.util.ArrayList<>();
        errors.forEach(e -> rows.add(new Finding(e.line(), e.column(), Finding.ERROR, e.reason() + ": "
                + e.excerpt())));
        skipped.forEach(s -> rows.add(new Finding(s.line(), s.column(), Finding.SKIPPED, s.excerpt() + " — "
                + s.reason())));
        warnings.forEach(w -> rows.add(new Finding(w.line(), 0, Finding.WARNING, w.text())));
        rows.sort(java.util.Comparator.comparingInt(Finding::line));
        return List.copyOf(rows);
    }

    public record Table(String name, String comment, List<Column> columns, List<String> primaryKey,
                        List<List<String>> uniqueConstraints, List<String> checks, int line) {
        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            uniqueConstraints = uniqueConstraints.stream().map(List::copyOf).toList();
            checks = List.copyOf(checks);
        }

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
        }
    }

    /** A column; {@code check} is a CHECK that names only this column. */
    /** @param autoIncrement AUTO_INCREMENT, an identity column, a SERIAL type or a sequence default */
    public record Column(String name, String type, Integer length, Integer precision, Integer scale,
                         boolean nullable, String defaultValue, String comment, String check, boolean autoIncrement) {
    }

    /** ON DELETE / ON UPDATE as SQL words ({@code CASCADE}, {@code SET NULL}, …), null when not declared. */
    public record ForeignKey(String name, String table, List<String> columns, String referencedTable,
                             List<String> referencedColumns, String onDelete, String onUpdate, int line) {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /** {@code method} is lower case (btree, gin, hash …) or null when not given. */
    public record IndexPlan(String name, String table, List<IndexColumn> columns, boolean unique, String where,
                            String method, int line) {
        public IndexPlan {
            columns = List.copyOf(columns);
        }
    }

    public record IndexColumn(String name, boolean descending) {
    }

    public record View(String name, String sql, int line) {
    }

    /**
     * How a table is partitioned: {@code strategy} RANGE, LIST or HASH, {@code key} the partition key as written
     * ({@code created_at}, {@code (lower(region))}), and its partitions in the order the dump declares them.
     */
    /**
     * A partitioned table of the dump. {@code subpartitioned} are its partitions that are partitioned in turn (the
     * model plans one level, so they are described, not planned).
     */
    public record Partitioning(String table, String strategy, String key, List<Partition> partitions, int line,
                               List<Partitioning> subpartitioned) {
        public Partitioning {
            partitions = List.copyOf(partitions);
            subpartitioned = List.copyOf(subpartitioned);
        }

        public Partitioning(String table, String strategy, String key, List<Partition> partitions, int line) {
            this(table, strategy, key, partitions, line, List.of());
        }

        /**
         * "BY RANGE (created_at): events_2024 FOR VALUES FROM (…) TO (…), events_default DEFAULT", then for a
         * partition partitioned in turn "; events_2024 in turn BY LIST (region): …".
         */
        public String describe() {
            StringBuilder text = new StringBuilder("BY " + strategy + " (" + key + ")" + (partitions.isEmpty()
                    ? ", no partitions declared"
                    : ": " + String.join(", ", partitions.stream().map(p -> p.name() + " " + p.bound()).toList())));
            subpartitioned.forEach(sub -> text.append("; ").append(sub.table()).append(" in turn ")
                    .append(sub.describe()));
            return text.toString();
        }
    }

    /** One partition: its table name and its bound as written ({@code FOR VALUES IN ('eu')}, {@code DEFAULT}). */
    public record Partition(String name, String bound, int line) {
    }

    /** A statement (or part of one) that was not imported; {@code column} is 0 when unknown. */
    public record Skipped(int line, int column, String excerpt, String reason) {
    }

    public record Warning(int line, String text) {
    }

    /** A row of the preview: {@code kind} is Error, Skipped or Warning; {@code column} is 0 when unknown. */
    public record Finding(int line, int column, String kind, String text) {
        public static final String ERROR = "Error";
        public static final String SKIPPED = "Skipped";
        public static final String WARNING = "Warning";
    }
}

package org.schemaboard.importing.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * What an engine's own catalog says and JDBC's metadata does not: exact column types (PostgreSQL's {@code
 * format_type}, MySQL's {@code COLUMN_TYPE} with enum values and UNSIGNED), index methods (gin, gist, hash, fulltext)
 * and partial-index predicates, and PostgreSQL's declarative partitioning (whose partitions are folded into their
 * table, as the SQL import does). Read once per import, in a few queries.
 */
final class EngineCatalog {

    /** An index's method (lower case) and predicate; either may be null. */
    record IndexFacts(String method, String where) {
    }

    private static final Pattern MYSQL_WIDTH = Pattern.compile("(?i)^(tinyint|smallint|mediumint|int|integer|bigint)"
            + "\\(\\d+\\)(.*)$");
    private static final Pattern PARTITION_KEY = Pattern.compile("(?is)^(RANGE|LIST|HASH)\\s*\\((.*)\\)$");

    private final Map<String, String> types = new HashMap<>();
    private final Set<String> identities = new HashSet<>();
    private final Map<String, IndexFacts> indexes = new HashMap<>();
    private final Set<String> partitions = new HashSet<>();
    private final List<ImportPlan.Partitioning> partitionings = new ArrayList<>();

    private EngineCatalog() {
    }

    static EngineCatalog of(ImportDialect dialect, Connection connection, String schema) throws SQLException {
        EngineCatalog catalog = new EngineCatalog();
        switch (dialect) {
            case POSTGRESQL -> catalog.readPostgres(connection, schema);
            case MYSQL -> catalog.readMySql(connection, schema);
            default -> { }
        }
        return catalog;
    }

    /** The column's type as the engine writes it, or null to take JDBC's. */
    String type(String table, String column) {
        return types.get(table + "." + column);
    }

    boolean identity(String table, String column) {
        return identities.contains(table + "." + column);
    }

    IndexFacts index(String table, String index) {
        return indexes.get(table + "." + index);
    }

    /** Tables that are partitions of another (not imported on their own). */
    Set<String> partitions() {
        return partitions;
    }

    List<ImportPlan.Partitioning> partitionings() {
        return partitionings;
    }

    private void readPostgres(Connection connection, String schema) throws SQLException {
        CatalogReader.query(connection, "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
                + "a.attidentity FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND a.attnum > 0 "
                + "AND NOT a.attisdropped AND c.relkind IN ('r', 'p')", schema, rs -> {
                    types.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
                    if (rs.getString(4) != null && !rs.getString(4).isBlank()) {
                        identities.add(rs.getString(1) + "." + rs.getString(2));
                    }
                });
        CatalogReader.query(connection, "SELECT t.relname, i.relname, am.amname, pg_get_expr(x.indpred, x.indrelid) "
                + "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                + "JOIN pg_am am ON am.oid = i.relam JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = ?", schema, rs ->
                indexes.put(rs.getString(1) + "." + rs.getString(2), new IndexFacts(rs.getString(3),
                        rs.getString(4))));
        Map<String, String[]> keys = new LinkedHashMap<>();
        CatalogReader.query(connection, "SELECT c.relname, pg_get_partkeydef(c.oid) FROM pg_partitioned_table p "
                + "JOIN pg_class c ON c.oid = p.partrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = ? ORDER BY c.relname", schema, rs -> {
                    Matcher key = PARTITION_KEY.matcher(rs.getString(2).strip());
                    if (key.matches()) {
                        keys.put(rs.getString(1), new String[] {key.group(1).toUpperCase(Locale.ROOT),
                                key.group(2).strip()});
                    }
                });
        Map<String, List<ImportPlan.Partition>> children = new HashMap<>();
        CatalogReader.query(connection, "SELECT parent.relname, child.relname, "
                + "pg_get_expr(child.relpartbound, child.oid) FROM pg_inherits i "
                + "JOIN pg_class parent ON parent.oid = i.inhparent JOIN pg_class child ON child.oid = i.inhrelid "
                + "JOIN pg_namespace n ON n.oid = child.relnamespace WHERE n.nspname = ? AND child.relispartition "
                + "AND child.relkind IN ('r', 'p') ORDER BY parent.relname, child.relname", schema, rs -> {
                    partitions.add(rs.getString(2));
                    children.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ImportPlan.Partition(rs.getString(2), rs.getString(3), 0));
                });
        keys.forEach((table, key) -> {
            if (partitions.contains(table)) {
                return;  // described under its parent
            }
            List<ImportPlan.Partitioning> sub = children.getOrDefault(table, List.of()).stream()
                    .filter(p -> keys.containsKey(p.name())).map(p -> new ImportPlan.Partitioning(p.name(),
                            keys.get(p.name())[0], keys.get(p.name())[1], children.getOrDefault(p.name(), List.of()),
                            0)).toList();
            partitionings.add(new ImportPlan.Partitioning(table, key[0], key[1], children.getOrDefault(table,
                    List.of()), 0, sub));
        });
    }

    private void readMySql(Connection connection, String schema) throws SQLException {
        CatalogReader.query(connection, "SELECT table_name, column_name, column_type, extra "
                + "FROM information_schema.columns WHERE table_schema = ?", schema, rs -> {
                    String type = rs.getString(3);
                    Matcher width = MYSQL_WIDTH.matcher(type.strip());
                    if (width.matches()) {
                        type = width.group(1) + width.group(2);
                    }
                    types.put(rs.getString(1) + "." + rs.getString(2), type.strip());
                    if (rs.getString(4) != null && rs.getString(4).toLowerCase(Locale.ROOT)
                            .contains("auto_increment")) {
                        identities.add(rs.getString(1) + "." + rs.getString(2));
                    }
                });
        CatalogReader.query(connection, "SELECT DISTINCT table_name, index_name, index_type "
                + "FROM information_schema.statistics WHERE table_schema = ?", schema, rs ->
                indexes.put(rs.getString(1) + "." + rs.getString(2), new IndexFacts(
                        rs.getString(3) == null ? null : rs.getString(3).toLowerCase(Locale.ROOT), null)));
    }
}

package org.schemaboard.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * Runs every query pattern through PostgreSQL's planner on the design's schema, built in a throwaway schema of the
 * configured server that is dropped when the call returns. Sequential scans are switched off, so an index that
 * <em>can</em> serve a pattern shows up even on empty tables; parameters are planned generically (no value folded in).
 */
public final class PostgresCoverage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION = Pattern.compile("Position: (\\d+)");

    private PostgresCoverage() {
    }

    public static List<QueryCoverage.Result> of(DesignModel model, String url) {
        DesignModel schemaOnly = PlannerSchema.touched(model);
        String ddl = SpecificationExport.ddl(schemaOnly, SqlDialectChoice.POSTGRESQL);
        Map<String, String> tables = new HashMap<>();
        model.entities().forEach(e -> tables.put(e.name().toLowerCase(Locale.ROOT), e.name()));
        Map<String, Index> indexes = new HashMap<>();
        model.indexes().forEach(i -> indexes.put(i.name().toLowerCase(Locale.ROOT), i));
        Map<UUID, List<String>> claims = QueryCoverage.claims(model);
        String schema = "sb_planner_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                try {
                    s.execute("SET search_path TO " + schema);
                    for (String statement : QueryCoverage.statements(ddl)) {
                        s.execute(statement);
                    }
                    s.execute("SET enable_seqscan = off");
                    s.execute("SET plan_cache_mode = force_generic_plan");
                    List<QueryCoverage.Result> results = new ArrayList<>();
                    for (QueryPattern q : model.queryPatterns()) {
                        results.add(explain(s, q, tables, indexes, claims.getOrDefault(q.id(), List.of())));
                    }
                    return results;
                } finally {
                    s.execute("RESET search_path");
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        } catch (SQLException e) {
            String reason = "no plan from PostgreSQL: " + firstLine(e.getMessage());
            return model.queryPatterns().stream().map(q -> new QueryCoverage.Result(q.id(), q.name(), List.of(),
                    reason, List.of(), List.of())).toList();
        }
    }

    private static QueryCoverage.Result explain(Statement s, QueryPattern q, Map<String, String> tables,
                                                Map<String, Index> indexes, List<String> claimed)
            throws SQLException {
        if (q.sql() == null || q.sql().isBlank()) {
            return new QueryCoverage.Result(q.id(), q.name(), List.of(), "no SQL written", List.of(), List.of());
        }
        String sql = q.sql().strip().replaceFirst(";\\s*$", "");
        Parameters.Numbered numbered = Parameters.toNumbered(sql);
        String prepare = "PREPARE sb_pattern AS ";
        JsonNode plan;
        try {
            s.execute(prepare + numbered.sql());
        } catch (SQLException e) {
            return new QueryCoverage.Result(q.id(), q.name(), List.of(), problem(sql, numbered, prepare.length(), e),
                    List.of(), List.of());
        }
        try {
            String nulls = numbered.count() == 0 ? ""
                    : "(" + String.join(", ", java.util.Collections.nCopies(numbered.count(), "NULL")) + ")";
            try (ResultSet r = s.executeQuery("EXPLAIN (FORMAT JSON) EXECUTE sb_pattern" + nulls)) {
                r.next();
                plan = JSON.readTree(r.getString(1)).path(0).path("Plan");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return new QueryCoverage.Result(q.id(), q.name(), List.of(), "the plan could not be read",
                        List.of(), List.of());
            } catch (SQLException e) {
                return new QueryCoverage.Result(q.id(), q.name(), List.of(), "the SQL does not run on the schema: "
                        + firstLine(e.getMessage()), List.of(), List.of());
            }
        } finally {
            s.execute("DEALLOCATE sb_pattern");
        }
        Map<String, QueryCoverage.TableAccess> access = new LinkedHashMap<>();
        walk(plan, null, tables, indexes, access);
        Set<String> used = access.values().stream().map(QueryCoverage.TableAccess::index).filter(i -> i != null)
                .collect(Collectors.toSet());
        List<String> unclaimed = used.stream().filter(i -> indexes.containsKey(i.toLowerCase(Locale.ROOT))
                && !claimed.contains(i)).sorted().toList();
        List<String> unused = claimed.stream().filter(i -> !used.contains(i)).toList();
        return new QueryCoverage.Result(q.id(), q.name(), List.copyOf(access.values()), null, unclaimed, unused);
    }

    /** Every scan node of the plan: which table it reads, through which index (a bitmap heap scan's child's). */
    private static void walk(JsonNode node, String heapTable, Map<String, String> tables, Map<String, Index> indexes,
                             Map<String, QueryCoverage.TableAccess> access) {
        String type = node.path("Node Type").asText("");
        String relation = node.path("Relation Name").asText(null);
        String indexName = node.path("Index Name").asText(null);
        String childHeap = heapTable;
        if (type.equals("Bitmap Heap Scan")) {
            childHeap = relation;
        } else if (type.equals("Bitmap Index Scan") && heapTable != null) {
            record(access, tables, indexes, heapTable, indexName);
        } else if (relation != null) {
            record(access, tables, indexes, relation, indexName);
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, childHeap, tables, indexes, access);
        }
    }

    private static void record(Map<String, QueryCoverage.TableAccess> access, Map<String, String> tables,
                               Map<String, Index> indexes, String relation, String indexName) {
        String table = tables.getOrDefault(relation.toLowerCase(Locale.ROOT), relation);
        String index;
        if (indexName == null) {
            index = null;
        } else if (indexes.containsKey(indexName.toLowerCase(Locale.ROOT))) {
            index = indexes.get(indexName.toLowerCase(Locale.ROOT)).name();
        } else if (indexName.endsWith("_pkey") || indexName.startsWith("pk_")) {
            index = "primary key";
        } else {
            index = "unique constraint (" + indexName + ")";
        }
        QueryCoverage.TableAccess found = new QueryCoverage.TableAccess(table, index);
        access.merge(table, found, (a, b) -> a.index() != null ? a : b);
    }

    /** "the SQL does not parse: 3:7 (syntax error at or near "AND")" at the place the author wrote it. */
    static String problem(String sql, Parameters.Numbered numbered, int prefix, SQLException e) {
        String message = firstLine(e.getMessage()).replaceFirst("^ERROR: ", "");
        boolean syntax = "42601".equals(e.getSQLState());
        Matcher at = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (syntax && at.find()) {
            int offset = Integer.parseInt(at.group(1)) - 1 - prefix;
            int[] origin = numbered.origin();
            int original = origin[Math.max(0, Math.min(offset, origin.length - 1))];
            int line = 1;
            int column = 1;
            for (int i = 0; i < original && i < sql.length(); i++) {
                if (sql.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return "the SQL does not parse: " + line + ":" + column + " (" + message + ")";
        }
        return (syntax ? "the SQL does not parse: " : "the SQL does not run on the schema: ") + message;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}

package org.schemaboard.coverage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * Runs every query pattern's SQL through H2's planner on the design's schema, built in a throwaway in-memory database
 * that is gone when the call returns. The schema is built without foreign keys: H2 would add an index of its own for
 * each, and a plan using it would claim coverage the design does not have.
 */
public final class QueryCoverage {

    /** How one table of a pattern is read: through an index (its name in the design), or scanned when null. */
    public record TableAccess(String table, String index) {

        public String describe() {
            return index == null ? "full scan of " + table : table + ": " + index;
        }
    }

    /**
     * One pattern's evidence.
     *
     * @param problem   "the SQL does not parse: 2:14 …" or another reason there is no plan; null when planned
     * @param unclaimed indexes the plan uses that the pattern is not linked to
     * @param unused    indexes the pattern is linked to ("serves") that the plan does not use
     */
    public record Result(UUID patternId, String pattern, List<TableAccess> tables, String problem,
                         List<String> unclaimed, List<String> unused) {

        public boolean scans() {
            return tables.stream().anyMatch(t -> t.index() == null);
        }

        public String describe() {
            if (problem != null) {
                return problem;
            }
            return tables.isEmpty() ? "reads no table" : tables.stream().map(TableAccess::describe)
                    .collect(Collectors.joining("; "));
        }
    }

    private static final Pattern ACCESS = Pattern.compile(
            "\"PUBLIC\"\\.\"([^\"]+)\"(?:\\s+\"[^\"]+\")?\\s*/\\* PUBLIC\\.([^\\s:*]+)");
    private static final Pattern SYNTAX_AT = Pattern.compile("\"EXPLAIN (.*?)\\[\\*]", Pattern.DOTALL);

    private QueryCoverage() {
    }

    public static List<Result> of(DesignModel model) {
        return of(model, null);
    }

    /**
     * Every pattern planned, reusing from {@code memory} (the plans of earlier runs for this design, null for none)
     * each pattern whose SQL and whose tables with their indexes are unchanged: after an edit, only the patterns that
     * read the edited table are planned again, on a schema of their tables alone. The results are those of a run
     * without memory (see {@link PlannerSchema#namesApart}; without that, everything is planned as before).
     */
    static List<Result> of(DesignModel model, PlanMemory.Plans memory) {
        List<QueryPattern> patterns = model.queryPatterns();
        Map<String, String> tables = new HashMap<>();
        model.entities().forEach(e -> tables.put(e.name().toUpperCase(Locale.ROOT), e.name()));
        Map<String, Index> indexes = new HashMap<>();
        model.indexes().forEach(i -> indexes.put(i.name().toUpperCase(Locale.ROOT), i));
        Map<UUID, List<String>> claims = claims(model);
        Raw[] raws = new Raw[patterns.size()];
        String failed = null;
        List<List<Entity>> touched = memory == null ? null : PlannerSchema.touchedBy(model);
        boolean reuse = touched != null && PlannerSchema.namesApart(model, union(model, touched, null));
        if (reuse) {
            failed = planChanged(model, touched, memory, raws);
            if (failed != null) {
                memory.clear();
                reuse = false;
            } else {
                memory.retain(patterns);
            }
        }
        if (!reuse) {
            if (memory != null) {
                memory.clear();
                memory.planned(patterns.size());
            }
            failed = plan(PlannerSchema.touched(model), patterns, null, raws);
        }
        if (failed != null) {
            String reason = "the schema could not be built on H2: " + failed;
            return patterns.stream().map(q -> new Result(q.id(), q.name(), List.of(), reason, List.of(),
                    List.of())).toList();
        }
        List<Result> results = new ArrayList<>(patterns.size());
        for (int i = 0; i < patterns.size(); i++) {
            QueryPattern q = patterns.get(i);
            results.add(interpret(q, raws[i], tables, indexes, claims.getOrDefault(q.id(), List.of())));
        }
        return results;
    }

    /** What H2 said about one pattern's SQL: its plan, or why there is none. */
    record Raw(String plan, String problem) {
    }

    /** Remembered for a pattern without SQL (it has no plan). */
    private static final Raw NO_PLAN = new Raw(null, null);

    /** What a pattern's plan depends on: its SQL, the tables it reads and their indexes. */
    record Key(String sql, List<Entity> tables, List<Index> indexes) {
    }

    /**
     * Plans the patterns whose key is not in {@code memory} on a schema of their tables, fills {@code raws} (the
     * others from memory) and remembers the new plans. Returns the first line of H2's refusal when the schema could
     * not be built, else null.
     */
    private static String planChanged(DesignModel model, List<List<Entity>> touched, PlanMemory.Plans memory,
                                      Raw[] raws) {
        Map<UUID, List<Index>> indexesOf = new HashMap<>();
        model.indexes().forEach(i -> indexesOf.computeIfAbsent(i.entityId(), k -> new ArrayList<>(2)).add(i));
        List<QueryPattern> patterns = model.queryPatterns();
        Key[] keys = new Key[patterns.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            QueryPattern q = patterns.get(i);
            List<Index> own = new ArrayList<>();
            touched.get(i).forEach(e -> own.addAll(indexesOf.getOrDefault(e.id(), List.of())));
            // a pattern without SQL has no plan, but its linked tables are part of the schema (and of whether it builds)
            keys[i] = new Key(q.sql() == null || q.sql().isBlank() ? "" : q.sql(), touched.get(i), own);
            raws[i] = memory.get(q.id(), keys[i]);
            if (raws[i] == null) {
                todo.add(i);
            }
        }
        memory.planned(todo.size());
        if (todo.isEmpty()) {
            return null;
        }
        DesignModel schema = PlannerSchema.only(model, union(model, touched, todo));
        String failed = plan(schema, patterns, todo, raws);
        if (failed == null) {
            todo.forEach(i -> memory.put(patterns.get(i).id(), keys[i], raws[i] == null ? NO_PLAN : raws[i]));
        }
        return failed;
    }

    /** The entities read by the patterns at {@code at} (all when null), in the model's order. */
    private static List<Entity> union(DesignModel model, List<List<Entity>> touched, List<Integer> at) {
        Set<UUID> ids = new java.util.HashSet<>();
        if (at == null) {
            touched.forEach(list -> list.forEach(e -> ids.add(e.id())));
        } else {
            at.forEach(i -> touched.get(i).forEach(e -> ids.add(e.id())));
        }
        return model.entities().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /**
     * Builds {@code schema} in a throwaway H2 database and explains the patterns at {@code at} (every pattern with SQL
     * when null) into {@code raws}. Returns the first line of H2's refusal of the schema, else null.
     */
    private static String plan(DesignModel schema, List<QueryPattern> patterns, List<Integer> at, Raw[] raws) {
        String ddl = SpecificationExport.ddl(schema, SqlDialectChoice.H2);
        String url = "jdbc:h2:mem:coverage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = db.createStatement()) {
                // one statement at a time: H2 fails on a script of thousands of statements sent as one command
                for (String statement : statements(ddl)) {
                    s.execute(statement);
                }
            }
            if (at == null) {
                for (int i = 0; i < patterns.size(); i++) {
                    raws[i] = explain(db, patterns.get(i));
                }
            } else {
                for (int i : at) {
                    raws[i] = explain(db, patterns.get(i));
                }
            }
        } catch (SQLException e) {
            return firstLine(e.getMessage());
        }
        return null;
    }

    private static Raw explain(Connection db, QueryPattern q) {
        if (q.sql() == null || q.sql().isBlank()) {
            return null;
        }
        String sql = Parameters.toJdbc(q.sql().strip().replaceFirst(";\\s*$", ""));
        try (PreparedStatement p = db.prepareStatement("EXPLAIN " + sql); ResultSet r = p.executeQuery()) {
            r.next();
            return new Raw(r.getString(1), null);
        } catch (SQLException e) {
            return new Raw(null, problem(sql, e));
        }
    }

    private static Result interpret(QueryPattern q, Raw raw, Map<String, String> tables, Map<String, Index> indexes,
                                    List<String> claimed) {
        if (q.sql() == null || q.sql().isBlank()) {
            return new Result(q.id(), q.name(), List.of(), "no SQL written", List.of(), List.of());
        }
        if (raw.problem() != null) {
            return new Result(q.id(), q.name(), List.of(), raw.problem(), List.of(), List.of());
        }
        Map<String, TableAccess> access = new LinkedHashMap<>();
        Matcher m = ACCESS.matcher(raw.plan());
        while (m.find()) {
            String table = tables.getOrDefault(m.group(1), m.group(1).toLowerCase(Locale.ROOT));
            String how = m.group(2);
            String index;
            if (how.endsWith(".tableScan")) {
                index = null;
            } else if (how.startsWith("PRIMARY_KEY")) {
                index = "primary key";
            } else if (indexes.containsKey(how)) {
                index = indexes.get(how).name();
            } else {
                index = "unique constraint (" + how.toLowerCase(Locale.ROOT) + ")";
            }
            access.merge(table, new TableAccess(table, index), (a, b) -> a.index() != null ? a : b);
        }
        Set<String> used = access.values().stream().map(TableAccess::index).filter(i -> i != null)
                .collect(Collectors.toSet());
        List<String> unclaimed = used.stream().filter(i -> indexes.containsKey(i.toUpperCase(Locale.ROOT))
                && !claimed.contains(i)).sorted().toList();
        List<String> unused = claimed.stream().filter(i -> !used.contains(i)).toList();
        return new Result(q.id(), q.name(), List.copyOf(access.values()), null, unclaimed, unused);
    }

    /**
     * The indexes each pattern says serve it, from either side of the link, in the model's order of indexes: one pass
     * over the links (a look through every index per pattern was 20 million steps at 10,000 tables).
     */
    static Map<UUID, List<String>> claims(DesignModel model) {
        Map<UUID, Integer> position = new HashMap<>(model.indexes().size() * 2);
        Map<UUID, java.util.TreeSet<Integer>> linked = new HashMap<>();
        List<Index> all = model.indexes();
        for (int i = 0; i < all.size(); i++) {
            position.putIfAbsent(all.get(i).id(), i);
            for (UUID pattern : all.get(i).queryPatternIds()) {
                linked.computeIfAbsent(pattern, k -> new java.util.TreeSet<>()).add(i);
            }
        }
        for (QueryPattern q : model.queryPatterns()) {
            for (UUID index : q.indexIds()) {
                Integer at = position.get(index);
                if (at != null) {
                    linked.computeIfAbsent(q.id(), k -> new java.util.TreeSet<>()).add(at);
                }
            }
        }
        Map<UUID, List<String>> names = new HashMap<>(linked.size() * 2);
        linked.forEach((pattern, at) -> names.put(pattern, at.stream().map(i -> all.get(i).name()).toList()));
        return names;
    }

    /** "the SQL does not parse: 1:7 …" with the line and column H2 points at, or H2's reason. */
    static String problem(String sql, SQLException e) {
        String message = firstLine(e.getMessage());
        Matcher at = SYNTAX_AT.matcher(e.getMessage());
        if (e.getSQLState() != null && e.getSQLState().startsWith("42") && at.find()) {
            // H2 writes control characters in the excerpt as a backslash and four hex digits (a line break: 000a)
            String before = Pattern.compile("\\\\([0-9a-fA-F]{4})").matcher(at.group(1))
                    .replaceAll(x -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(x.group(1), 16))));
            int offset = before.length();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset && i < sql.length(); i++) {
                if (sql.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String reason = message.replaceAll("\\s*\\[\\d+-\\d+]$", "").replaceAll(";\\s*SQL statement:\\s*$", "");
            int expected = reason.indexOf("; expected");
            return "the SQL does not parse: " + line + ":" + column
                    + (expected >= 0 ? " (" + reason.substring(expected + 2) + ")" : "");
        }
        return "the SQL does not run on the schema: " + message.replaceAll("; SQL statement:.*$", "")
                .replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }

    /** The script's statements, split at semicolons outside string literals, quoted names and comments. */
    static List<String> statements(String script) {
        List<String> all = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
            } else if (c == ';') {
                if (!current.toString().isBlank()) {
                    all.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            all.add(current.toString());
        }
        return all;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

}

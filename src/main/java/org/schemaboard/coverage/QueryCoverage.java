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
        DesignModel schemaOnly = PlannerSchema.touched(model);
        String ddl = SpecificationExport.ddl(schemaOnly, SqlDialectChoice.H2);
        Map<String, String> tables = new HashMap<>();
        model.entities().forEach(e -> tables.put(e.name().toUpperCase(Locale.ROOT), e.name()));
        Map<String, Index> indexes = new HashMap<>();
        model.indexes().forEach(i -> indexes.put(i.name().toUpperCase(Locale.ROOT), i));
        List<Result> results = new ArrayList<>();
        String url = "jdbc:h2:mem:coverage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = db.createStatement()) {
                // one statement at a time: H2 fails on a script of thousands of statements sent as one command
                for (String statement : statements(ddl)) {
                    s.execute(statement);
                }
            }
            for (QueryPattern q : model.queryPatterns()) {
                results.add(explain(db, model, q, tables, indexes));
            }
        } catch (SQLException e) {
            String reason = "the schema could not be built on H2: " + firstLine(e.getMessage());
            return model.queryPatterns().stream().map(q -> new Result(q.id(), q.name(), List.of(), reason, List.of(),
                    List.of())).toList();
        }
        return results;
    }

    private static Result explain(Connection db, DesignModel model, QueryPattern q, Map<String, String> tables,
                                  Map<String, Index> indexes) {
        if (q.sql() == null || q.sql().isBlank()) {
            return new Result(q.id(), q.name(), List.of(), "no SQL written", List.of(), List.of());
        }
        String sql = Parameters.toJdbc(q.sql().strip().replaceFirst(";\\s*$", ""));
        String plan;
        try (PreparedStatement p = db.prepareStatement("EXPLAIN " + sql); ResultSet r = p.executeQuery()) {
            r.next();
            plan = r.getString(1);
        } catch (SQLException e) {
            return new Result(q.id(), q.name(), List.of(), problem(sql, e), List.of(), List.of());
        }
        Map<String, TableAccess> access = new LinkedHashMap<>();
        Matcher m = ACCESS.matcher(plan);
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
        List<String> claimed = claimed(model, q);
        List<String> unclaimed = used.stream().filter(i -> indexes.containsKey(i.toUpperCase(Locale.ROOT))
                && !claimed.contains(i)).sorted().toList();
        List<String> unused = claimed.stream().filter(i -> !used.contains(i)).toList();
        return new Result(q.id(), q.name(), List.copyOf(access.values()), null, unclaimed, unused);
    }

    /** The indexes the pattern says serve it, from either side of the link. */
    static List<String> claimed(DesignModel model, QueryPattern q) {
        List<String> names = new ArrayList<>();
        for (Index i : model.indexes()) {
            if (q.indexIds().contains(i.id()) || i.queryPatternIds().contains(q.id())) {
                names.add(i.name());
            }
        }
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

package org.schemaboard.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schemaboard.spec.Check;

/**
 * The findings of one design as a report for people (text) and tools (JSON, SARIF 2.1.0 for code-scanning views), and
 * whether they reach the level a CI gate fails on. Pure.
 *
 * @param source what was checked, as the report names it: a file path or a design name
 */
public record LintReport(String source, List<Check> findings) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public LintReport {
        findings = List.copyOf(findings);
    }

    public enum Format {
        TEXT, JSON, SARIF;

        public static Optional<Format> of(String option) {
            return java.util.Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(option == null ? ""
                    : option.strip())).findFirst();
        }
    }

    public long count(Check.Severity severity) {
        return findings.stream().filter(c -> c.severity() == severity).count();
    }

    /** Whether any finding is at least as serious as {@code level}: the gate fails then. */
    public boolean reaches(Check.Severity level) {
        return findings.stream().anyMatch(c -> c.severity().reaches(level));
    }

    /** "2 errors, 1 warning, 0 notes". */
    public String summary() {
        return plural(count(Check.Severity.ERROR), "error") + ", " + plural(count(Check.Severity.WARNING), "warning")
                + ", " + plural(count(Check.Severity.INFO), "note");
    }

    public String render(Format format) {
        return switch (format) {
            case TEXT -> text();
            case JSON -> json();
            case SARIF -> sarif();
        };
    }

    private String text() {
        StringBuilder out = new StringBuilder(source + ": " + summary() + "\n");
        for (Check c : findings) {
            out.append(String.format(Locale.ROOT, "%-7s %-36s %s%n", c.severity().name(), c.rule(), c.message()));
            out.append("        fix: ").append(c.fix()).append('\n');
        }
        return out.toString();
    }

    private String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", source);
        ObjectNode counts = root.putObject("counts");
        for (Check.Severity s : Check.Severity.values()) {
            counts.put(s.name().toLowerCase(Locale.ROOT), count(s));
        }
        ArrayNode list = root.putArray("findings");
        for (Check c : findings) {
            ObjectNode f = list.addObject();
            f.put("rule", c.rule());
            f.put("severity", c.severity().name().toLowerCase(Locale.ROOT));
            f.put("elementType", c.elementType().name().toLowerCase(Locale.ROOT));
            f.put("element", c.subject());
            if (c.elementId() != null) {
                f.put("elementId", c.elementId().toString());
            }
            if (c.section() != null) {
                f.put("section", c.section().key());
            }
            f.put("message", c.message());
            f.put("fix", c.fix());
            f.put("why", c.why());
        }
        return write(root);
    }

    private String sarif() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Schemaboard design checks");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Check c : findings) {
            if (ruleIndex.containsKey(c.rule())) {
                continue;
            }
            ruleIndex.put(c.rule(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", c.rule());
            DesignChecker.rule(c.rule()).ifPresent(rule -> r.putObject("shortDescription").put("text", rule.title()));
            r.putObject("fullDescription").put("text", c.why());
            r.putObject("help").put("text", c.fix());
            r.putObject("defaultConfiguration").put("level", level(c.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Check c : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", c.rule());
            r.put("ruleIndex", ruleIndex.get(c.rule()));
            r.put("level", level(c.severity()));
            r.putObject("message").put("text", c.message());
            ObjectNode location = r.putArray("locations").addObject();
            location.putObject("physicalLocation").putObject("artifactLocation").put("uri", source);
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", c.subject());
            logical.put("kind", c.elementType().label());
        }
        return write(root);
    }

    private static String level(Check.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A report of plain values always serialises", e);
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

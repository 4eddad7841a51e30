package org.schemaboard.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A diff with its safety findings as Markdown (for people) or JSON (for programs). Pure. */
public final class DiffReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffReport() {
    }

    public static String markdown(ModelDiff diff, List<Finding> findings, String fromLabel, String toLabel) {
        StringBuilder md = new StringBuilder();
        md.append("# Changes from ").append(fromLabel).append(" to ").append(toLabel).append("\n\n");
        md.append(diff.empty() ? "No changes." : diff.counts()).append(" (elements matched by ")
                .append(diff.matching() == Matching.BY_ID ? "id" : "name").append(").\n");
        for (ElementKind kind : ElementKind.values()) {
            List<Change> changes = diff.of(kind);
            if (changes.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(kind.label()).append(kind == ElementKind.INDEX ? "es" : "s").append("\n\n");
            for (Change c : changes) {
                md.append("- **").append(c.type().label()).append("** `").append(c.path()).append('`');
                if (c.fields().isEmpty()) {
                    md.append('\n');
                    continue;
                }
                md.append(":\n");
                for (FieldChange f : c.fields()) {
                    if (f.multiLine()) {
                        md.append("  - ").append(f.field()).append(":\n\n    ```diff\n");
                        f.lineDiff().forEach(l -> md.append("    ").append(l.charAt(0) == ' ' ? " " : l.substring(0, 1))
                                .append(l.substring(2)).append('\n'));
                        md.append("    ```\n");
                    } else {
                        md.append("  - ").append(f.field()).append(": ").append(code(f.before())).append(" → ")
                                .append(code(f.after())).append('\n');
                    }
                }
            }
        }
        if (!diff.hints().isEmpty()) {
            md.append("\n## Possible renames\n\n");
            diff.hints().forEach(h -> md.append("- ").append(h.describe()).append('\n'));
        }
        md.append("\n## Safety checks\n\n");
        if (findings.isEmpty()) {
            md.append("Nothing risky: no data loss, no step that fails on existing rows or blocks a large table.\n");
        }
        for (Finding f : findings) {
            md.append("- **").append(f.severity().label()).append("** `").append(f.element()).append("`: ")
                    .append(f.problem()).append(" *Safer:* ").append(f.saferSequence()).append('\n');
        }
        return md.toString();
    }

    public static String json(ModelDiff diff, List<Finding> findings, String fromLabel, String toLabel) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", fromLabel);
        root.put("to", toLabel);
        root.put("matching", diff.matching().name());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change c : diff.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind().name());
            m.put("change", c.type().name());
            m.put("element", c.path());
            List<Map<String, Object>> fields = new ArrayList<>();
            for (FieldChange f : c.fields()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("field", f.field());
                fm.put("before", f.before());
                fm.put("after", f.after());
                fields.add(fm);
            }
            m.put("fields", fields);
            changes.add(m);
        }
        root.put("changes", changes);
        root.put("possibleRenames", diff.hints().stream().map(h -> Map.of("kind", h.kind().name(), "before", h.before(),
                "after", h.after(), "reason", h.reason())).toList());
        root.put("safety", findings.stream().map(f -> Map.of("severity", f.severity().name(), "element", f.element(),
                "problem", f.problem(), "safer", f.saferSequence())).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(String value) {
        return value == null ? "_(none)_" : "`" + value.replace("`", "'") + "`";
    }
}

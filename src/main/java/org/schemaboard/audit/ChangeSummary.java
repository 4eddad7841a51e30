package org.schemaboard.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Says in one line what an audit entry changed: "name: order → orders; nullable: true → false". */
public final class ChangeSummary {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VALUE = 60;

    private ChangeSummary() {
    }

    public static String of(String oldJson, String newJson) {
        JsonNode before = read(oldJson);
        JsonNode after = read(newJson);
        if (before == null && after == null) {
            return "";
        }
        if (before == null || !before.isObject() || after == null || !after.isObject()) {
            return before == null ? "created" : after == null ? "deleted" : show(before) + " → " + show(after);
        }
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = before.get(field);
            JsonNode b = after.get(field);
            if (!same(a, b)) {
                parts.add(field + ": " + show(a) + " → " + show(b));
            }
        }
        return parts.isEmpty() ? "no visible change" : String.join("; ", parts);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull();
        boolean bEmpty = b == null || b.isNull();
        return aEmpty && bEmpty || !aEmpty && a.equals(b);
    }

    private static String show(JsonNode node) {
        if (node == null || node.isNull()) {
            return "∅";
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

}

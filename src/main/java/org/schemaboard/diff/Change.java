package org.schemaboard.diff;

import java.util.List;
import java.util.UUID;

/**
 * One element added, removed or changed. {@code path} names it in the newer state ({@code orders}, {@code
 * orders.total}); a changed element lists the fields that differ, a renamed one has a {@code name} field among them.
 */
public record Change(ElementKind kind, Type type, String path, UUID fromId, UUID toId, List<FieldChange> fields) {

    public enum Type {
        ADDED("added"), REMOVED("removed"), CHANGED("changed");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Change {
        fields = List.copyOf(fields);
    }

    public boolean renamed() {
        return fields.stream().anyMatch(f -> f.field().equals("name"));
    }

    /** "orders.total: changed (type, nullable)" — one line for a summary. */
    public String summary() {
        String what = kind.label() + " " + path + ": " + type.label();
        if (type == Type.CHANGED) {
            what += " (" + String.join(", ", fields.stream().map(FieldChange::field).toList()) + ")";
        }
        return what;
    }
}

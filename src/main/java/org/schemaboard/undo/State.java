package org.schemaboard.undo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An element as stored: its row and the rows of its children (by table), each column as text. Its fields, for
 * comparing two states, are the row's columns apart from bookkeeping, and each child table as a whole.
 */
record State(Map<String, String> row, Map<String, List<Map<String, String>>> children) {

    /** The field's value as text, for comparing and for a message. */
    String field(String name) {
        if (row.containsKey(name)) {
            return row.get(name);
        }
        List<Map<String, String>> rows = children.getOrDefault(name, List.of());
        return rows.stream().map(State::withoutBookkeeping).toList().toString();
    }

    Set<String> fields() {
        Set<String> names = new HashSet<>(row.keySet());
        names.removeAll(ElementRows.BOOKKEEPING);
        names.addAll(children.keySet());
        return names;
    }

    /** The fields whose values differ between two states of one element (either may be null: absent). */
    static Set<String> changed(State a, State b) {
        Set<String> names = new HashSet<>();
        if (a != null) {
            names.addAll(a.fields());
        }
        if (b != null) {
            names.addAll(b.fields());
        }
        names.removeIf(f -> a != null && b != null && Objects.equals(a.field(f), b.field(f)));
        return names;
    }

    /** This state with {@code fields} taken from {@code other}. */
    State with(State other, Set<String> fields) {
        Map<String, String> newRow = new LinkedHashMap<>(row);
        Map<String, List<Map<String, String>>> newChildren = new LinkedHashMap<>(children);
        for (String f : fields) {
            if (other.row.containsKey(f)) {
                newRow.put(f, other.row.get(f));
            } else if (other.children.containsKey(f)) {
                newChildren.put(f, new ArrayList<>(other.children.get(f)));
            } else {
                newChildren.remove(f);
            }
        }
        return new State(newRow, newChildren);
    }

    /** A child row without its bookkeeping columns. */
    private static Map<String, String> withoutBookkeeping(Map<String, String> row) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.keySet().removeAll(ElementRows.BOOKKEEPING);
        return copy;
    }
}

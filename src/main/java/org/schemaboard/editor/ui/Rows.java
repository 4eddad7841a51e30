package org.schemaboard.editor.ui;

import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.List;
import java.util.UUID;

/**
 * Grid rows that follow a change by id: a list whose rows are immutable records refreshes the row a change touched
 * ({@code refreshItem}) instead of being given new items, so the browser updates cells instead of a whole grid.
 */
public final class Rows {

    private Rows() {
    }

    /** A data provider over a copy of the items that knows rows by id, so a changed record refreshes its row. */
    public static <T> ListDataProvider<T> byId(List<T> items, java.util.function.Function<T, UUID> id) {
        return new ListDataProvider<>(new java.util.ArrayList<>(items)) {
            @Override
            public Object getId(T item) {
                return id.apply(item);
            }
        };
    }

    public static <T> boolean sameIds(java.util.Collection<T> before, List<T> after,
                                       java.util.function.Function<T, UUID> id) {
        return before.size() == after.size()
                && before.stream().map(id).toList().equals(after.stream().map(id).toList());
    }

    /** Puts in the changed records and refreshes their rows. */
    public static <T> void replaceChanged(ListDataProvider<T> provider, List<T> fresh) {
        replaceChanged(provider, fresh, java.util.function.Function.identity());
    }

    /**
     * Puts in the changed records, and refreshes the rows of those whose {@code shown} values changed: a record that
     * changed where the grid does not look keeps its row as drawn.
     */
    public static <T> void replaceChanged(ListDataProvider<T> provider, List<T> fresh,
                                          java.util.function.Function<T, ?> shown) {
        List<T> items = items(provider);
        for (int i = 0; i < fresh.size(); i++) {
            T before = items.get(i);
            T after = fresh.get(i);
            if (!before.equals(after)) {
                items.set(i, after);
                if (!shown.apply(before).equals(shown.apply(after))) {
                    provider.refreshItem(after);
                }
            }
        }
    }

    /** Puts in all records and redraws every row (e.g. a value every row shows, such as comment counts, moved). */
    public static <T> void replaceAll(ListDataProvider<T> provider, List<T> fresh) {
        List<T> items = items(provider);
        items.clear();
        items.addAll(fresh);
        provider.refreshAll();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> items(ListDataProvider<T> provider) {
        return (List<T>) provider.getItems();
    }
}

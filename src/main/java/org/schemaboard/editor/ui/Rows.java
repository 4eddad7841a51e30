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

    @SuppressWarnings("unchecked")
    public static <T> void replaceChanged(ListDataProvider<T> provider, List<T> fresh) {
        List<T> items = (List<T>) provider.getItems();
        for (int i = 0; i < fresh.size(); i++) {
            if (!items.get(i).equals(fresh.get(i))) {
                items.set(i, fresh.get(i));
                provider.refreshItem(fresh.get(i));
            }
        }
    }
}

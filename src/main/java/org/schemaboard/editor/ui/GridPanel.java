package org.schemaboard.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Locale;
import org.schemaboard.model.DesignModel;

/**
 * The shape of the editor's list tabs (relationships, indexes, query patterns): a filter and a "New …" button above a
 * grid of rows worked out once per model, and an empty state when there are none. A subclass adds its columns, says
 * how a model becomes rows and what the empty state says, then calls {@link #start()}.
 *
 * @param <R> one grid row: the element with the texts shown and searched
 */
public abstract class GridPanel<R> extends Div {

    protected final EditorContext context;
    protected final Grid<R> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Div empty = new Div();
    private ListDataProvider<R> rows;

    /**
     * @param plural   what the rows are, for the filter ("indexes")
     * @param singular one of them, for the button ("index" → "New index")
     */
    protected GridPanel(EditorContext context, String plural, String singular) {
        this.context = context;
        addClassName("sb-grid-panel");
        filter.setPlaceholder("Filter " + plural);
        filter.setAriaLabel("Filter " + plural);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addClassName("sb-filter");
        filter.addValueChangeListener(e -> applyFilter());
        Button add = new Button("New " + singular, VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(context.canEdit());
        HorizontalLayout tools = new HorizontalLayout(filter, add);
        tools.addClassName("sb-grid-toolbar");
        grid.setAriaLabel(Character.toUpperCase(plural.charAt(0)) + plural.substring(1));
        grid.setEmptyStateText("No " + singular + " matches the filter.");
        empty.addClassName("sb-empty");
        add(tools, grid, empty);
    }

    /**
     * The last two columns of an element's row, frozen at the right: its comment threads, and a button that opens it
     * ("Edit …" for owners and editors, "View …" for everyone else); a double click opens it too.
     *
     * @param elementType the element type comments are filed under ("INDEX")
     */
    protected final void addCommentsAndOpenColumns(String elementType, Function<R, UUID> id, Function<R, String> name,
                                                   Consumer<R> open) {
        GridCells.addComments(grid, context, elementType, id, name)
                .setHeader("Comments").setWidth("5.5rem").setFlexGrow(0).setFrozenToEnd(true);
        GridCells.addButtons(grid, context.canEdit()
                        ? GridCells.RowButton.<R>of("edit", r -> "Edit " + name.apply(r), open)
                        : GridCells.RowButton.<R>of("eye", r -> "View " + name.apply(r), open))
                .setHeader(new Span()).setWidth("3.5rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
    }

    /** Shows the rows and follows every reload; call at the end of the subclass's constructor. */
    protected final void start() {
        context.onReload(m -> refresh());
        refresh();
    }

    /** The model's rows, in display order. */
    protected abstract List<R> rows(DesignModel model);

    /** The lower-case text the filter searches in a row. */
    protected abstract String searchText(R row);

    /** Fills the empty state shown when the model has no rows (an icon, a heading, a hint for this person). */
    protected abstract void fillEmptyState(Div empty, DesignModel model);

    /** Opens the dialog for a new element. */
    protected abstract void openNew();

    private void refresh() {
        DesignModel model = context.model();
        List<R> list = rows(model);
        rows = new ListDataProvider<>(list);
        grid.setItems(rows);
        applyFilter();
        boolean none = list.isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.removeAll();
        if (none) {
            fillEmptyState(empty, model);
        }
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(r -> text.isEmpty() || searchText(r).contains(text));
    }
}

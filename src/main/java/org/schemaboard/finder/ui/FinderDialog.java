package org.schemaboard.finder.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.schemaboard.finder.FinderIndex;
import org.schemaboard.finder.FinderItem;

/**
 * Ctrl+K: type a few letters, the best matches of the open design are listed; arrow keys move, Enter (or a click)
 * goes there, Esc closes. The search runs on the server over the design's in-memory index.
 */
class FinderDialog extends Dialog {

    static final int LIMIT = 12;

    private final String designBase;
    private final TextField query = new TextField("Find in this design");
    private final Div results = new Div();
    private final Paragraph none = new Paragraph();
    private final Supplier<FinderIndex> index;
    private List<FinderItem> found = List.of();
    private final List<Div> rows = new ArrayList<>();
    private int selected;

    FinderDialog(String designBase, Supplier<FinderIndex> index) {
        this.designBase = designBase;
        this.index = index;
        setHeaderTitle("Find");
        addClassName("sb-finder");
        query.setPlaceholder("Entity, attribute, index, query pattern, section, thread…");
        query.setValueChangeMode(ValueChangeMode.EAGER);
        query.setWidthFull();
        query.addValueChangeListener(e -> show(e.getValue()));
        query.getElement().setAttribute("aria-controls", "sb-finder-results");
        results.setId("sb-finder-results");
        results.getElement().setAttribute("role", "listbox");
        results.getElement().setAttribute("aria-label", "Matches");
        results.addClassName("sb-finder-results");
        none.addClassName("sb-finder-none");
        Shortcuts.addShortcutListener(query, () -> move(1), Key.ARROW_DOWN).listenOn(query);
        Shortcuts.addShortcutListener(query, () -> move(-1), Key.ARROW_UP).listenOn(query);
        Shortcuts.addShortcutListener(query, () -> go(selected), Key.ENTER).listenOn(query);
        add(query, results, none);
        setWidth("36rem");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                query.focus();
            }
        });
    }

    private void show(String typed) {
        found = index.get().search(typed, LIMIT);
        results.removeAll();
        rows.clear();
        selected = 0;
        for (int i = 0; i < found.size(); i++) {
            FinderItem item = found.get(i);
            Span kind = new Span(item.kind().label());
            kind.addClassName("sb-finder-kind");
            Span label = new Span(item.label());
            label.addClassName("sb-finder-label");
            Span detail = new Span(item.detail() == null ? "" : item.detail());
            detail.addClassName("sb-finder-detail");
            Div row = new Div(kind, label, detail);
            row.addClassName("sb-finder-row");
            row.getElement().setAttribute("role", "option");
            int at = i;
            row.addClickListener(e -> go(at));
            rows.add(row);
            results.add(row);
        }
        none.setText(typed.isBlank() ? "" : found.isEmpty() ? "Nothing matches “" + typed.strip() + "”." : "");
        highlight();
    }

    private void move(int by) {
        if (!found.isEmpty()) {
            selected = Math.floorMod(selected + by, found.size());
            highlight();
        }
    }

    private void highlight() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).getElement().setAttribute("aria-selected", i == selected ? "true" : "false");
            rows.get(i).setClassName("sb-finder-selected", i == selected);
        }
        if (!rows.isEmpty()) {
            rows.get(selected).scrollIntoView();
        }
    }

    private void go(int at) {
        if (at < 0 || at >= found.size()) {
            return;
        }
        FinderItem item = found.get(at);
        QueryParameters parameters = item.param() == null ? QueryParameters.empty()
                : QueryParameters.of(item.param(), item.value());
        UI ui = UI.getCurrent();
        close();
        ui.navigate(designBase + item.section(), parameters);
    }
}

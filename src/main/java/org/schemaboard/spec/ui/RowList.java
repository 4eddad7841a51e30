package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.schemaboard.base.ui.FormErrors;

/**
 * An editable list of rows (alert thresholds, replicas, partitioning plans …): each row an editor with its remove
 * button, an "Add" button below, and a sentence when the list is empty. Field errors are bound by path
 * ({@code alerts[2].threshold}), so the service's messages land beside the right input.
 */
public final class RowList<T> extends Div {

    /** One row's inputs. */
    public interface Row<T> {
        Component component();

        public void show(T value);

        T value();

        /** Binds this row's inputs to field paths under {@code prefix}, e.g. {@code alerts[2].}. */
        void bind(FormErrors errors, String prefix);
    }

    private final String path;
    private final String noun;
    private final Supplier<Row<T>> factory;
    private final FormErrors errors;
    private final Runnable changed;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph empty;
    private final Button add;

    public RowList(String path, String noun, String emptyText, Supplier<Row<T>> factory, FormErrors errors,
            Runnable changed) {
        this.path = path;
        this.noun = noun;
        this.factory = factory;
        this.errors = errors;
        this.changed = changed;
        addClassName("sb-spec-rows");
        list.addClassName("sb-spec-row-list");
        empty = new Paragraph(emptyText);
        empty.addClassName("sb-hint");
        add = new Button("Add " + noun, VaadinIcon.PLUS.create(), e -> {
            append(null);
            changed.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("sb-spec-edit-only");
        add(list, empty, add);
    }

    public void show(List<T> values) {
        rows.clear();
        list.removeAll();
        values.forEach(this::append);
        update();
    }

    public List<Row<T>> rows() {
        return List.copyOf(rows);
    }

    public List<T> values() {
        return rows.stream().map(Row::value).filter(v -> v != null).toList();
    }

    private void append(T value) {
        Row<T> row = factory.get();
        if (value != null) {
            row.show(value);
        }
        rows.add(row);
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.addClassName("sb-spec-edit-only");
        remove.setAriaLabel("Remove this " + noun);
        remove.setTooltipText("Remove this " + noun);
        Div wrapper = new Div(row.component(), remove);
        wrapper.addClassName("sb-spec-row");
        remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(wrapper);
            update();
            changed.run();
        });
        list.add(wrapper);
        update();
    }

    private void update() {
        empty.setVisible(rows.isEmpty());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bind(errors, path + "[" + i + "].");
        }
    }

    void setEditable(boolean editable) {
        add.setVisible(editable);
    }
}

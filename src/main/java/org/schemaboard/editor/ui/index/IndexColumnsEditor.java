package org.schemaboard.editor.ui.index;

import org.schemaboard.editor.ui.IconButtons;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.index.Index;

/**
 * The ordered columns of an index: one row per column with its sort order. Only attributes of the chosen entity are
 * offered. It is one field for {@link org.schemaboard.base.ui.FormErrors}, so the service's "columns" error shows
 * under the list.
 */
class IndexColumnsEditor extends Div implements HasValidation {

    /** One row's state; rows are rebuilt from these after add, remove and move. */
    private static final class Choice {
        private UUID attributeId;
        private boolean descending;

        Choice(UUID attributeId, boolean descending) {
            this.attributeId = attributeId;
            this.descending = descending;
        }
    }

    private final List<Choice> choices = new ArrayList<>();
    private final Div rows = new Div();
    private final Button add = new Button("Add column", VaadinIcon.PLUS.create());
    private final Span error = new Span();
    private final boolean readOnly;
    private Runnable onChange = () -> { };
    private List<Attribute> attributes = List.of();
    private Map<UUID, Attribute> byId = Map.of();
    private String errorMessage;

    IndexColumnsEditor(boolean readOnly) {
        this.readOnly = readOnly;
        addClassName("sb-index-columns");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Index columns");
        Span label = new Span("Columns, in index order");
        label.addClassName("sb-field-label");
        error.addClassName("sb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            choices.add(new Choice(null, false));
            render();
        });
        add.setVisible(!readOnly);
        add(label, rows, error, add);
    }

    /** The entity changed: offer its attributes, keep the chosen columns that belong to it. */
    void setAttributes(List<Attribute> entityAttributes) {
        attributes = List.copyOf(entityAttributes);
        byId = attributes.stream().collect(Collectors.toMap(Attribute::id, Function.identity()));
        choices.forEach(c -> {
            if (c.attributeId != null && !byId.containsKey(c.attributeId)) {
                c.attributeId = null;
            }
        });
        render();
    }

    void setColumns(List<Index.IndexColumn> columns) {
        choices.clear();
        columns.forEach(c -> choices.add(new Choice(c.attributeId(), c.descending())));
        if (choices.isEmpty() && !readOnly) {
            choices.add(new Choice(null, false));
        }
        render();
    }

    /** The chosen columns in order; rows left empty are not columns. */
    List<Index.IndexColumn> columns() {
        return choices.stream().filter(c -> c.attributeId != null)
                .map(c -> new Index.IndexColumn(c.attributeId, c.descending)).toList();
    }

    /** Names of the chosen columns in order, for suggesting an index name. */
    List<String> columnNames() {
        return choices.stream().map(c -> attribute(c.attributeId)).filter(a -> a != null).map(Attribute::name)
                .toList();
    }

    private Attribute attribute(UUID id) {
        return id == null ? null : byId.get(id);
    }

    void addChangeListener(Runnable listener) {
        this.onChange = listener;
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < choices.size(); i++) {
            rows.add(row(i));
        }
    }

    private Div row(int i) {
        Choice choice = choices.get(i);
        int n = i + 1;
        ComboBox<Attribute> column = new ComboBox<>("Column " + n);
        column.setItems(attributes);
        column.setItemLabelGenerator(a -> a.name() + "  ·  " + a.typeDisplay());
        column.setValue(attribute(choice.attributeId));
        column.setPlaceholder("Choose a column");
        if (attributes.isEmpty() && !readOnly) {
            column.setEnabled(false);
            column.setHelperText("Choose the entity first: its attributes are offered here");
        }
        column.setReadOnly(readOnly);
        column.addClassName("sb-index-column-name");
        column.addValueChangeListener(e -> {
            choice.attributeId = e.getValue() == null ? null : e.getValue().id();
            onChange.run();
        });

        Select<Boolean> order = new Select<>();
        order.setLabel("Order " + n);
        order.setItems(false, true);
        order.setItemLabelGenerator(descending -> descending ? "DESC" : "ASC");
        order.setValue(choice.descending);
        order.setReadOnly(readOnly);
        order.addClassName("sb-index-column-order");
        order.addValueChangeListener(e -> choice.descending = Boolean.TRUE.equals(e.getValue()));

        Div row = new Div(column, order);
        row.addClassName("sb-index-column-row");
        if (!readOnly) {
            Button up = IconButtons.of(VaadinIcon.ARROW_UP, "Move column " + n + " up", () -> move(i, i - 1));
            up.setEnabled(i > 0);
            Button down = IconButtons.of(VaadinIcon.ARROW_DOWN, "Move column " + n + " down", () -> move(i, i + 1));
            down.setEnabled(i < choices.size() - 1);
            Button remove = IconButtons.of(VaadinIcon.TRASH, "Remove column " + n, () -> {
                choices.remove(i);
                render();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(up, down, remove);
        }
        return row;
    }

    private void move(int from, int to) {
        choices.add(to, choices.remove(from));
        render();
        onChange.run();
    }

    @Override
    public void setErrorMessage(String message) {
        errorMessage = message;
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        if (invalid) {
            addClassName("sb-invalid");
        } else {
            removeClassName("sb-invalid");
        }
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}

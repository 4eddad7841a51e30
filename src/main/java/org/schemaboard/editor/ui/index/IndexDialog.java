package org.schemaboard.editor.ui.index;

import org.schemaboard.editor.ui.DraftEvents;
import org.schemaboard.editor.ui.EditorContext;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.Identifiers;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * Creates, edits or (for readers) shows one index. Raises {@link SaveEvent} and {@link DeleteEvent}; the panel calls
 * the service and closes the dialog when the write succeeds.
 */
class IndexDialog extends Dialog {

    private final ComboBox<Entity> entity = new ComboBox<>("Entity");
    private final TextField name = new TextField("Index name");
    private final IndexColumnsEditor columns;
    private final Checkbox unique = new Checkbox("Unique");
    private final Checkbox partial = new Checkbox("Partial index");
    private final TextField predicate = new TextField("WHERE condition");
    private final Select<IndexMethod> method = new Select<>();
    private final TextField purpose = new TextField("Purpose");
    private final TextArea rationale = new TextArea("Rationale");
    private final MultiSelectComboBox<QueryPattern> queryPatterns = new MultiSelectComboBox<>("Serves query patterns");
    private final FormErrors errors = new FormErrors();
    private final int maxNameLength;
    /** The last name this dialog suggested: replaced as the columns change until the person types their own. */
    private String suggestedName = "";

    /** @param existing the index to edit or show, or null for a new one */
    IndexDialog(EditorContext context, Index existing) {
        DesignModel model = context.model();
        boolean editable = context.canEdit();
        maxNameLength = context.target().maxIdentifierLength();
        columns = new IndexColumnsEditor(!editable);
        setHeaderTitle(existing == null ? "New index" : "Index " + existing.name());
        setWidth("46rem");

        entity.setItems(model.entities());
        entity.setItemLabelGenerator(Entity::name);
        entity.setRequiredIndicatorVisible(true);
        entity.setPlaceholder("Choose the table to index");
        entity.addValueChangeListener(e -> {
            columns.setAttributes(e.getValue() == null ? List.of() : e.getValue().attributes());
            suggestName();
        });
        name.setRequiredIndicatorVisible(true);
        name.addClassName("sb-mono-input");
        name.setPlaceholder("e.g. idx_orders_customer_id");
        name.setHelperText(existing == null ? "Suggested from entity and columns until you type your own" : null);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                name.setHelperText(Identifiers.warning(e.getValue()).orElse(null));
            }
        });
        columns.addChangeListener(this::suggestName);

        predicate.addClassName("sb-mono-input");
        predicate.setPlaceholder("status = 'active'");
        predicate.setPrefixComponent(new Span("WHERE"));
        predicate.setHelperText("Only rows matching this condition are indexed");
        partial.addValueChangeListener(e -> predicate.setVisible(e.getValue()));
        unique.setHelperText("Only btree indexes can be unique");

        List<IndexMethod> methods = new ArrayList<>(IndexMethod.methodsFor(context.target()));
        if (existing != null && !methods.contains(existing.method())) {
            // Keep a method the target no longer offers visible, so the service can say why it is refused.
            methods.add(existing.method());
        }
        method.setLabel("Method");
        method.setItems(methods);
        method.setItemLabelGenerator(IndexMethod::label);
        method.setValue(IndexMethod.BTREE);
        method.setHelperText("Those " + context.target().label() + " offers");

        purpose.setPlaceholder("e.g. Look up a customer's recent orders");
        rationale.setPlaceholder("Why this index is worth its write cost: the queries, the selectivity");
        queryPatterns.setItems(model.queryPatterns());
        queryPatterns.setItemLabelGenerator(QueryPattern::name);
        queryPatterns.setPlaceholder(model.queryPatterns().isEmpty() ? "No query patterns yet" : null);

        if (existing != null) {
            fill(model, existing);
        } else {
            columns.setColumns(List.of());
            predicate.setVisible(false);
        }

        errors.bind("name", name).bind("entity", entity).bind("columns", columns).bind("predicate", predicate)
                .bind("method", method).bind("unique", unique).bind("purpose", purpose)
                .bind("rationale", rationale).bind("queryPatterns", queryPatterns);
        FormLayout form = new FormLayout(entity, name, columns, unique, partial, predicate, method, purpose,
                rationale, queryPatterns);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(columns, 2);
        form.setColspan(predicate, 2);
        form.setColspan(rationale, 2);
        form.setColspan(queryPatterns, 2);
        add(errors.generalBox(), form);

        if (editable) {
            footer(existing);
            addOpenedChangeListener(e -> entity.focus());
        } else {
            for (HasValue<?, ?> field : new HasValue<?, ?>[] {entity, name, unique, partial, predicate, method, purpose,
                    rationale, queryPatterns}) {
                field.setReadOnly(true);
            }
            // Nothing to fill in: drop the required marks and the hints meant for someone editing.
            entity.setRequiredIndicatorVisible(false);
            name.setRequiredIndicatorVisible(false);
            name.setHelperText(null);
            unique.setHelperText(null);
            predicate.setHelperText(null);
            method.setHelperText(null);
            Button close = new Button("Close", e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        }
    }

    private void fill(DesignModel model, Index existing) {
        model.entity(existing.entityId()).ifPresent(entity::setValue);
        columns.setColumns(existing.columns());
        name.setValue(existing.name());
        unique.setValue(existing.unique());
        partial.setValue(existing.partial());
        predicate.setVisible(existing.partial());
        predicate.setValue(existing.predicate() == null ? "" : existing.predicate());
        method.setValue(existing.method());
        purpose.setValue(existing.purpose() == null ? "" : existing.purpose());
        rationale.setValue(existing.rationale() == null ? "" : existing.rationale());
        Set<QueryPattern> served = new LinkedHashSet<>();
        existing.queryPatternIds().forEach(id -> model.queryPattern(id).ifPresent(served::add));
        queryPatterns.setValue(served);
    }

    private void footer(Index existing) {
        DraftEvents.footer(this, "index", this::draft, existing == null ? null : "Delete index " + existing.name() + "?",
                existing == null || existing.queryPatternIds().isEmpty()
                        ? "The change is recorded in the design's history."
                        : "It serves " + existing.queryPatternIds().size() + " query pattern(s); they will no longer "
                                + "list it. The change is recorded in the design's history.");
    }

    /** Proposes idx_entity_col1_col2 while the name is empty or still the previous proposal. */
    private void suggestName() {
        String current = name.getValue().strip();
        if (!current.isEmpty() && !current.equals(suggestedName)) {
            return;
        }
        List<String> names = columns.columnNames();
        if (entity.getValue() == null || names.isEmpty()) {
            return;
        }
        String suggestion = ("idx_" + entity.getValue().name() + "_" + String.join("_", names))
                .toLowerCase(Locale.ROOT);
        if (suggestion.length() > maxNameLength) {
            suggestion = suggestion.substring(0, maxNameLength);
        }
        suggestedName = suggestion;
        name.setValue(suggestion);
    }

    FormErrors errors() {
        return errors;
    }

    private IndexDraft draft() {
        return new IndexDraft(entity.getValue() == null ? null : entity.getValue().id(), name.getValue(),
                columns.columns(), unique.getValue(), partial.getValue(), predicate.getValue(), method.getValue(),
                purpose.getValue(), rationale.getValue(),
                queryPatterns.getValue().stream().map(QueryPattern::id).collect(Collectors.toList()));
    }

    void addSaveListener(java.util.function.Consumer<IndexDraft> listener) {
        DraftEvents.onSave(this, listener);
    }

    void addDeleteListener(Runnable listener) {
        DraftEvents.onDelete(this, listener);
    }
}

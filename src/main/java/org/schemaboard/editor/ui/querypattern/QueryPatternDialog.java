package org.schemaboard.editor.ui.querypattern;

import org.schemaboard.editor.ui.DraftEvents;
import org.schemaboard.editor.ui.EditorContext;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternDraft;

/**
 * Creates, edits or (for readers) shows one query pattern. Raises {@link SaveEvent} and {@link DeleteEvent}; the
 * panel calls the service and closes the dialog when the write succeeds.
 */
class QueryPatternDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final TextArea sql = new TextArea("SQL");
    private final BigDecimalField frequency = new BigDecimalField("Expected frequency");
    private final Select<FrequencyUnit> unit = new Select<>();
    private final IntegerField latency = new IntegerField("Latency target (ms)");
    private final MultiSelectComboBox<Entity> entities = new MultiSelectComboBox<>("Entities touched");
    private final MultiSelectComboBox<Index> indexes = new MultiSelectComboBox<>("Relies on indexes");
    private final FormErrors errors = new FormErrors();

    /** @param existing the pattern to edit or show, or null for a new one */
    QueryPatternDialog(EditorContext context, QueryPattern existing) {
        DesignModel model = context.model();
        boolean editable = context.canEdit();
        setHeaderTitle(existing == null ? "New query pattern" : "Query pattern " + existing.name());
        setWidth("48rem");

        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("e.g. Customer's recent orders");
        description.setPlaceholder("Who runs it, when, and what they need back");
        sql.addClassName("sb-mono-input");
        sql.addClassName("sb-sql");
        sql.setPlaceholder("SELECT … FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20");
        sql.setHelperText("Use $1, $2 … or :name for parameters");
        frequency.setPlaceholder("e.g. 120");
        unit.setLabel("Per");
        unit.setItems(FrequencyUnit.values());
        unit.setItemLabelGenerator(FrequencyUnit::label);
        unit.setValue(FrequencyUnit.SECOND);
        latency.setMin(1);
        latency.setPlaceholder("e.g. 50");
        latency.setHelperText("The slowest acceptable response");

        Map<UUID, Entity> entityById = model.entities().stream()
                .collect(Collectors.toMap(Entity::id, Function.identity()));
        entities.setItems(model.entities());
        entities.setItemLabelGenerator(Entity::name);
        indexes.setItems(model.indexes());
        indexes.setItemLabelGenerator(i -> i.name() + " (" + nameOf(entityById.get(i.entityId())) + ")");
        indexes.setPlaceholder(model.indexes().isEmpty() ? "No indexes yet" : null);
        if (editable) {
            // An index's table is touched by the query that relies on it: add it for the person.
            indexes.addSelectionListener(e -> e.getAddedSelection().forEach(i -> {
                Entity table = entityById.get(i.entityId());
                if (table != null && !entities.getSelectedItems().contains(table)) {
                    entities.select(table);
                }
            }));
        }

        if (existing != null) {
            fill(model, existing, entityById);
        }

        errors.bind("name", name).bind("description", description).bind("sql", sql).bind("frequency", frequency)
                .bind("frequencyUnit", unit).bind("latencyTargetMs", latency).bind("entities", entities)
                .bind("indexes", indexes);
        FormLayout form = new FormLayout(name, description, sql, frequency, unit, latency, entities, indexes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.setColspan(name, 3);
        form.setColspan(description, 3);
        form.setColspan(sql, 3);
        form.setColspan(entities, 3);
        form.setColspan(indexes, 3);
        add(errors.generalBox(), form);

        if (editable) {
            footer(existing);
            addOpenedChangeListener(e -> name.focus());
        } else {
            for (HasValue<?, ?> field : new HasValue<?, ?>[] {name, description, sql, frequency, unit, latency,
                    entities, indexes}) {
                field.setReadOnly(true);
            }
            name.setRequiredIndicatorVisible(false);
            sql.setHelperText(null);
            latency.setHelperText(null);
            Button close = new Button("Close", e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        }
    }

    private void fill(DesignModel model, QueryPattern existing, Map<UUID, Entity> entityById) {
        name.setValue(existing.name());
        description.setValue(existing.description() == null ? "" : existing.description());
        sql.setValue(existing.sql() == null ? "" : existing.sql());
        // The column keeps three decimals; show 120, not 120.000.
        frequency.setValue(existing.frequency() == null ? null
                : new BigDecimal(existing.frequency().stripTrailingZeros().toPlainString()));
        if (existing.frequencyUnit() != null) {
            unit.setValue(existing.frequencyUnit());
        }
        latency.setValue(existing.latencyTargetMs());
        Set<Entity> touched = new LinkedHashSet<>();
        existing.entityIds().forEach(id -> {
            Entity e = entityById.get(id);
            if (e != null) {
                touched.add(e);
            }
        });
        entities.setValue(touched);
        Set<Index> relied = new LinkedHashSet<>();
        existing.indexIds().forEach(id -> model.index(id).ifPresent(relied::add));
        indexes.setValue(relied);
    }

    private void footer(QueryPattern existing) {
        DraftEvents.footer(this, "query pattern", this::draft, existing == null ? null
                : "Delete query pattern " + existing.name() + "?", existing == null || existing.indexIds().isEmpty()
                ? "The change is recorded in the design's history."
                : "The " + existing.indexIds().size() + " index(es) it relies on stay, but no longer list it as "
                        + "served. The change is recorded in the design's history.");
    }

    private static String nameOf(Entity entity) {
        return entity == null ? "deleted entity" : entity.name();
    }

    FormErrors errors() {
        return errors;
    }

    private QueryPatternDraft draft() {
        return new QueryPatternDraft(name.getValue(), description.getValue(), sql.getValue(), frequency.getValue(),
                unit.getValue(), latency.getValue(),
                entities.getValue().stream().map(Entity::id).collect(Collectors.toList()),
                indexes.getValue().stream().map(Index::id).collect(Collectors.toList()));
    }

    void addSaveListener(java.util.function.Consumer<QueryPatternDraft> listener) {
        DraftEvents.onSave(this, listener);
    }

    void addDeleteListener(Runnable listener) {
        DraftEvents.onDelete(this, listener);
    }
}

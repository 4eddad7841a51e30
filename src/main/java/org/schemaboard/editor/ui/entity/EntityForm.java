package org.schemaboard.editor.ui.entity;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.editor.ui.DraftEvents;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.Identifiers;

/** An entity's own fields. Raises {@link DraftEvents} (save, delete) and {@link HistoryEvent}; the panel calls the service. */
class EntityForm extends Div {

    private final TextField name = new TextField("Entity name");
    private final Select<EntityKind> kind = new Select<>();
    private final TextArea purpose = new TextArea("Purpose");
    private final TextArea rules = new TextArea("Business rules");
    private final TextArea lifecycle = new TextArea("Lifecycle");
    private final TextArea notes = new TextArea("Notes");
    private final FormErrors errors = new FormErrors();
    private final Button save = new Button("Save entity");
    private final Div notice = new Div();
    private final EntityDraft initial;

    EntityForm(Entity entity, boolean editable) {
        H2 title = new H2(entity.name());
        title.addClassName("sb-subheading");
        kind.setLabel("Kind");
        kind.setItems(EntityKind.values());
        kind.setItemLabelGenerator(EntityKind::label);
        purpose.setPlaceholder("What this entity is for in the business");
        rules.setPlaceholder("Constraints and validations from the domain");
        lifecycle.setPlaceholder("How rows are created, updated and deleted");
        name.addValueChangeListener(e -> name.setHelperText(Identifiers.warning(e.getValue()).orElse(null)));

        // The server learns of every keystroke, so a live refresh can tell the form holds unsaved input and keep it.
        for (var field : new com.vaadin.flow.data.value.HasValueChangeMode[] {name, purpose, rules, lifecycle, notes}) {
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        }
        name.setValue(entity.name());
        kind.setValue(entity.kind());
        purpose.setValue(text(entity.purpose()));
        rules.setValue(text(entity.businessRules()));
        lifecycle.setValue(text(entity.lifecycle()));
        notes.setValue(text(entity.notes()));

        errors.bind("name", name).bind("kind", kind).bind("purpose", purpose).bind("businessRules", rules)
                .bind("lifecycle", lifecycle).bind("notes", notes);
        FormLayout form = new FormLayout(name, kind, purpose, rules, lifecycle, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        notice.addClassName("sb-readonly-banner");
        notice.setVisible(false);
        add(title, notice, errors.generalBox(), form);
        initial = draft();

        if (editable) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> DraftEvents.fireSave(this, draft()));
            Button delete = new Button("Delete entity", e -> DraftEvents.fireDelete(this));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button history = new Button("Show its history", e -> fireEvent(new HistoryEvent(this)));
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(save, delete, history));
        } else {
            Button history = new Button("Show its history", e -> fireEvent(new HistoryEvent(this)));
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(history);
            for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, kind, purpose, rules, lifecycle, notes}) {
                field.setReadOnly(true);
            }
        }
    }

    FormErrors errors() {
        return errors;
    }

    void markSaved() {
        errors.clear();
    }

    /** Whether the person typed something not saved yet. */
    boolean isDirty() {
        return !draft().equals(initial);
    }

    void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    void addHistoryListener(ComponentEventListener<HistoryEvent> listener) {
        addListener(HistoryEvent.class, listener);
    }

    static final class HistoryEvent extends ComponentEvent<EntityForm> {
        HistoryEvent(EntityForm source) {
            super(source, false);
        }
    }

    private EntityDraft draft() {
        return new EntityDraft(name.getValue(), kind.getValue(), purpose.getValue(), rules.getValue(),
                lifecycle.getValue(), notes.getValue());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    void addSaveListener(java.util.function.Consumer<EntityDraft> listener) {
        DraftEvents.onSave(this, listener);
    }

    void addDeleteListener(Runnable listener) {
        DraftEvents.onDelete(this, listener);
    }
}

package org.schemaboard.editor.ui.entity;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.Identifiers;

/** Asks for the few things a new entity needs; attributes are added afterwards. */
class NewEntityDialog extends Dialog {

    private final TextField name = new TextField("Entity name");
    private final Select<EntityKind> kind = new Select<>();
    private final TextArea purpose = new TextArea("Purpose");
    private final FormErrors errors = new FormErrors();
    private Consumer<EntityDraft> onCreate = d -> { };

    NewEntityDialog() {
        setHeaderTitle("New entity");
        setWidth("30rem");
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("e.g. orders");
        name.addValueChangeListener(e -> name.setHelperText(Identifiers.warning(e.getValue()).orElse(null)));
        kind.setLabel("Kind");
        kind.setItems(EntityKind.values());
        kind.setItemLabelGenerator(EntityKind::label);
        kind.setValue(EntityKind.CORE);
        purpose.setPlaceholder("What this entity is for in the business");
        errors.bind("name", name).bind("kind", kind).bind("purpose", purpose);
        FormLayout form = new FormLayout(name, kind, purpose);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(errors.generalBox(), form);
        Button create = new Button("Create entity", e -> onCreate.accept(
                new EntityDraft(name.getValue(), kind.getValue(), purpose.getValue(), null, null, null)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the text areas
        getFooter().add(new Button("Cancel", e -> close()), create);
        addOpenedChangeListener(e -> name.focus());
    }

    void addCreateListener(Consumer<EntityDraft> listener) {
        this.onCreate = listener;
    }

    FormErrors errors() {
        return errors;
    }
}

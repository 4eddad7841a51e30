package org.schemaboard.design.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;

/**
 * The form for a new design or for changing one's name, target database and description. It does not save: it raises
 * a {@link SaveEvent}, and the view reports field errors back with {@link #showErrors}.
 */
class DesignDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final Select<TargetDatabase> target = new Select<>();
    private final TextArea description = new TextArea("Description");

    DesignDialog(String title, String saveLabel, DesignDraft initial) {
        setHeaderTitle(title);
        setWidth("32rem");

        name.setRequiredIndicatorVisible(true);
        name.setHelperText("Up to " + DesignService.MAX_NAME_LENGTH + " characters, unique on this server");
        name.setWidthFull();
        target.setLabel("Target database");
        target.setItems(TargetDatabase.values());
        target.setItemLabelGenerator(TargetDatabase::label);
        // always holds a value; a required indicator would put aria-required on the select's button (not allowed there)
        target.setHelperText("Decides data types, naming rules and the SQL dialect of the export");
        description.setPlaceholder("What this database is for, in a sentence or two");
        description.setMaxLength(DesignService.MAX_DESCRIPTION_LENGTH);
        description.setWidthFull();

        name.setValue(initial.name() == null ? "" : initial.name());
        target.setValue(initial.targetDatabase() == null ? TargetDatabase.POSTGRESQL : initial.targetDatabase());
        description.setValue(initial.description() == null ? "" : initial.description());

        FormLayout form = new FormLayout(name, target, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button cancel = new Button("Cancel", e -> close());
        Button save = new Button(saveLabel, e -> fireEvent(new SaveEvent(this, draft())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the text areas
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private DesignDraft draft() {
        return new DesignDraft(name.getValue(), target.getValue(), description.getValue());
    }

    /** Shows each message beside its field; clears fields without one. */
    void showErrors(Map<String, String> errors) {
        name.setInvalid(errors.containsKey("name"));
        name.setErrorMessage(errors.get("name"));
        target.setInvalid(errors.containsKey("targetDatabase"));
        target.setErrorMessage(errors.get("targetDatabase"));
        description.setInvalid(errors.containsKey("description"));
        description.setErrorMessage(errors.get("description"));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<DesignDialog> {
        private final DesignDraft draft;

        SaveEvent(DesignDialog source, DesignDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        DesignDraft draft() {
            return draft;
        }
    }
}

package org.schemaboard.diagram.ui;

import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.Saving;

/** Creates or edits a subject area: its name and the entities it shows. */
class AreaDialog extends Dialog {

    /** Saves the name and entity ids; returns the id of the area saved. */
    interface Save extends BiFunction<String, Set<UUID>, UUID> {
    }

    AreaDialog(EditorContext context, String title, String name, Collection<UUID> chosen, Save save,
               java.util.function.Consumer<UUID> saved) {
        setHeaderTitle(title);
        TextField nameField = new TextField("Name");
        nameField.setValue(name == null ? "" : name);
        nameField.setWidthFull();
        nameField.setMaxLength(100);
        MultiSelectComboBox<Entity> entities = new MultiSelectComboBox<>("Entities");
        entities.setItems(context.model().entities().stream().sorted(Comparator.comparing(Entity::name)).toList());
        entities.setItemLabelGenerator(Entity::name);
        entities.setWidthFull();
        entities.setValue(context.model().entities().stream().filter(e -> chosen.contains(e.id()))
                .collect(Collectors.toSet()));
        FormErrors errors = new FormErrors().bind("name", nameField).bind("entities", entities);
        add(errors.generalBox(), nameField, entities);
        setWidth("560px");
        Button cancel = new Button("Cancel", e -> close());
        Button ok = new Button("Save", e -> {
            UUID[] id = new UUID[1];
            if (Saving.attempt(() -> id[0] = save.apply(nameField.getValue(),
                    entities.getValue().stream().map(Entity::id).collect(Collectors.toSet())), errors, context,
                    "Subject area saved")) {
                close();
                saved.accept(id[0]);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER).listenOn(nameField); // in the entity list Enter picks an entity
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        getFooter().add(cancel, ok);
    }
}

package org.schemaboard.editor.ui.entity;

import org.schemaboard.editor.ui.EditorContext;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.DataTypes;
import org.schemaboard.model.Identifiers;

/** Adds or edits one attribute; types offered are the target database's, any other can be typed. */
class AttributeDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final ComboBox<String> type = new ComboBox<>("Data type");
    private final IntegerField length = new IntegerField("Length");
    private final IntegerField precision = new IntegerField("Precision");
    private final IntegerField scale = new IntegerField("Scale");
    private final Checkbox nullable = new Checkbox("Nullable");
    private final Checkbox primaryKey = new Checkbox("Part of the primary key");
    private final Checkbox unique = new Checkbox("Unique");
    private final Checkbox autoIncrement = new Checkbox("Auto-increment");
    private final TextField defaultValue = new TextField("Default");
    private final TextField check = new TextField("Check expression");
    private final TextArea description = new TextArea("Description");
    private final FormErrors errors = new FormErrors();

    /**
     * @param existing the attribute to edit, or null for a new one
     * @param save     the write; returns whether it succeeded (the dialog closes then)
     */
    AttributeDialog(EditorContext context, String entityName, Attribute existing, Predicate<AttributeDraft> save) {
        setHeaderTitle(existing == null ? "New attribute of " + entityName : "Attribute " + entityName + "."
                + existing.name());
        setWidth("40rem");
        type.setItems(DataTypes.offeredFor(context.target()));
        type.setAllowCustomValue(true);
        type.addCustomValueSetListener(e -> type.setValue(e.getDetail().toUpperCase()));
        type.setHelperText("Choose one of " + context.target().label() + "'s types or type another");
        type.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        name.addValueChangeListener(e -> name.setHelperText(Identifiers.warning(e.getValue()).orElse(null)));
        type.addValueChangeListener(e -> adaptToType(e.getValue()));
        autoIncrement.setTooltipText("The database numbers new rows: AUTO_INCREMENT on MySQL, an identity column on "
                + "PostgreSQL and H2. Whole-number types only.");
        check.addClassName("sb-mono-input");
        check.setPlaceholder("e.g. status IN ('active', 'inactive')");
        defaultValue.addClassName("sb-mono-input");
        defaultValue.setPlaceholder("e.g. CURRENT_TIMESTAMP or 'pending'");
        nullable.setValue(true);
        primaryKey.addValueChangeListener(e -> {
            if (e.getValue()) {
                nullable.setValue(false);
            }
            nullable.setEnabled(!e.getValue());
        });

        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.dataType());
            length.setValue(existing.length());
            precision.setValue(existing.precision());
            scale.setValue(existing.scale());
            nullable.setValue(existing.nullable());
            primaryKey.setValue(existing.primaryKey());
            unique.setValue(existing.unique());
            autoIncrement.setValue(existing.autoIncrement());
            defaultValue.setValue(nullToEmpty(existing.defaultValue()));
            check.setValue(nullToEmpty(existing.checkExpression()));
            description.setValue(nullToEmpty(existing.description()));
        } else {
            adaptToType(null);
        }

        errors.bind("name", name).bind("dataType", type).bind("length", length).bind("precision", precision)
                .bind("scale", scale).bind("autoIncrement", autoIncrement).bind("defaultValue", defaultValue).bind("checkExpression", check)
                .bind("description", description);
        FormLayout form = new FormLayout(name, type, length, precision, scale, nullable, primaryKey, unique,
                autoIncrement, defaultValue, check, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(name, 2);
        form.setColspan(defaultValue, 3);
        form.setColspan(check, 3);
        form.setColspan(description, 3);
        add(errors.generalBox(), form);

        Button cancel = new Button("Cancel", e -> close());
        Button saveButton = new Button(existing == null ? "Add attribute" : "Save attribute", e -> {
            if (save.test(draft())) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the text areas
        getFooter().add(cancel, saveButton);
        addOpenedChangeListener(e -> name.focus());
    }

    FormErrors errors() {
        return errors;
    }

    private void adaptToType(String value) {
        // Hints rather than locks: a typed-in type may take a length the lists do not know about.
        length.setHelperText(value != null && DataTypes.takesLength(value) ? "e.g. 255" : null);
        precision.setHelperText(value != null && DataTypes.takesPrecision(value) ? "total digits, e.g. 12" : null);
        scale.setHelperText(value != null && DataTypes.takesPrecision(value) ? "after the point, e.g. 2" : null);
    }

    private AttributeDraft draft() {
        return new AttributeDraft(name.getValue(), type.getValue(), length.getValue(), precision.getValue(),
                scale.getValue(), nullable.getValue(), defaultValue.getValue(), primaryKey.getValue(),
                unique.getValue(), autoIncrement.getValue(), check.getValue(), description.getValue());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

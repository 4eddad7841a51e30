package org.schemaboard.editor.ui.relationship;

import org.schemaboard.editor.ui.EditorContext;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;

/**
 * Creates or edits a relationship. The column pickers offer only the columns of the chosen entities; N:M swaps the
 * column mapping for the junction choice.
 */
class RelationshipDialog extends Dialog {

    private static final String NEW_JUNCTION = "Create a new junction entity";
    private static final String EXISTING_JUNCTION = "Use an existing entity";

    private final DesignModel model;
    private final ComboBox<Entity> from = new ComboBox<>("From (referenced, the \"one\" side)");
    private final ComboBox<Entity> to = new ComboBox<>("To (holds the foreign key)");
    private final Select<Cardinality> cardinality = new Select<>();
    private final ColumnPairsField pairs = new ColumnPairsField();
    private final Select<ReferentialAction> onDelete = new Select<>();
    private final Select<ReferentialAction> onUpdate = new Select<>();
    private final TextField label = new TextField("Label (verb)");
    private final Checkbox identifying = new Checkbox("Identifying (the key of \"to\" includes the foreign key)");
    private final TextField name = new TextField("Constraint name");
    private final TextArea rationale = new TextArea("Rationale");
    private final RadioButtonGroup<String> junctionMode = new RadioButtonGroup<>("Junction");
    private final TextField junctionName = new TextField("Junction entity name");
    private final ComboBox<Entity> junction = new ComboBox<>("Junction entity");
    private final Div junctionBox = new Div();
    private final FormErrors errors = new FormErrors();

    RelationshipDialog(EditorContext context, Relationship existing, Predicate<RelationshipDraft> save,
                       Runnable delete) {
        this.model = context.model();
        setHeaderTitle(existing == null ? "New relationship" : "Relationship " + model.entityName(existing.fromEntityId())
                + " " + existing.cardinality().label() + " " + model.entityName(existing.toEntityId()));
        setWidth("48rem");

        for (ComboBox<Entity> box : List.of(from, to, junction)) {
            box.setItems(model.entities());
            box.setItemLabelGenerator(Entity::name);
            box.setWidthFull();
        }
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        cardinality.setLabel("Cardinality");
        cardinality.setItems(Cardinality.values());
        cardinality.setItemLabelGenerator(c -> c.label() + switch (c) {
            case ONE_TO_ONE -> " (one to one)";
            case ONE_TO_MANY -> " (one to many)";
            case MANY_TO_MANY -> " (many to many, through a junction)";
        });
        cardinality.setValue(Cardinality.ONE_TO_MANY);
        for (Select<ReferentialAction> action : List.of(onDelete, onUpdate)) {
            action.setItems(ReferentialAction.values());
            action.setItemLabelGenerator(ReferentialAction::sql);
            action.setValue(ReferentialAction.NO_ACTION);
        }
        onDelete.setLabel("ON DELETE");
        onUpdate.setLabel("ON UPDATE");
        label.setPlaceholder("e.g. places");
        name.setPlaceholder("e.g. fk_orders_user (optional)");
        rationale.setPlaceholder("Why this relationship and these actions");
        junctionMode.setItems(NEW_JUNCTION, EXISTING_JUNCTION);
        junctionMode.setValue(NEW_JUNCTION);
        junctionName.setPlaceholder("e.g. product_tags (default: from_to)");
        junctionBox.add(junctionMode, junctionName, junction);
        junctionMode.addValueChangeListener(e -> showJunctionChoice());

        from.addValueChangeListener(e -> pairs.setEntities(from.getValue(), to.getValue()));
        to.addValueChangeListener(e -> pairs.setEntities(from.getValue(), to.getValue()));
        cardinality.addValueChangeListener(e -> showCardinality());

        if (existing != null) {
            from.setValue(model.entity(existing.fromEntityId()).orElse(null));
            to.setValue(model.entity(existing.toEntityId()).orElse(null));
            cardinality.setValue(existing.cardinality());
            pairs.setPairs(existing.columns());
            onDelete.setValue(existing.onDelete());
            onUpdate.setValue(existing.onUpdate());
            label.setValue(Objects.toString(existing.label(), ""));
            identifying.setValue(existing.identifying());
            name.setValue(Objects.toString(existing.name(), ""));
            rationale.setValue(Objects.toString(existing.rationale(), ""));
            if (existing.junctionEntityId() != null) {
                junctionMode.setValue(EXISTING_JUNCTION);
                junction.setValue(model.entity(existing.junctionEntityId()).orElse(null));
            }
            // What a relationship connects is part of its identity; create another for different entities.
            from.setReadOnly(true);
            to.setReadOnly(true);
            junctionBox.setEnabled(false);
        } else {
            pairs.setPairs(List.of());
        }
        showCardinality();
        showJunctionChoice();

        errors.bind("fromEntity", from).bind("toEntity", to).bind("cardinality", cardinality).bind("columns", pairs)
                .bind("label", label).bind("rationale", rationale).bind("name", name).bind("junction", junctionName);
        FormLayout form = new FormLayout(from, to, cardinality, junctionBox, pairs, onDelete, onUpdate, label, name,
                identifying, rationale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(junctionBox, 2);
        form.setColspan(pairs, 2);
        form.setColspan(identifying, 2);
        form.setColspan(rationale, 2);
        add(errors.generalBox(), form);

        if (!context.canEdit()) {
            form.getChildren().forEach(c -> c.getElement().setEnabled(false));
            getFooter().add(new Button("Close", e -> close()));
            return;
        }
        Button cancel = new Button("Cancel", e -> close());
        Button saveButton = new Button("Save relationship", e -> {
            if (save.test(draft())) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the text areas
        if (existing != null) {
            Button deleteButton = new Button("Delete relationship", e -> {
                ConfirmDialog confirm = new ConfirmDialog("Delete this relationship?",
                        existing.cardinality() == Cardinality.MANY_TO_MANY
                                ? "The junction entity and its two relationships stay; delete them separately if "
                                + "they are no longer needed."
                                : "The foreign key goes; the columns stay in " + model.entityName(existing.toEntityId())
                                + ".", "Delete relationship", c -> {
                                    close();
                                    delete.run();
                                });
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            deleteButton.addClassName("sb-footer-start");
            getFooter().add(deleteButton);
        }
        getFooter().add(cancel, saveButton);
    }

    FormErrors errors() {
        return errors;
    }

    private void showCardinality() {
        boolean manyToMany = cardinality.getValue() == Cardinality.MANY_TO_MANY;
        pairs.setVisible(!manyToMany);
        junctionBox.setVisible(manyToMany);
        onDelete.setVisible(!manyToMany);
        onUpdate.setVisible(!manyToMany);
        name.setVisible(!manyToMany);
        identifying.setVisible(!manyToMany);
    }

    private void showJunctionChoice() {
        boolean fresh = NEW_JUNCTION.equals(junctionMode.getValue());
        junctionName.setVisible(fresh);
        junction.setVisible(!fresh);
    }

    private RelationshipDraft draft() {
        boolean fresh = NEW_JUNCTION.equals(junctionMode.getValue());
        return new RelationshipDraft(id(from.getValue()), id(to.getValue()), cardinality.getValue(), pairs.getValue(),
                onDelete.getValue(), onUpdate.getValue(), label.getValue(), identifying.getValue(),
                rationale.getValue(), name.getValue(), fresh ? null : id(junction.getValue()),
                fresh ? junctionName.getValue() : null);
    }

    private static UUID id(Entity e) {
        return e == null ? null : e.id();
    }

    /**
     * The column mapping: rows of (referenced column of "from", foreign key column of "to"). A field of its own so
     * that a service error about the columns shows beside it.
     */
    private static final class ColumnPairsField extends CustomField<List<Relationship.ColumnPair>> {

        private final Div rows = new Div();
        private final List<ComboBox<Attribute>[]> pickers = new ArrayList<>();
        private Entity fromEntity;
        private Entity toEntity;

        ColumnPairsField() {
            setLabel("Column mapping");
            setHelperText("Each foreign key column of \"to\" and the key column of \"from\" it refers to. "
                    + "Add a pair per column of a composite key.");
            Button add = new Button("Add column pair", VaadinIcon.PLUS.create(), e -> addRow(null, null));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(rows, add);
        }

        void setEntities(Entity from, Entity to) {
            boolean changed = !Objects.equals(id(from), id(fromEntity)) || !Objects.equals(id(to), id(toEntity));
            this.fromEntity = from;
            this.toEntity = to;
            if (changed) {
                rows.removeAll();
                pickers.clear();
                addRow(null, null);
            }
        }

        void setPairs(List<Relationship.ColumnPair> pairs) {
            rows.removeAll();
            pickers.clear();
            for (Relationship.ColumnPair pair : pairs) {
                addRow(pair.toAttributeId(), pair.fromAttributeId());
            }
            if (pairs.isEmpty()) {
                addRow(null, null);
            }
        }

        @SuppressWarnings("unchecked")
        private void addRow(UUID fkColumn, UUID keyColumn) {
            int n = pickers.size() + 1;
            ComboBox<Attribute> fk = new ComboBox<>();
            fk.setAriaLabel("Foreign key column " + n);
            fk.setPlaceholder(toEntity == null ? "choose \"to\" first" : toEntity.name() + " column");
            ComboBox<Attribute> key = new ComboBox<>();
            key.setAriaLabel("Referenced column " + n);
            key.setPlaceholder(fromEntity == null ? "choose \"from\" first" : fromEntity.name() + " column");
            fill(fk, toEntity, fkColumn);
            fill(key, fromEntity, keyColumn);
            ComboBox<Attribute>[] pair = new ComboBox[] {fk, key};
            pickers.add(pair);
            Span arrow = new Span("→");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove column pair " + n);
            Div row = new Div(fk, arrow, key, remove);
            row.addClassName("sb-pair-row");
            remove.addClickListener(e -> {
                pickers.remove(pair);
                rows.remove(row);
            });
            rows.add(row);
        }

        private static void fill(ComboBox<Attribute> box, Entity entity, UUID selected) {
            List<Attribute> items = entity == null ? List.of() : entity.attributes();
            box.setItems(items);
            box.setItemLabelGenerator(a -> a.name() + " · " + a.typeDisplay() + (a.primaryKey() ? " · PK" : ""));
            box.setEnabled(entity != null);
            if (selected != null) {
                items.stream().filter(a -> a.id().equals(selected)).findFirst().ifPresent(box::setValue);
            }
        }

        @Override
        protected List<Relationship.ColumnPair> generateModelValue() {
            List<Relationship.ColumnPair> value = new ArrayList<>();
            for (ComboBox<Attribute>[] pair : pickers) {
                if (pair[0].getValue() != null || pair[1].getValue() != null) {
                    value.add(new Relationship.ColumnPair(
                            pair[1].getValue() == null ? null : pair[1].getValue().id(),
                            pair[0].getValue() == null ? null : pair[0].getValue().id()));
                }
            }
            return value;
        }

        @Override
        public List<Relationship.ColumnPair> getValue() {
            return generateModelValue();
        }

        @Override
        protected void setPresentationValue(List<Relationship.ColumnPair> value) {
            setPairs(value == null ? List.of() : value);
        }
    }
}

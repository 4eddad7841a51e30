package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.DesignDecisions;
import org.schemaboard.spec.SpecSection;

/** Design decisions: primary keys, the data type table, normalization and its exceptions, constraints. */
final class DesignDecisionsForm extends SectionForm<DesignDecisions> {

    private final TextArea keys = Inputs.prose("Primary key strategy", "Decision, rationale and trade-off");
    private final RowList<DesignDecisions.DataTypeChoice> types;
    private final TextField level = Inputs.line("Normalization level", "e.g. 3NF with selective denormalization");
    private final TextArea levelWhy = Inputs.prose("Normalization rationale", null);
    private final RowList<String> denormalizations;
    private final TextArea constraints = Inputs.prose("Constraint strategy",
            "Foreign keys, checks, unique and not-null constraints");

    DesignDecisionsForm(SpecContext context) {
        super(context, SpecSection.DESIGN_DECISIONS, DesignDecisions.class,
                "The decisions that shape every table, with their reasons.");
        types = new RowList<>("dataTypes", "data type", "No data type choices yet.", TypeRow::new, errors,
                this::changed);
        denormalizations = new RowList<>("denormalizations", "denormalization", "No denormalizations listed.",
                TextRow::new, errors, this::changed);
        errors.bind("primaryKeyStrategy", keys).bind("normalizationLevel", level)
                .bind("normalizationRationale", levelWhy).bind("constraintStrategy", constraints);
        body.add(keys, new H3("Data type selections"), types, new H3("Normalization"), level, levelWhy,
                new H3("Selective denormalizations"), denormalizations, constraints);
        start();
    }

    @Override
    protected void show(DesignDecisions c) {
        keys.setValue(Inputs.text(c.primaryKeyStrategy()));
        types.show(c.dataTypes());
        level.setValue(Inputs.text(c.normalizationLevel()));
        levelWhy.setValue(Inputs.text(c.normalizationRationale()));
        denormalizations.show(c.denormalizations());
        constraints.setValue(Inputs.text(c.constraintStrategy()));
    }

    @Override
    protected DesignDecisions read() {
        return new DesignDecisions(keys.getValue(), types.values(), level.getValue(), levelWhy.getValue(),
                denormalizations.values(), constraints.getValue());
    }

    private static final class TypeRow implements RowList.Row<DesignDecisions.DataTypeChoice> {

        private final TextField type = Inputs.line("Data type", null);
        private final TextField useCase = Inputs.line("Use case", null);
        private final TextField why = Inputs.line("Rationale", null);
        private final Div root = new Div(type, useCase, why);

        TypeRow() {
            root.addClassName("sb-spec-inline");
            why.addClassName("sb-spec-wide");
            type.addClassName("sb-mono-input");
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(DesignDecisions.DataTypeChoice v) {
            type.setValue(Inputs.text(v.dataType()));
            useCase.setValue(Inputs.text(v.useCase()));
            why.setValue(Inputs.text(v.rationale()));
        }

        @Override
        public DesignDecisions.DataTypeChoice value() {
            return new DesignDecisions.DataTypeChoice(type.getValue(), useCase.getValue(), why.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "dataType", type).bind(prefix + "useCase", useCase).bind(prefix + "rationale", why);
        }
    }

    /** One line of text in a list (a denormalization). */
    static final class TextRow implements RowList.Row<String> {

        private final TextField text = Inputs.line("What is stored redundantly, and why", null);

        @Override
        public Component component() {
            return text;
        }

        @Override
        public void show(String value) {
            text.setValue(Inputs.text(value));
        }

        @Override
        public String value() {
            return text.getValue();
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix.substring(0, prefix.length() - 1), text);
        }
    }
}

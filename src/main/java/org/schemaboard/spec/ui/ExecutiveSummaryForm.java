package org.schemaboard.spec.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.schemaboard.spec.ExecutiveSummary;
import org.schemaboard.spec.SpecSection;

/** The executive summary: the database and approach at a glance. */
final class ExecutiveSummaryForm extends SectionForm<ExecutiveSummary> {

    private final TextField technology = Inputs.line("Database technology", "Product and version, e.g. PostgreSQL 16");
    private final RadioButtonGroup<ExecutiveSummary.DataModelApproach> approach = new RadioButtonGroup<>();
    private final TextArea principles = Inputs.prose("Key design principles",
            "Normalization level, consistency model, performance priorities");
    private final TextArea consistency = Inputs.prose("Consistency model", "Where strong, where eventual");
    private final TextArea scalability = Inputs.prose("Scalability strategy", "Vertical / horizontal, in one paragraph");

    ExecutiveSummaryForm(SpecContext context) {
        super(context, SpecSection.EXECUTIVE_SUMMARY, ExecutiveSummary.class,
                "The first thing a reader of the specification sees: what the database is and how it is built.");
        approach.setLabel("Data model approach");
        approach.setItems(ExecutiveSummary.DataModelApproach.values());
        approach.setItemLabelGenerator(ExecutiveSummary.DataModelApproach::label);
        technology.setPlaceholder(context.model().targetDatabase().label());
        errors.bind("databaseTechnology", technology).bind("dataModelApproach", approach)
                .bind("keyDesignPrinciples", principles).bind("consistencyModel", consistency)
                .bind("scalabilityStrategy", scalability);
        FormLayout top = new FormLayout(technology, approach);
        top.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        body.add(top, principles, consistency, scalability);
        start();
    }

    @Override
    protected void show(ExecutiveSummary c) {
        technology.setValue(Inputs.text(c.databaseTechnology()));
        approach.setValue(c.dataModelApproach());
        principles.setValue(Inputs.text(c.keyDesignPrinciples()));
        consistency.setValue(Inputs.text(c.consistencyModel()));
        scalability.setValue(Inputs.text(c.scalabilityStrategy()));
    }

    @Override
    protected ExecutiveSummary read() {
        return new ExecutiveSummary(technology.getValue(), approach.getValue(), principles.getValue(),
                consistency.getValue(), scalability.getValue());
    }
}

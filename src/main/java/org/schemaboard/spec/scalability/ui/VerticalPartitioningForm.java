package org.schemaboard.spec.scalability.ui;

import org.schemaboard.spec.ui.ChecksList;
import org.schemaboard.spec.ui.Inputs;
import org.schemaboard.spec.ui.RowList;
import org.schemaboard.spec.ui.SectionForm;
import org.schemaboard.spec.ui.SpecContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.scalability.VerticalPartitioning;

/** Vertical partitioning: hot and cold column groups of an entity. */
public final class VerticalPartitioningForm extends SectionForm<VerticalPartitioning> {

    private final ChecksList checks = new ChecksList("Checks of the column groups", "No problems found.");
    private final RowList<VerticalPartitioning.Split> splits;

    public VerticalPartitioningForm(SpecContext context) {
        super(context, SpecSection.VERTICAL_PARTITIONING, VerticalPartitioning.class,
                "Keep the columns read on every access (hot) apart from the rarely read, often large ones (cold), "
                        + "so the hot rows stay small and cached.");
        splits = new RowList<>("splits", "split", "No entity is split yet.", SplitRow::new, errors, this::changed);
        body.add(checks, splits);
        start();
    }

    @Override
    protected void show(VerticalPartitioning c) {
        splits.show(c.splits());
    }

    @Override
    protected VerticalPartitioning read() {
        return new VerticalPartitioning(splits.values());
    }

    @Override
    protected void changed() {
        checks.show(context.checks(withInput(), SpecSection.VERTICAL_PARTITIONING));
    }

    private final class SplitRow implements RowList.Row<VerticalPartitioning.Split> {

        private final DesignModel model = context.model();
        private final ComboBox<UUID> entity = Inputs.entity("Entity", model);
        private final MultiSelectComboBox<UUID> hot = Inputs.attributes("Hot columns", "Read on every access", model);
        private final MultiSelectComboBox<UUID> cold = Inputs.attributes("Cold columns",
                "Rarely read; moved to a side table", model);
        private final TextArea rationale = Inputs.prose("Rationale", null);
        private final Div root = new Div(entity, hot, cold, rationale);

        SplitRow() {
            root.addClassName("sb-spec-card");
            entity.addValueChangeListener(e -> {
                Inputs.offerColumnsOf(hot, model, e.getValue());
                Inputs.offerColumnsOf(cold, model, e.getValue());
            });
            watch(entity, hot, cold);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(VerticalPartitioning.Split v) {
            entity.setValue(v.entityId());
            Inputs.offerColumnsOf(hot, model, v.entityId());
            Inputs.offerColumnsOf(cold, model, v.entityId());
            hot.setValue(Inputs.set(v.hotAttributeIds()));
            cold.setValue(Inputs.set(v.coldAttributeIds()));
            rationale.setValue(Inputs.text(v.rationale()));
        }

        @Override
        public VerticalPartitioning.Split value() {
            return new VerticalPartitioning.Split(entity.getValue(), Inputs.inColumnOrder(hot.getValue(), model),
                    Inputs.inColumnOrder(cold.getValue(), model), rationale.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "entity", entity).bind(prefix + "hotAttributeIds", hot)
                    .bind(prefix + "coldAttributeIds", cold).bind(prefix + "rationale", rationale);
        }
    }
}

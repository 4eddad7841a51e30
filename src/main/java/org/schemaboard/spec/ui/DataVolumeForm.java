package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.SpecSection;

/** Data volume and growth, for the design and per entity. */
final class DataVolumeForm extends SectionForm<DataVolume> {

    private final TextField initial = Inputs.line("Initial data volume", "Expected size at launch");
    private final TextField growth = Inputs.line("Growth rate", "Projected growth over time");
    private final TextField queries = Inputs.line("Query volume", "Queries per second / minute / hour");
    private final TextField peak = Inputs.line("Peak load characteristics", "Traffic patterns, seasonal peaks");
    private final TextField retention = Inputs.line("Data retention requirements", "How long data must be kept");
    private final RowList<DataVolume.EntityVolume> entities;

    DataVolumeForm(SpecContext context) {
        super(context, SpecSection.DATA_VOLUME, DataVolume.class,
                "How much data there will be and how fast it grows: the numbers the indexes and the scalability "
                        + "plan are sized for.");
        entities = new RowList<>("entities", "entity estimate", "No per-entity estimates yet (optional).",
                EntityRow::new, errors, this::changed);
        errors.bind("initialVolume", initial).bind("growthRate", growth).bind("queryVolume", queries)
                .bind("peakLoad", peak).bind("retention", retention);
        body.add(initial, growth, queries, peak, retention, new H3("Per entity"), entities);
        start();
    }

    @Override
    protected void show(DataVolume c) {
        initial.setValue(Inputs.text(c.initialVolume()));
        growth.setValue(Inputs.text(c.growthRate()));
        queries.setValue(Inputs.text(c.queryVolume()));
        peak.setValue(Inputs.text(c.peakLoad()));
        retention.setValue(Inputs.text(c.retention()));
        entities.show(c.entities());
    }

    @Override
    protected DataVolume read() {
        return new DataVolume(initial.getValue(), growth.getValue(), queries.getValue(), peak.getValue(),
                retention.getValue(), entities.values());
    }

    private final class EntityRow implements RowList.Row<DataVolume.EntityVolume> {

        private final ComboBox<UUID> entity = Inputs.entity("Entity", context.model());
        private final BigDecimalField rows = Inputs.count("Expected rows", "At launch");
        private final BigDecimalField perMonth = Inputs.count("Growth per month", "Rows added per month");
        private final TextField notes = Inputs.line("Notes", null);
        private final Div root = new Div(entity, rows, perMonth, notes);

        EntityRow() {
            root.addClassName("sb-spec-inline");
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(DataVolume.EntityVolume v) {
            entity.setValue(v.entityId());
            rows.setValue(Inputs.fromLong(v.expectedRows()));
            perMonth.setValue(Inputs.fromLong(v.growthPerMonth()));
            notes.setValue(Inputs.text(v.notes()));
        }

        @Override
        public DataVolume.EntityVolume value() {
            return new DataVolume.EntityVolume(entity.getValue(), Inputs.toLong(rows.getValue()),
                    Inputs.toLong(perMonth.getValue()), notes.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "entity", entity).bind(prefix + "expectedRows", rows)
                    .bind(prefix + "growthPerMonth", perMonth).bind(prefix + "notes", notes);
        }
    }
}

package org.schemaboard.spec.scalability.ui;

import org.schemaboard.spec.ui.ChecksList;
import org.schemaboard.spec.ui.Inputs;
import org.schemaboard.spec.ui.RowList;
import org.schemaboard.spec.ui.SectionForm;
import org.schemaboard.spec.ui.SpecContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.SpecSection;

/** Read replicas: each one's purpose, the query patterns routed to it, the lag it tolerates. */
public final class ReadReplicasForm extends SectionForm<ReadReplicas> {

    private final ChecksList checks = new ChecksList("Checks of the replica routing", "No problems found.");
    private final RowList<ReadReplicas.Replica> replicas;
    private final MultiSelectComboBox<UUID> primary;
    private final TextArea guidelines = Inputs.prose("Routing guidelines",
            "e.g. read-heavy queries → replicas; write-after-read → primary; load balancing; failover");

    public ReadReplicasForm(SpecContext context) {
        super(context, SpecSection.READ_REPLICAS, ReadReplicas.class,
                "Copies of the primary that serve reads. Route each read-heavy query pattern to the replica "
                        + "for its purpose; keep reads that must see their own writes on the primary.");
        replicas = new RowList<>("replicas", "replica", "No read replicas yet.", ReplicaRow::new, errors,
                this::changed);
        primary = Inputs.queryPatterns("Stay on the primary",
                "Write-after-read: query patterns that must see their own writes", context.model());
        watch(primary);
        errors.bind("primaryQueryPatternIds", primary).bind("guidelines", guidelines);
        body.add(checks, replicas, new H3("Primary"), primary, guidelines);
        start();
    }

    @Override
    protected void show(ReadReplicas c) {
        replicas.show(c.replicas());
        primary.setValue(Inputs.set(c.primaryQueryPatternIds()));
        guidelines.setValue(Inputs.text(c.guidelines()));
    }

    @Override
    protected ReadReplicas read() {
        return new ReadReplicas(replicas.values(), new ArrayList<>(primary.getValue()), guidelines.getValue());
    }

    @Override
    protected void changed() {
        checks.show(context.checks(withInput(), SpecSection.READ_REPLICAS));
    }

    private final class ReplicaRow implements RowList.Row<ReadReplicas.Replica> {

        private final TextField name = Inputs.line("Replica", "e.g. replica-reporting");
        private final TextField purpose = Inputs.line("Purpose", "Reporting, search, background jobs …");
        private final IntegerField lag = Inputs.number("Max. lag (seconds)", "Tolerated replication lag", 0);
        private final MultiSelectComboBox<UUID> patterns = Inputs.queryPatterns("Routed query patterns",
                "Reads sent to this replica", context.model());
        private final TextField notes = Inputs.line("Notes", null);
        private final Div root = new Div();

        ReplicaRow() {
            Inputs.card(root, List.of(name, purpose, lag), purpose, patterns, notes);
            watch(name, patterns);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(ReadReplicas.Replica v) {
            name.setValue(Inputs.text(v.name()));
            purpose.setValue(Inputs.text(v.purpose()));
            lag.setValue(v.maxLagSeconds());
            patterns.setValue(Inputs.set(v.queryPatternIds()));
            notes.setValue(Inputs.text(v.notes()));
        }

        @Override
        public ReadReplicas.Replica value() {
            return new ReadReplicas.Replica(name.getValue(), purpose.getValue(), List.copyOf(patterns.getValue()),
                    lag.getValue(), notes.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "name", name).bind(prefix + "purpose", purpose).bind(prefix + "maxLagSeconds", lag)
                    .bind(prefix + "queryPatternIds", patterns).bind(prefix + "notes", notes);
        }
    }
}

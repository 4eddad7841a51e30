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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.SpecSection;

/** Sharding across database servers: count, routing, shard keys per entity and the hard questions. */
public final class ShardingForm extends SectionForm<Sharding> {

    private final ChecksList checks = new ChecksList("Checks of the sharding plan", "No problems found.");
    private final IntegerField count = Inputs.number("Number of shards", null, 1);
    private final Select<Sharding.Routing> routing = new Select<>();
    private final RowList<Sharding.ShardKey> keys;
    private final TextArea crossShard = Inputs.prose("Cross-shard queries", "Which queries span shards, and the "
            + "policy for them");
    private final TextArea resharding = Inputs.prose("Resharding plan", "How shards are split or rebalanced later");
    private final TextArea integrity = Inputs.prose("Referential integrity across shards",
            "Foreign keys cannot cross servers: how references stay valid");

    public ShardingForm(SpecContext context) {
        super(context, SpecSection.SHARDING, Sharding.class,
                "Spread rows over several database servers by a shard key. Leave empty while one server (with "
                        + "replicas and partitions) is enough.");
        routing.setLabel("Routing");
        routing.setItems(Sharding.Routing.values());
        routing.setItemLabelGenerator(Sharding.Routing::label);
        keys = new RowList<>("keys", "shard key", "No entity is sharded yet.", KeyRow::new, errors, this::changed);
        watch(count, routing);
        errors.bind("shardCount", count).bind("routing", routing).bind("crossShardQueries", crossShard)
                .bind("resharding", resharding).bind("referentialIntegrity", integrity);
        FormLayout top = new FormLayout(count, routing);
        top.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        body.add(checks, top, new H3("Shard keys"), keys, crossShard, resharding, integrity);
        start();
    }

    @Override
    protected void show(Sharding c) {
        count.setValue(c.shardCount());
        routing.setValue(c.routing());
        keys.show(c.keys());
        crossShard.setValue(Inputs.text(c.crossShardQueries()));
        resharding.setValue(Inputs.text(c.resharding()));
        integrity.setValue(Inputs.text(c.referentialIntegrity()));
    }

    @Override
    protected Sharding read() {
        return new Sharding(count.getValue(), routing.getValue(), keys.values(), crossShard.getValue(),
                resharding.getValue(), integrity.getValue());
    }

    @Override
    protected void changed() {
        List<Check> found = context.checks(withInput(), SpecSection.SHARDING);
        checks.show(found);
    }

    private final class KeyRow implements RowList.Row<Sharding.ShardKey> {

        private final DesignModel model = context.model();
        private final ComboBox<UUID> entity = Inputs.entity("Entity", model);
        private final MultiSelectComboBox<UUID> key = Inputs.attributes("Shard key", "Columns of the entity", model);
        private final TextField notes = Inputs.line("Notes", null);
        private final Div root = new Div(entity, key, notes);

        KeyRow() {
            root.addClassName("sb-spec-inline");
            entity.addValueChangeListener(e -> Inputs.offerColumnsOf(key, model, e.getValue()));
            watch(entity, key);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(Sharding.ShardKey v) {
            entity.setValue(v.entityId());
            Inputs.offerColumnsOf(key, model, v.entityId());
            key.setValue(Inputs.set(v.attributeIds()));
            notes.setValue(Inputs.text(v.notes()));
        }

        @Override
        public Sharding.ShardKey value() {
            return new Sharding.ShardKey(entity.getValue(), Inputs.inColumnOrder(key.getValue(), model),
                    notes.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "entity", entity).bind(prefix + "attributeIds", key).bind(prefix + "notes", notes);
        }
    }
}

package org.schemaboard.spec.ui.nosql;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlSpec;
import org.schemaboard.spec.ui.Inputs;
import org.schemaboard.spec.ui.RowList;

/**
 * A MongoDB collection: its document fields (nested documents and arrays' items by dotted path), its indexes
 * (compound, unique, TTL, partial, text) and its shard key.
 */
final class MongoForm implements KindForm {

    private final FormErrors errors;
    private final RowList<MongoCollection.Field> fields;
    private final RowList<MongoCollection.MongoIndex> indexes;
    private final TextField shardKey = Inputs.line("Shard key", "Field paths, comma separated; empty: not sharded");
    private final Checkbox hashed = new Checkbox("Hashed shard key");
    private final Div root = new Div();

    MongoForm(FormErrors errors) {
        this.errors = errors;
        fields = new RowList<>("fields", "field", "No fields yet: add the document's fields; a nested document's "
                + "fields and an array's items by dotted path, e.g. address.city.", FieldRow::new, errors, () -> { });
        indexes = new RowList<>("indexes", "index", "No indexes yet.", IndexRow::new, errors, () -> { });
        shardKey.setPlaceholder("e.g. customerId");
        H3 fieldsTitle = new H3("Fields");
        H3 indexesTitle = new H3("Indexes");
        H3 shardTitle = new H3("Sharding");
        for (H3 h : List.of(fieldsTitle, indexesTitle, shardTitle)) {
            h.addClassName("sb-subheading");
        }
        Div shard = new Div(shardKey, hashed);
        shard.addClassName("sb-spec-inline");
        root.add(fieldsTitle, fields, indexesTitle, indexes, shardTitle, shard);
        fields.show(List.of());
        indexes.show(List.of());
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void show(NoSqlSpec spec) {
        MongoCollection m = (MongoCollection) spec;
        fields.show(m.fields());
        indexes.show(m.indexes());
        shardKey.setValue(String.join(", ", m.shardKey()));
        hashed.setValue(m.hashedShardKey());
    }

    @Override
    public NoSqlSpec read() {
        return new MongoCollection(fields.values(), indexes.values(), split(shardKey.getValue()), hashed.getValue());
    }

    @Override
    public void bind(FormErrors errors) {
        errors.bind("shardKey", shardKey);
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One document field: path, type, an array's item type, required. */
    private static final class FieldRow implements RowList.Row<MongoCollection.Field> {

        private final TextField path = Inputs.line("Path", null);
        private final Select<String> type = new Select<>();
        private final Select<String> itemType = new Select<>();
        private final Checkbox required = new Checkbox("Required");
        private final Div root = new Div();

        FieldRow() {
            path.setPlaceholder("e.g. address.city");
            path.addClassName("sb-mono-input");
            type.setLabel("Type");
            type.setItems(MongoCollection.TYPES);
            type.setValue("string");
            itemType.setLabel("Item type");
            itemType.setItems(MongoCollection.TYPES);
            itemType.setValue("string");
            itemType.setVisible(false);
            type.addValueChangeListener(e -> itemType.setVisible("array".equals(e.getValue())));
            Inputs.card(root, List.of(path, type, itemType, required), path);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(MongoCollection.Field v) {
            path.setValue(RedisForm.text(v.path()));
            type.setValue(v.type());
            itemType.setValue(v.itemType() == null ? "string" : v.itemType());
            required.setValue(v.required());
        }

        @Override
        public MongoCollection.Field value() {
            if (path.getValue().isBlank()) {
                return null; // an added row left empty
            }
            return new MongoCollection.Field(path.getValue(), type.getValue(),
                    "array".equals(type.getValue()) ? itemType.getValue() : null, required.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "path", path).bind(prefix + "type", type).bind(prefix + "itemType", itemType);
        }
    }

    /** One index: name, keys ({@code field}, {@code field:-1}, {@code field:text}), unique, TTL, partial filter. */
    private static final class IndexRow implements RowList.Row<MongoCollection.MongoIndex> {

        private final TextField name = Inputs.line("Index name", null);
        private final TextField keys = Inputs.line("Keys", "field, field:-1 or field:text; comma separated");
        private final Checkbox unique = new Checkbox("Unique");
        private final IntegerField ttl = new IntegerField("TTL (seconds)");
        private final TextField partial = Inputs.line("Partial filter (JSON)", null);
        private final Div root = new Div();

        IndexRow() {
            name.setPlaceholder("e.g. by_customer");
            keys.setPlaceholder("e.g. customerId, createdAt:-1");
            keys.addClassName("sb-mono-input");
            ttl.setMin(0);
            ttl.setHelperText("Expires documents; one date key");
            partial.setPlaceholder("e.g. {\"status\": \"active\"}");
            partial.addClassName("sb-mono-input");
            Inputs.card(root, List.of(name, keys, unique), keys, partialLine());
        }

        private Div partialLine() {
            Div line = new Div(ttl, partial);
            line.addClassName("sb-spec-inline");
            partial.addClassName("sb-spec-wide");
            return line;
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(MongoCollection.MongoIndex v) {
            name.setValue(RedisForm.text(v.name()));
            keys.setValue(v.keys().stream().map(k -> "1".equals(k.order()) ? k.field() : k.field() + ":" + k.order())
                    .collect(Collectors.joining(", ")));
            unique.setValue(v.unique());
            ttl.setValue(v.ttlSeconds());
            partial.setValue(RedisForm.text(v.partialFilter()));
        }

        @Override
        public MongoCollection.MongoIndex value() {
            if (name.getValue().isBlank() && keys.getValue().isBlank()) {
                return null;
            }
            List<MongoCollection.Key> parsed = new ArrayList<>();
            for (String key : split(keys.getValue())) {
                int colon = key.lastIndexOf(':');
                parsed.add(colon < 0 ? new MongoCollection.Key(key, "1")
                        : new MongoCollection.Key(key.substring(0, colon).strip(), key.substring(colon + 1).strip()));
            }
            return new MongoCollection.MongoIndex(name.getValue(), parsed, unique.getValue(), ttl.getValue(),
                    partial.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "name", name).bind(prefix + "keys", keys).bind(prefix + "ttlSeconds", ttl)
                    .bind(prefix + "partialFilter", partial);
        }
    }
}

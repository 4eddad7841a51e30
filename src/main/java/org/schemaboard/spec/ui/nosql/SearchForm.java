package org.schemaboard.spec.ui.nosql;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.nosql.NoSqlSpec;
import org.schemaboard.model.nosql.SearchIndexMapping;
import org.schemaboard.spec.ui.Inputs;
import org.schemaboard.spec.ui.RowList;

/** An Elasticsearch/OpenSearch index mapping: its fields, their types and, for text, the analyzer. */
final class SearchForm implements KindForm {

    static final List<String> ANALYZERS = List.of("standard", "english", "german", "french", "simple",
            "whitespace", "keyword");

    private final RowList<SearchIndexMapping.Field> fields;
    private final Div root = new Div();

    SearchForm(FormErrors errors) {
        fields = new RowList<>("fields", "field", "No fields yet: map the fields the searches use (dynamic mapping "
                + "guesses types).", FieldRow::new, errors, () -> { });
        H3 title = new H3("Mapped fields");
        title.addClassName("sb-subheading");
        root.add(title, fields);
        fields.show(List.of());
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void show(NoSqlSpec spec) {
        fields.show(((SearchIndexMapping) spec).fields());
    }

    @Override
    public NoSqlSpec read() {
        return new SearchIndexMapping(fields.values());
    }

    @Override
    public void bind(FormErrors errors) {
        // the rows bind themselves
    }

    private static final class FieldRow implements RowList.Row<SearchIndexMapping.Field> {

        private final TextField path = Inputs.line("Path", null);
        private final Select<String> type = new Select<>();
        private final ComboBox<String> analyzer = new ComboBox<>("Analyzer");
        private final Div root = new Div();

        FieldRow() {
            path.setPlaceholder("e.g. title or author.name");
            path.addClassName("sb-mono-input");
            type.setLabel("Type");
            type.setItems(SearchIndexMapping.TYPES);
            type.setValue("text");
            analyzer.setItems(ANALYZERS);
            analyzer.setAllowCustomValue(true);
            analyzer.addCustomValueSetListener(e -> analyzer.setValue(e.getDetail()));
            analyzer.setClearButtonVisible(true);
            analyzer.setHelperText("Text fields only");
            type.addValueChangeListener(e -> {
                boolean text = "text".equals(e.getValue());
                analyzer.setEnabled(text);
                if (!text) {
                    analyzer.clear();
                }
            });
            Inputs.card(root, List.of(path, type, analyzer), path);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(SearchIndexMapping.Field v) {
            path.setValue(RedisForm.text(v.path()));
            type.setValue(v.type());
            analyzer.setValue(v.analyzer());
        }

        @Override
        public SearchIndexMapping.Field value() {
            if (path.getValue().isBlank()) {
                return null;
            }
            return new SearchIndexMapping.Field(path.getValue(), type.getValue(), analyzer.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "path", path).bind(prefix + "type", type).bind(prefix + "analyzer", analyzer);
        }
    }
}

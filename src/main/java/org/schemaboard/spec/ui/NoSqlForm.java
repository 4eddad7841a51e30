package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.SpecSection;

/** NoSQL integration: document schemas, cache key designs, search mappings as text blocks in their language. */
final class NoSqlForm extends SectionForm<NoSqlIntegration> {

    private final TextArea notes = Inputs.prose("Where NoSQL is used, and why", null);
    private final RowList<NoSqlIntegration.CodeBlock> blocks;

    NoSqlForm(SpecContext context) {
        super(context, SpecSection.NOSQL, NoSqlIntegration.class,
                "Only where the design uses a document store, a cache or a search engine beside the database.");
        blocks = new RowList<>("blocks", "block", "No blocks yet: add a document schema, cache keys or a search "
                + "mapping.", BlockRow::new, errors, this::changed);
        errors.bind("notes", notes);
        com.vaadin.flow.component.html.Paragraph structured = new com.vaadin.flow.component.html.Paragraph(
                "MongoDB collections, Redis key patterns and search index mappings are modelled, checked and "
                        + "exported as structured elements in the ");
        com.vaadin.flow.component.html.Anchor tab = new com.vaadin.flow.component.html.Anchor("designs/"
                + context.editor().designId() + "/nosql", "NoSQL tab");
        tab.getStyle().set("text-decoration", "underline"); // a link inside text is told apart by more than colour
        structured.add(tab, new com.vaadin.flow.component.Text("; the blocks below are for anything else."));
        structured.addClassName("sb-hint");
        body.add(structured, notes, blocks);
        start();
    }

    @Override
    protected void show(NoSqlIntegration c) {
        notes.setValue(Inputs.text(c.notes()));
        blocks.show(c.blocks());
    }

    @Override
    protected NoSqlIntegration read() {
        return new NoSqlIntegration(notes.getValue(), blocks.values());
    }

    private static final class BlockRow implements RowList.Row<NoSqlIntegration.CodeBlock> {

        private final TextField title = Inputs.line("Title", null);
        private final Select<NoSqlIntegration.BlockKind> kind = new Select<>();
        private final ComboBox<String> language = new ComboBox<>("Language");
        private final TextArea text = new TextArea("Text");
        private final Div root = new Div();

        BlockRow() {
            kind.setLabel("Kind");
            kind.setItems(NoSqlIntegration.BlockKind.values());
            kind.setItemLabelGenerator(NoSqlIntegration.BlockKind::label);
            language.setItems(List.of("json", "javascript", "redis", "sql", "yaml", "text"));
            language.setAllowCustomValue(true);
            language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
            language.setHelperText("For highlighting in the export");
            text.setWidthFull();
            text.addClassName("sb-spec-code");
            Inputs.card(root, List.of(title, kind, language), null, text);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(NoSqlIntegration.CodeBlock v) {
            title.setValue(Inputs.text(v.title()));
            kind.setValue(v.kind());
            language.setValue(v.language());
            text.setValue(Inputs.text(v.text()));
        }

        @Override
        public NoSqlIntegration.CodeBlock value() {
            return new NoSqlIntegration.CodeBlock(title.getValue(), kind.getValue(), language.getValue(),
                    text.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "title", title).bind(prefix + "kind", kind).bind(prefix + "language", language)
                    .bind(prefix + "text", text);
        }
    }
}

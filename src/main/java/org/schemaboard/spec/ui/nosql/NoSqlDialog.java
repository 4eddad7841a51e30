package org.schemaboard.spec.ui.nosql;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.editor.ui.DraftEvents;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.NoSqlKind;
import org.schemaboard.spec.Check;

/**
 * Creates, edits or (for readers) shows one NoSQL element: its name, and the inputs of its kind. A new element's
 * kind is chosen at the top. Shows the element's open findings. Raises save and delete events; the panel calls the
 * service and closes the dialog when the write succeeds.
 */
final class NoSqlDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final RadioButtonGroup<NoSqlKind> kind = new RadioButtonGroup<>("Kind");
    private final Div errorBox = new Div();
    private final Div body = new Div();
    private final DesignModel model;
    private FormErrors errors;
    private KindForm form;

    /** @param existing the element to edit or show, or null for a new one */
    NoSqlDialog(DesignModel model, boolean editable, NoSqlElement existing, List<Check> findings) {
        this.model = model;
        setHeaderTitle(existing == null ? "New NoSQL element" : existing.kind().label() + " " + existing.name());
        setWidth("52rem");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        kind.setItems(NoSqlKind.values());
        kind.setItemLabelGenerator(NoSqlKind::label);
        kind.setValue(existing == null ? NoSqlKind.MONGO_COLLECTION : existing.kind());
        kind.setVisible(existing == null);
        kind.addValueChangeListener(e -> switchTo(e.getValue()));
        switchTo(kind.getValue());
        if (existing != null) {
            name.setValue(existing.name());
            form.show(existing.spec());
        }
        Div problems = problems(findings);
        add(errorBox, kind, name, problems, body);
        if (editable) {
            String noun = existing == null ? "NoSQL element" : existing.kind().label();
            DraftEvents.footer(this, noun, this::draft, existing == null ? null : "Delete " + noun + " "
                    + existing.name() + "?", "The change is recorded in the design's history and can be undone.");
            if (existing != null) {
                addOpenedChangeListener(e -> name.focus());
            }
        } else {
            readOnly(this);
            name.setRequiredIndicatorVisible(false);
            Button close = new Button("Close", e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        }
    }

    private void switchTo(NoSqlKind chosen) {
        errors = new FormErrors();
        errors.bind("name", name).bind("kind", kind);
        form = switch (chosen) {
            case MONGO_COLLECTION -> new MongoForm(errors);
            case REDIS_KEY -> new RedisForm(model);
            case SEARCH_INDEX -> new SearchForm(errors);
        };
        form.bind(errors);
        name.setInvalid(false);
        name.setPlaceholder(switch (chosen) {
            case MONGO_COLLECTION -> "e.g. orders (the collection's name)";
            case REDIS_KEY -> "e.g. Product cache";
            case SEARCH_INDEX -> "e.g. products (the index's name)";
        });
        errorBox.removeAll();
        errorBox.add(errors.generalBox());
        body.removeAll();
        body.add(form.component());
    }

    /** The element's open findings of the design checks, each with its fix. */
    private static Div problems(List<Check> findings) {
        Div list = new Div();
        list.addClassName("sb-spec-checks");
        list.setVisible(!findings.isEmpty());
        for (Check c : findings) {
            Span severity = new Span(c.severity() == Check.Severity.ERROR ? "Error" : c.severity()
                    == Check.Severity.WARNING ? "Warning" : "Note");
            severity.addClassName("sb-spec-check-severity");
            Div line = new Div(severity, new Span(c.message() + (c.fix() == null ? "" : " " + c.fix())));
            line.addClassNames("sb-spec-check", "sb-nosql-finding",
                    c.severity() == Check.Severity.ERROR ? "sb-spec-check-problem" : "sb-spec-check-warning");
            list.add(line);
        }
        return list;
    }

    FormErrors errors() {
        return errors;
    }

    private NoSqlDraft draft() {
        return new NoSqlDraft(name.getValue(), form.read());
    }

    void addSaveListener(Consumer<NoSqlDraft> listener) {
        DraftEvents.onSave(this, listener);
    }

    void addDeleteListener(Runnable listener) {
        DraftEvents.onDelete(this, listener);
    }

    /** Every input read-only, and the add / remove buttons of the lists hidden. */
    private static void readOnly(Component component) {
        if (component instanceof HasValue<?, ?> value) {
            value.setReadOnly(true);
        }
        if (component instanceof Button button && button.hasClassName("sb-spec-edit-only")) {
            button.setVisible(false);
        }
        component.getChildren().forEach(NoSqlDialog::readOnly);
    }
}

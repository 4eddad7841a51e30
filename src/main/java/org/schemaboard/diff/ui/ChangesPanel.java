package org.schemaboard.diff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignRole;
import org.schemaboard.diff.DesignState;
import org.schemaboard.diff.DiffService;
import org.schemaboard.diff.MigrationScript;
import org.schemaboard.diff.ModelDiff;
import org.schemaboard.diff.RenameHint;
import org.schemaboard.model.DesignModel;
import org.schemaboard.diff.SafetyChecks;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.export.SqlDialectChoice;

/**
 * "Changes": pick two states, see what changed element by element, what is risky about it, and the scripts that
 * migrate a database forward and back. Recomputed when a choice changes or the design changes.
 */
@SuppressWarnings("removal") // StreamResource: the simplest download that works with Vaadin 24.9's security
public class ChangesPanel extends Div {

    private final EditorContext context;
    private final DiffService diffs;
    private final Select<DesignState> from = new Select<>();
    private final Select<DesignState> to = new Select<>();
    private final Select<SqlDialectChoice> dialect = new Select<>();
    private final Div result = new Div();
    private final Button restore = new Button("Restore draft");
    /** Renames the person accepted among the "looks like a rename" suggestions of a comparison with a file. */
    private final List<RenameHint> accepted = new ArrayList<>();
    /** Files read once: a SQL dump gets fresh ids at each reading, and accepted renames refer to them. */
    private final Map<DesignState, DesignModel> files = new HashMap<>();

    public ChangesPanel(EditorContext context, DiffService diffs) {
        this.context = context;
        this.diffs = diffs;
        addClassNames("sb-section", "sb-changes");
        setSizeFull();
        from.setLabel("From");
        to.setLabel("To");
        dialect.setLabel("Dialect");
        from.setItemLabelGenerator(DesignState::label);
        to.setItemLabelGenerator(DesignState::label);
        dialect.setItems(SqlDialectChoice.values());
        dialect.setItemLabelGenerator(SqlDialectChoice::label);
        dialect.setValue(SqlDialectChoice.forTarget(context.target()).orElse(SqlDialectChoice.POSTGRESQL));
        List<DesignState> states = diffs.states(context.designId());
        from.setItems(states);
        to.setItems(states);
        to.setValue(states.get(0));
        from.setValue(states.size() > 1 ? states.get(1) : states.get(0));
        from.addValueChangeListener(e -> {
            accepted.clear();
            refresh();
        });
        to.addValueChangeListener(e -> {
            accepted.clear();
            refresh();
        });
        dialect.addValueChangeListener(e -> refresh());
        restore.addThemeVariants(ButtonVariant.LUMO_ERROR);
        restore.addClickListener(e -> confirmRestore());
        Div toolbar = new Div(from, to, dialect, restore, FileUpload.of(this::compareWithFile));
        toolbar.addClassName("sb-changes-toolbar");
        if (states.size() == 1) {
            Span hint = new Span("No approved version yet: once a review approves the design as v1, its changes "
                    + "since then show here.");
            hint.addClassName("sb-hint");
            toolbar.add(hint);
        }
        add(toolbar, result);
        context.onReload(m -> refresh());
        refresh();
    }

    /**
     * Owners make the draft what the chosen approved version ("From") was: asked first, one line in the history, and
     * undone by restoring again.
     */
    private void confirmRestore() {
        DesignState version = from.getValue();
        ConfirmDialog confirm = new ConfirmDialog("Restore the draft to " + version.label() + "?",
                "The draft becomes exactly what " + version.label() + " was; what the draft has beyond it is dropped. "
                        + "This is one change in the history: restore another version to undo it.",
                "Restore " + version.label(), c -> {
                    try {
                        diffs.restore(context.designId(), version.number());
                        Notifications.success("Draft restored to " + version.label());
                    } catch (UserFacingException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    context.reload();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        DesignState version = from.getValue();
        restore.setVisible(context.role() == DesignRole.OWNER && version != null
                && version.kind() == DesignState.Kind.APPROVED);
        if (version != null && version.kind() == DesignState.Kind.APPROVED) {
            restore.setText("Restore draft to " + version.label());
        }
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null || dialect.getValue() == null) {
            return;
        }
        ModelDiff diff;
        try {
            diff = ModelDiff.compare(load(from.getValue()), load(to.getValue()));
            if (!accepted.isEmpty()) {
                diff = diff.withRenames(accepted);
            }
        } catch (UserFacingException e) {
            Paragraph error = new Paragraph(e.getMessage());
            error.addClassName("sb-error");
            error.getElement().setAttribute("role", "alert");
            result.add(error);
            return;
        }
        String title = from.getValue().label() + " → " + to.getValue().label();
        result.add(new H3("What changed, " + title));
        result.add(DiffViews.changeList(diff));
        if (!diff.hints().isEmpty()) {
            result.add(new H3("Looks like a rename"));
            UnorderedList hints = new UnorderedList();
            hints.getElement().setAttribute("aria-label", "Possible renames");
            for (RenameHint h : diff.hints()) {
                Button take = new Button("Treat as rename", e -> {
                    accepted.add(h);
                    refresh();
                });
                take.addThemeVariants(ButtonVariant.LUMO_SMALL);
                hints.add(new ListItem(new Span(h.describe() + " "), take));
            }
            result.add(hints);
        }
        result.add(new H3("Safety checks"));
        result.add(DiffViews.findings(SafetyChecks.of(diff, diffs.expectedRows(context.designId()))));

        MigrationScript script = MigrationScript.of(diff, dialect.getValue());
        result.add(script("Forward script", script.forward(), fileName("forward")));
        result.add(script("Rollback script", script.rollback(), fileName("rollback")));
    }

    /** A state as a model; a file is read once and kept while the panel is open. */
    private DesignModel load(DesignState state) {
        if (state.kind() != DesignState.Kind.FILE) {
            return diffs.load(context.designId(), state);
        }
        DesignModel model = files.get(state);
        if (model == null) {
            model = diffs.load(context.designId(), state);
            files.put(state, model);
        }
        return model;
    }

    /**
     * Compares the draft with an uploaded design.json or SQL dump. A broken file is reported with its line and column
     * and changes nothing: the choices stay as they were.
     */
    private void compareWithFile(String fileName, String text) {
        DesignState file = DesignState.file(fileName, text);
        try {
            load(file);
        } catch (UserFacingException e) {
            Notifications.error(e.getMessage());
            result.getChildren().filter(c -> c.hasClassName("sb-file-error")).toList().forEach(result::remove);
            Paragraph error = new Paragraph(e.getMessage());
            error.addClassNames("sb-error", "sb-file-error");
            error.getElement().setAttribute("role", "alert");
            result.addComponentAsFirst(error);
            return;
        }
        List<DesignState> states = new ArrayList<>(diffs.states(context.designId()));
        states.add(file);
        DesignState draft = states.get(0);
        from.setItems(states);
        to.setItems(states);
        from.setValue(draft);
        to.setValue(file);
    }

    private Div script(String title, String sql, String fileName) {
        Pre text = new Pre(sql);
        text.addClassName("sb-script");
        text.getElement().setAttribute("aria-label", title);
        text.getElement().setAttribute("tabindex", "0"); // it scrolls: a keyboard must reach it (axe)
        Button copy = new Button("Copy " + title.toLowerCase(Locale.ROOT), e -> {
            text.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", sql);
            Notification.show(title + " copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(new StreamResource(fileName, () -> new ByteArrayInputStream(bytes)),
                "Download " + title.toLowerCase(Locale.ROOT));
        download.getElement().setAttribute("download", true);
        Div actions = new Div(copy, download);
        actions.addClassName("sb-script-actions");
        return new Div(new H3(title), actions, text);
    }

    private String fileName(String direction) {
        return "migration-" + from.getValue().label() + "-to-" + to.getValue().label() + "-" + direction + "-"
                + dialect.getValue().name().toLowerCase(Locale.ROOT) + ".sql";
    }
}

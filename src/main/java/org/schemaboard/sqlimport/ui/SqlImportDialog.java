package org.schemaboard.sqlimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.sqlimport.ImportDialect;
import org.schemaboard.sqlimport.ImportPlan;
import org.schemaboard.sqlimport.SqlImportService;

/**
 * Imports a SQL dump as a new design in two steps: Preview (nothing written: counts, skipped statements and
 * warnings), then Import. Changing the SQL or the dialect after a preview asks for a new preview, so what is imported
 * is always what was shown.
 */
public class SqlImportDialog extends Dialog {

    private final SqlImportService imports;
    private final Consumer<UUID> onImported;
    private final TextArea sql = new TextArea("SQL");
    private final Select<ImportDialect> dialect = new Select<>();
    private final TextField name = new TextField("Design name");
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportPlan.Finding> findings = new Grid<>(ImportPlan.Finding.class, false);
    private final Button importButton = new Button("Import");
    private final FormErrors errors = new FormErrors();
    private ImportPlan plan;

    /** @param onImported called with the new design's id after a successful import */
    public SqlImportDialog(SqlImportService imports, Consumer<UUID> onImported) {
        this.imports = imports;
        this.onImported = onImported;
        setHeaderTitle("Import SQL");
        setWidth("min(60rem, 95vw)");

        sql.setWidthFull();
        sql.setHeight("14rem");
        sql.setPlaceholder("Paste a pg_dump, mysqldump, SQLite or H2 schema here, or upload a .sql file below");
        sql.setHelperText("Up to 50 MB. Only the schema is imported; data, functions, triggers, grants and session "
                + "settings are listed as skipped.");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String text = new String(data, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> {
                sql.setValue(text);
                if (name.isEmpty()) {
                    name.setValue(metadata.fileName().replaceFirst("\\.sql$", ""));
                }
            }));
        }));
        upload.setAcceptedFileTypes(".sql", "text/plain", "application/sql");
        upload.setMaxFileSize(SqlImportService.MAX_CHARACTERS);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Or drop a .sql file here"));

        dialect.setLabel("Dialect");
        dialect.setItems(ImportDialect.values());
        dialect.setItemLabelGenerator(ImportDialect::label);
        dialect.setValue(ImportDialect.AUTO);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("The new design's name");
        errors.bind("sql", sql).bind("name", name);

        FormLayout form = new FormLayout(name, dialect);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        findings.setAriaLabel("Skipped statements and warnings");
        findings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        findings.addColumn(ImportPlan.Finding::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(ImportPlan.Finding::kind).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        findings.addColumn(ImportPlan.Finding::text).setHeader("Statement and reason").setFlexGrow(1);
        findings.setHeight("14rem");
        Div preview = new Div(new H3("Preview"), summary, findings);
        preview.setVisible(false);

        add(errors.generalBox(), sql, upload, form, preview);

        sql.addValueChangeListener(e -> invalidate(preview));
        dialect.addValueChangeListener(e -> invalidate(preview));
        Button cancel = new Button("Cancel", e -> close());
        Button previewButton = new Button("Preview", e -> preview(preview));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        getFooter().add(cancel, previewButton, importButton);
    }

    private void invalidate(Div preview) {
        plan = null;
        importButton.setEnabled(false);
        preview.setVisible(false);
    }

    private void preview(Div preview) {
        errors.clear();
        try {
            plan = imports.preview(sql.getValue(), dialect.getValue());
        } catch (ValidationException ex) {
            errors.show(ex.fieldErrors());
            return;
        }
        summary.setText(plan.summary());
        findings.setItems(plan.findings());
        preview.setVisible(true);
        importButton.setEnabled(plan.importable());
        if (plan.problem() != null) {
            errors.showGeneral(plan.problem());
        }
    }

    private void runImport() {
        if (plan == null) {
            return;
        }
        errors.clear();
        TargetDatabase target = plan.dialect().target();
        try {
            UUID id = imports.importIntoNewDesign(name.getValue(), target, plan);
            close();
            Notifications.success("Imported " + plan.tables().size() + " tables into \"" + name.getValue().strip()
                    + "\"");
            onImported.accept(id);
        } catch (ValidationException ex) {
            errors.show(ex.fieldErrors());
        }
    }

}

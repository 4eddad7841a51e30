package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.importing.dbml.DbmlPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a DBML file (dbdiagram.io, ChartDB), as a new design or into an existing one, the way {@link SqlImportDialog}
 * does a dump: upload or paste, a preview of what was found (with the same panel: tables, what is left out with its
 * line, what is imported differently), then Import in one transaction. DBML is read in a moment, so the preview runs
 * at once rather than in the background; changing the text asks for a new preview.
 */
public class DbmlImportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(DbmlImportDialog.class);

    private final DbmlImportService imports;
    private final BackgroundWork work;
    private final UUID designId;
    private final TargetDatabase designTarget;
    private final Consumer<UUID> onImported;
    private final TextArea dbml = new TextArea("Or paste the DBML");
    private final TextField name = new TextField("Design name");
    private final Span status = new Span();
    private final PreviewPanel preview = new PreviewPanel();
    private final Button previewButton = new Button("Preview");
    private final Button importButton = new Button("Import");
    private final Button cancel = new Button("Cancel", e -> close());
    private final FormErrors errors = new FormErrors();
    private String uploadedText;
    private String uploadedName;
    private DbmlPlan plan;

    /** Imports as a new design; {@code onImported} gets its id. */
    public DbmlImportDialog(DbmlImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public DbmlImportDialog(DbmlImportService imports, BackgroundWork work, UUID designId, String designName,
                            TargetDatabase target, Consumer<UUID> onImported) {
        this.imports = imports;
        this.work = work;
        this.designId = designId;
        this.designTarget = target;
        this.onImported = onImported;
        setHeaderTitle(designId == null ? "Import DBML as a new design" : "Import DBML into " + designName);
        setWidth("min(64rem, 95vw)");

        Upload upload = new Upload(new BoundedTextUpload(DbmlImportService.MAX_CHARACTERS,
                "The file is over 50 MB; at most 50 MB can be imported.", this::uploaded, errors::showGeneral));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".dbml", ".txt", "text/plain");
        upload.setMaxFileSize(DbmlImportService.MAX_CHARACTERS);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Upload a .dbml file…").setMany("Upload a .dbml file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here").setMany("or drop it here"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is over 50 MB")
                .setIncorrectFileType("Choose a .dbml or .txt file").setTooManyFiles("One file at a time"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> errors.showGeneral(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            uploadedText = null;
            uploadedName = null;
            dbml.setVisible(true);
            invalidate();
        });

        dbml.setWidthFull();
        dbml.setHeight("8rem");
        dbml.addClassName("sb-sql");
        dbml.setPlaceholder("Table users {\n  id integer [pk]\n}");
        dbml.setMaxLength(DbmlImportService.MAX_CHARACTERS);
        dbml.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                invalidate();
            }
        });
        name.setRequiredIndicatorVisible(true);
        name.setVisible(designId == null);
        name.setWidthFull();
        errors.bind("sql", dbml).bind("name", name);

        Span scope = new Span("Tables, columns, keys, references (with their actions), indexes, enums, notes and "
                + "table groups (as subject areas) are imported. What the design cannot hold is listed with its line.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        preview.setVisible(false);
        add(scope, upload, dbml, name, status, errors.generalBox(), preview);

        previewButton.addClickListener(e -> showPreview());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        getFooter().add(cancel, previewButton, importButton);
    }

    private void uploaded(String fileName, String text) {
        uploadedText = text.startsWith("\uFEFF") ? text.substring(1) : text;
        uploadedName = fileName;
        dbml.clear();
        dbml.setVisible(false);
        invalidate();
        showPreview();
    }

    private void invalidate() {
        plan = null;
        importButton.setEnabled(false);
        preview.setVisible(false);
        status.setText("");
    }

    private void showPreview() {
        errors.clear();
        invalidate();
        String text = uploadedText != null ? uploadedText : dbml.getValue();
        if (text == null || text.isBlank()) {
            errors.show(Map.of("sql", "Upload a .dbml file or paste the DBML to import"));
            return;
        }
        DbmlPlan read;
        try {
            read = DbmlImportService.read(text, designTarget);
        } catch (ValidationException e) {
            errors.show(e.fieldErrors());
            return;
        }
        plan = read;
        if (designId == null && name.isEmpty()) {
            name.setValue(read.projectName() != null ? read.projectName()
                    : uploadedName != null ? uploadedName.replaceFirst("(?i)\\.(dbml|txt)$", "") : "");
        }
        preview.showUnder(read.plan(), (uploadedName == null ? "" : uploadedName + ": ") + read.summary()
                + (read.groups().isEmpty() ? "" : " Table groups become subject areas: " + String.join(", ",
                read.groups().stream().map(DbmlPlan.Group::name).toList()) + "."));
        importButton.setEnabled(read.importable());
        if (!read.importable()) {
            errors.showGeneral(read.plan().problem() + ". Nothing can be imported from it.");
        }
    }

    /** Imports in the background as the signed-in person; one transaction, so a refusal leaves nothing behind. */
    private void runImport() {
        if (plan == null) {
            return;
        }
        errors.clear();
        DbmlPlan chosen = plan;
        String designName = name.getValue();
        UI ui = UI.getCurrent();
        status.setText("Importing " + chosen.plan().tables().size() + " tables…");
        importButton.setEnabled(false);
        previewButton.setEnabled(false);
        cancel.setEnabled(false);
        work.start(() -> {
            if (designId == null) {
                return imports.importIntoNewDesign(designName, null, chosen, done -> { });
            }
            imports.importInto(designId, chosen, done -> { });
            return designId;
        }).whenComplete((id, failure) -> ui.access(() -> imported(chosen, designName, id, failure)));
    }

    private void imported(DbmlPlan chosen, String designName, UUID id, Throwable failure) {
        status.setText("");
        cancel.setEnabled(true);
        previewButton.setEnabled(true);
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause == null) {
            close();
            Notifications.success("Imported " + chosen.plan().tables().size() + " tables"
                    + (designId == null ? " as \"" + designName.strip() + "\"" : ""));
            onImported.accept(id);
            return;
        }
        importButton.setEnabled(plan != null && plan.importable());
        if (cause instanceof ValidationException invalid) {
            errors.show(invalid.fieldErrors());
        } else if (cause instanceof UserFacingException refused) {
            errors.showGeneral(refused.getMessage());
        } else {
            LOG.error("Importing DBML failed", cause);
            errors.showGeneral("The import failed (" + cause + "). Nothing was imported; the server log has the "
                    + "details.");
        }
    }
}

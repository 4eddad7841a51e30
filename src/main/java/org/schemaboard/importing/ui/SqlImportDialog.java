package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.ReadCancelledException;
import org.schemaboard.importing.sql.SqlImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a SQL dump, as a new design or into an existing one, in two steps: a preview (nothing written: what was
 * found, the statements skipped with their line and reason, the warnings), then Import. An uploaded file is previewed
 * at once, in the background with a progress bar, so a large dump does not freeze the page; pasted SQL is previewed
 * with the Preview button. Changing the SQL or the dialect after a preview asks for a new one, so what is imported is
 * always what was shown.
 *
 * <p>The preview is read on a thread of its own: "Cancel reading" interrupts it, and so does a newer preview, a
 * change of the SQL or dialect, and closing the dialog, so an abandoned read does not keep a core busy. The upload's
 * size limit holds on the server ({@link BoundedTextUpload}); pasted SQL is bounded on the server too: the request
 * that carries it ({@link PastedTextLimit}), then here before it is read, then by the service.
 */
public class SqlImportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(SqlImportDialog.class);

    private final SqlImportService imports;
    private final BackgroundWork work;
    private final UUID designId;
    private final TargetDatabase designTarget;
    private final Consumer<UUID> onImported;
    private final Upload upload;
    private final TextArea sql = new TextArea("Or paste the SQL");
    private final Select<ImportDialect> dialect = new Select<>();
    private final TextField name = new TextField("Design name");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final PreviewPanel preview = new PreviewPanel();
    private final Button previewButton = new Button("Preview");
    private final Button importButton = new Button("Import");
    private final Button cancel = new Button("Cancel");
    private final Button cancelReading = new Button("Cancel reading");
    /** The thread reading the current preview, or null; interrupted to stop it. */
    private Thread reading;
    private final FormErrors errors = new FormErrors();
    private String uploadedText;
    private String uploadedName;
    private ImportPlan plan;
    /** Counts previews started; a result that arrives after a newer one was started is dropped. */
    private int generation;

    /** Imports as a new design; {@code onImported} gets its id. */
    public SqlImportDialog(SqlImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public SqlImportDialog(SqlImportService imports, BackgroundWork work, UUID designId, String designName,
                           TargetDatabase target, Consumer<UUID> onImported) {
        this.imports = imports;
        this.work = work;
        this.designId = designId;
        this.designTarget = target;
        this.onImported = onImported;
        setHeaderTitle(designId == null ? "Import SQL as a new design" : "Import SQL into " + designName);
        setWidth("min(64rem, 95vw)");

        upload = new Upload(new BoundedTextUpload(SqlImportService.MAX_CHARACTERS, SqlImportService.TOO_LARGE,
                this::uploaded, errors::showGeneral));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".sql", ".txt", "text/plain", "application/sql");
        upload.setMaxFileSize(SqlImportService.MAX_CHARACTERS);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Upload a .sql file…").setMany("Upload a .sql file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here (up to 50 MB)")
                .setMany("or drop it here (up to 50 MB)"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is over 50 MB: dump the schema only "
                        + "(pg_dump --schema-only, mysqldump --no-data)")
                .setIncorrectFileType("Choose a .sql or .txt file").setTooManyFiles("One file at a time"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> errors.showGeneral(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            uploadedText = null;
            uploadedName = null;
            sql.setVisible(true);
            invalidate();
        });

        sql.setWidthFull();
        sql.setHeight("8rem");
        sql.addClassName("sb-sql");
        sql.setPlaceholder("A pg_dump, mysqldump, SQLite or H2 schema");
        // the browser's limit; the service refuses longer text whatever the browser sends
        sql.setMaxLength(SqlImportService.MAX_CHARACTERS);

        dialect.setLabel("Dialect");
        dialect.setItems(ImportDialect.values());
        dialect.setItemLabelGenerator(ImportDialect::label);
        dialect.setValue(ImportDialect.AUTO);
        name.setRequiredIndicatorVisible(true);
        name.setVisible(designId == null);
        errors.bind("sql", sql).bind("name", name);

        FormLayout form = new FormLayout(name, dialect);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        Span scope = new Span("Only the schema is imported: tables, columns, keys, foreign keys, indexes and comments. "
                + "Data, functions, triggers, grants and session settings are listed as skipped, with their line.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Reading the SQL");
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        cancelReading.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancelReading.setVisible(false);
        cancelReading.addClickListener(e -> cancelReading());
        Div reading = new Div(status, progress, cancelReading);
        preview.setVisible(false);

        add(scope, upload, sql, form, reading, errors.generalBox(), preview);

        sql.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                invalidate();
                if (tooLong(e.getValue())) {
                    // the browser's maxlength was not kept: the text is not held in the session, nor read
                    sql.clear();
                    errors.show(java.util.Map.of("sql", SqlImportService.PASTED_TOO_LARGE));
                }
            }
        });
        dialect.addValueChangeListener(e -> {
            invalidate();
            if (uploadedText != null) {
                startPreview();
            }
        });
        cancel.addClickListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                stopReading();
            }
        });
        addDetachListener(e -> stopReading());
        previewButton.addClickListener(e -> startPreview());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        getFooter().add(cancel, previewButton, importButton);
    }

    private void uploaded(String fileName, String text) {
        uploadedText = text.startsWith("\uFEFF") ? text.substring(1) : text;
        uploadedName = fileName;
        // the file list shows the file (with a button to remove it); pasting is offered again once it is removed
        sql.clear();
        sql.setVisible(false);
        if (designId == null && name.isEmpty()) {
            name.setValue(fileName.replaceFirst("(?i)\\.(sql|txt)$", ""));
        }
        invalidate();
        startPreview();
    }

    private void invalidate() {
        stopReading();
        generation++;
        plan = null;
        importButton.setEnabled(false);
        previewButton.setEnabled(true);
        preview.setVisible(false);
        progress.setVisible(false);
        cancelReading.setVisible(false);
        status.setText("");
    }

    /** Interrupts the read of the current preview, if one is running; its result, if any still comes, is dropped. */
    private void stopReading() {
        if (reading != null) {
            reading.interrupt();
            reading = null;
        }
    }

    private void cancelReading() {
        invalidate();
        status.setText("Reading cancelled; nothing was imported. Preview again to read the SQL.");
    }

    /** Reads the SQL in the background; the result (or the error) is shown when it arrives. */
    private void startPreview() {
        errors.clear();
        String text = uploadedText != null ? uploadedText : sql.getValue();
        if (text == null || text.isBlank()) {
            errors.show(java.util.Map.of("sql", "Upload a .sql file or paste the SQL to import"));
            return;
        }
        if (uploadedText == null && tooLong(text)) {
            errors.show(java.util.Map.of("sql", SqlImportService.PASTED_TOO_LARGE));
            return;
        }
        invalidate();
        int run = generation;
        UI ui = UI.getCurrent();
        ImportDialect chosen = dialect.getValue();
        status.setText("Reading " + (uploadedName != null ? uploadedName : "the SQL") + " ("
                + size(text.length()) + ")…");
        progress.setValue(0);
        progress.setVisible(true);
        previewButton.setEnabled(false);
        cancelReading.setVisible(true);
        double[] shown = {0};
        Thread worker = new Thread(() -> {
            ImportPlan result = null;
            Throwable failure = null;
            try {
                result = SqlImportService.read(text, chosen, designTarget, done -> {
                    if (done - shown[0] >= 0.05) {
                        shown[0] = done;
                        ui.access(() -> {
                            if (run == generation) {
                                progress.setValue(done);
                            }
                        });
                    }
                });
            } catch (ReadCancelledException e) {
                return; // cancelled or replaced: whoever did it has updated the dialog
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            ImportPlan plan = result;
            Throwable problem = failure;
            ui.access(() -> {
                if (run == generation) {
                    reading = null;
                    showPreview(plan, problem);
                }
            });
        }, "sql-preview");
        worker.setDaemon(true);
        reading = worker;
        worker.start();
    }

    private void showPreview(ImportPlan result, Throwable failure) {
        progress.setVisible(false);
        cancelReading.setVisible(false);
        previewButton.setEnabled(true);
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ValidationException invalid) {
            status.setText("");
            errors.show(invalid.fieldErrors());
            return;
        }
        if (cause instanceof UserFacingException refused) {
            status.setText("");
            errors.showGeneral(refused.getMessage());
            return;
        }
        if (cause != null) {
            LOG.error("Reading SQL for an import failed", cause);
            status.setText("");
            errors.showGeneral("The SQL could not be read (" + cause + "). Nothing was imported; the server log "
                    + "has the details.");
            return;
        }
        plan = result;
        status.setText("");
        preview.show(result, uploadedName);
        importButton.setEnabled(result.importable());
        if (result.problem() != null) {
            errors.showGeneral(result.problem() + ". Nothing can be imported from it.");
        }
    }

    /**
     * Imports in the background (as the signed-in person: the security context goes with the work), with the progress
     * bar counting the elements created, so a large dump does not freeze the page. One transaction: a refused element
     * leaves nothing behind, and its error is shown here.
     */
    private void runImport() {
        if (plan == null) {
            return;
        }
        errors.clear();
        ImportPlan chosen = plan;
        String designName = name.getValue();
        UI ui = UI.getCurrent();
        int run = generation;
        status.setText("Importing " + chosen.tables().size() + " tables…");
        progress.setValue(0);
        progress.setVisible(true);
        importButton.setEnabled(false);
        previewButton.setEnabled(false);
        cancel.setEnabled(false);
        double[] shown = {0};
        java.util.function.DoubleConsumer report = done -> {
            if (done - shown[0] >= 0.02) {
                shown[0] = done;
                ui.access(() -> progress.setValue(done));
            }
        };
        // the executor hands the signed-in person's security context to the worker thread
        work.start(() -> {
            if (designId == null) {
                return imports.importIntoNewDesign(designName, chosen.dialect().target(), chosen, report);
            }
            imports.importInto(designId, chosen, report);
            return designId;
        }).whenComplete((id, failure) -> ui.access(() -> imported(run, chosen, designName, id, failure)));
    }

    private void imported(int run, ImportPlan chosen, String designName, UUID id, Throwable failure) {
        progress.setVisible(false);
        status.setText("");
        cancel.setEnabled(true);
        previewButton.setEnabled(true);
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause == null) {
            close();
            Notifications.success("Imported " + chosen.tables().size() + " tables"
                    + (designId == null ? " as \"" + designName.strip() + "\"" : ""));
            onImported.accept(id);
            return;
        }
        importButton.setEnabled(run == generation && plan != null && plan.importable());
        if (cause instanceof ValidationException invalid) {
            errors.show(invalid.fieldErrors());
        } else if (cause instanceof UserFacingException refused) {
            errors.showGeneral(refused.getMessage());
        } else {
            LOG.error("Importing SQL failed", cause);
            errors.showGeneral("The import failed (" + cause + "). Nothing was imported; the server log has the "
                    + "details.");
        }
    }

    /** Pasted text over the import's limit: refused on the server whatever the browser's maxlength let through. */
    static boolean tooLong(String pasted) {
        return pasted != null && pasted.length() > SqlImportService.MAX_CHARACTERS;
    }

    private static String size(int characters) {
        return characters < 1024 ? characters + " characters" : characters < 1 << 20
                ? (characters + 1023) / 1024 + " KB" : String.format("%.1f MB", characters / (double) (1 << 20));
    }
}

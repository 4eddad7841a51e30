package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.ReadCancelledException;
import org.schemaboard.importing.sql.SqlImportService;

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
public class SqlImportDialog extends ImportDialog<ImportPlan> {

    private static final TextInput.Files FILES = new TextInput.Files("Upload a .sql file…",
            "or drop it here (up to 50 MB)", "The file is over 50 MB: dump the schema only (pg_dump --schema-only, "
            + "mysqldump --no-data)", "Choose a .sql or .txt file", SqlImportService.TOO_LARGE,
            ".sql", ".txt", "text/plain", "application/sql");

    private final SqlImportService imports;
    private final TextInput input;
    private final Select<ImportDialect> dialect = new Select<>();
    private final Button cancelReading = new Button("Cancel reading");
    /** The thread reading the current preview, or null; interrupted to stop it. */
    private Thread reading;

    /** Imports as a new design; {@code onImported} gets its id. */
    public SqlImportDialog(SqlImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public SqlImportDialog(SqlImportService imports, BackgroundWork work, UUID designId, String designName,
                           TargetDatabase target, Consumer<UUID> onImported) {
        super("SQL", "Preview", work, designId, designName, target, onImported);
        this.imports = imports;
        input = new TextInput("Or paste the SQL", FILES, errors, this::uploaded, this::invalidate);
        input.area.setPlaceholder("A pg_dump, mysqldump, SQLite or H2 schema");
        input.area.addValueChangeListener(e -> {
            if (e.isFromClient() && tooLong(e.getValue())) {
                // the browser's maxlength was not kept: the text is not held in the session, nor read
                input.area.clear();
                errors.show(Map.of("sql", SqlImportService.PASTED_TOO_LARGE));
            }
        });

        dialect.setLabel("Dialect");
        dialect.setItems(ImportDialect.values());
        dialect.setItemLabelGenerator(ImportDialect::label);
        dialect.setValue(ImportDialect.AUTO);
        errors.bind("sql", input.area);

        FormLayout form = new FormLayout(name, dialect);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        Span scope = new Span("Only the schema is imported: tables, columns, keys, foreign keys, indexes and comments. "
                + "Data, functions, triggers, grants and session settings are listed as skipped, with their line.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        progress.getElement().setAttribute("aria-label", "Reading the SQL");
        cancelReading.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancelReading.setVisible(false);
        cancelReading.addClickListener(e -> cancelReading());

        add(scope, input.upload, input.area, form, new Div(status, progress, cancelReading), errors.generalBox(),
                preview);

        dialect.addValueChangeListener(e -> {
            invalidate();
            if (input.uploaded()) {
                startPreview();
            }
        });
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                stopReading();
            }
        });
        addDetachListener(e -> stopReading());
        previewButton.addClickListener(e -> startPreview());
    }

    private void uploaded(String fileName, String text) {
        if (designId == null && name.isEmpty()) {
            name.setValue(fileName.replaceFirst("(?i)\\.(sql|txt)$", ""));
        }
        invalidate();
        startPreview();
    }

    @Override
    protected void invalidate() {
        stopReading();
        super.invalidate();
        previewButton.setEnabled(true);
        progress.setVisible(false);
        cancelReading.setVisible(false);
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
        String text = input.text();
        if (text == null || text.isBlank()) {
            errors.show(Map.of("sql", "Upload a .sql file or paste the SQL to import"));
            return;
        }
        if (!input.uploaded() && tooLong(text)) {
            errors.show(Map.of("sql", SqlImportService.PASTED_TOO_LARGE));
            return;
        }
        invalidate();
        int run = generation;
        UI ui = UI.getCurrent();
        ImportDialect chosen = dialect.getValue();
        status.setText("Reading " + (input.uploaded() ? input.fileName() : "the SQL") + " ("
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
        status.setText("");
        if (failure != null) {
            failed(failure, "The SQL could not be read");
            return;
        }
        showPlan(result, PreviewPanel.headline(result, input.fileName()));
    }

    @Override
    protected ImportPlan planOf(ImportPlan plan) {
        return plan;
    }

    @Override
    protected UUID write(ImportPlan chosen, String designName, DoubleConsumer report) {
        if (designId == null) {
            return imports.importIntoNewDesign(designName, chosen.dialect().target(), chosen, report);
        }
        imports.importInto(designId, chosen, report);
        return designId;
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

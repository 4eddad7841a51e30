package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every import dialog does the same way, whatever it reads (a SQL dump, DBML, an ER diagram, a live database):
 * two steps, a preview in the shared {@link PreviewPanel} (nothing written), then Import, in the background as the
 * signed-in person and in one transaction, so a refusal leaves nothing behind and its reason is shown here. As a new
 * design (the "Design name" field is shown) or into an open design (its name in the title, its target for the
 * preview's name mappings). Anything that changes the input calls {@link #invalidate()}, so what is imported is
 * always what was shown.
 *
 * <p>A subclass lays out the shared parts ({@link #name}, {@link #status}, {@link #progress}, the errors box and the
 * preview) among its own inputs, reads its plan and hands it to {@link #showPlan}, and writes it in
 * {@link #write}.
 *
 * @param <P> what the reader gives: the {@link ImportPlan} itself, or a plan with what only its format says
 */
abstract class ImportDialog<P> extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(ImportDialog.class);

    /** The open design imported into, or null for a new design. */
    protected final UUID designId;
    /** The open design's target database, or null for a new design. */
    protected final TargetDatabase designTarget;
    protected final TextField name = new TextField("Design name");
    protected final Span status = new Span();
    /** Shown while importing; only where the subclass puts it (a large dump's import takes seconds). */
    protected final ProgressBar progress = new ProgressBar();
    protected final PreviewPanel preview = new PreviewPanel();
    protected final Button previewButton;
    protected final Button importButton = new Button("Import");
    protected final Button cancel = new Button("Cancel");
    protected final FormErrors errors = new FormErrors();
    /** The plan previewed last, or null when there is none or the input changed since. */
    protected P plan;
    /** Counts the changes of input; a result of a preview or an import started before the last one is stale. */
    protected int generation;

    /** Runs work as the signed-in person, off the UI thread. */
    protected final BackgroundWork work;
    private final Consumer<UUID> onImported;

    /**
     * @param what       what is imported, for the title: "SQL" gives "Import SQL as a new design" / "Import SQL into
     *                   Shop"
     * @param onImported gets the id of the design imported into (the new one, or {@code designId})
     */
    protected ImportDialog(String what, String previewLabel, BackgroundWork work, UUID designId, String designName,
                           TargetDatabase target, Consumer<UUID> onImported) {
        this.designId = designId;
        this.designTarget = target;
        this.work = work;
        this.onImported = onImported;
        setHeaderTitle(designId == null ? "Import " + what + " as a new design" : "Import " + what + " into "
                + designName);
        setWidth("min(64rem, 95vw)");

        name.setRequiredIndicatorVisible(true);
        name.setVisible(designId == null);
        errors.bind("name", name);
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        progress.setVisible(false);
        preview.setVisible(false);

        previewButton = new Button(previewLabel);
        cancel.addClickListener(e -> close());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        getFooter().add(cancel, previewButton, importButton);
    }

    /** The plan as the preview shows it and the import checks it. */
    protected abstract ImportPlan planOf(P plan);

    /**
     * Writes the plan, on a worker thread as the signed-in person: into {@link #designId}, or as a new design named
     * {@code designName}; returns the id of the design written to.
     */
    protected abstract UUID write(P plan, String designName, DoubleConsumer progress);

    /** What the plan's tables are called in the messages: tables, or entities for a diagram. */
    protected String tablesNoun() {
        return "tables";
    }

    /** The start of the message for an import that failed unexpectedly. */
    protected String importFailedMessage() {
        return "The import failed";
    }

    /** The input changed: the last preview no longer holds, and a result still on its way is dropped. */
    protected void invalidate() {
        generation++;
        plan = null;
        importButton.setEnabled(false);
        preview.setVisible(false);
        status.setText("");
    }

    /** Shows a plan read from the current input under {@code headline}; Import is offered when it is importable. */
    protected void showPlan(P read, String headline) {
        plan = read;
        ImportPlan shown = planOf(read);
        preview.showUnder(shown, headline);
        importButton.setEnabled(shown.importable());
        if (!shown.importable()) {
            errors.showGeneral(shown.problem() + ". Nothing can be imported from it.");
        }
    }

    /**
     * Imports in the background (the executor hands the signed-in person's security context to the worker), with the
     * progress bar counting the elements created. One transaction: a refused element leaves nothing behind.
     */
    private void runImport() {
        if (plan == null) {
            return;
        }
        errors.clear();
        P chosen = plan;
        String designName = name.getValue();
        UI ui = UI.getCurrent();
        int run = generation;
        status.setText("Importing " + planOf(chosen).tables().size() + " " + tablesNoun() + "…");
        progress.setValue(0);
        progress.setVisible(true);
        importButton.setEnabled(false);
        previewButton.setEnabled(false);
        cancel.setEnabled(false);
        double[] shown = {0};
        DoubleConsumer report = done -> {
            if (done - shown[0] >= 0.02) {
                shown[0] = done;
                ui.access(() -> progress.setValue(done));
            }
        };
        work.start(() -> write(chosen, designName, report))
                .whenComplete((id, failure) -> ui.access(() -> imported(run, chosen, designName, id, failure)));
    }

    private void imported(int run, P chosen, String designName, UUID id, Throwable failure) {
        progress.setVisible(false);
        status.setText("");
        cancel.setEnabled(true);
        previewButton.setEnabled(true);
        if (failure == null) {
            close();
            Notifications.success("Imported " + planOf(chosen).tables().size() + " " + tablesNoun()
                    + (designId == null ? " as \"" + designName.strip() + "\"" : ""));
            onImported.accept(id);
            return;
        }
        importButton.setEnabled(run == generation && plan != null && planOf(plan).importable());
        failed(failure, importFailedMessage());
    }

    /**
     * Shows why a preview or an import did not succeed: a refusal as the service words it (at its field, or above the
     * preview), anything unexpected as {@code unexpected} with the server log holding the details.
     */
    protected void failed(Throwable failure, String unexpected) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof ValidationException invalid) {
            errors.show(invalid.fieldErrors());
        } else if (cause instanceof UserFacingException refused) {
            errors.showGeneral(refused.getMessage());
        } else {
            LOG.error("{} in {}", unexpected, getClass().getSimpleName(), cause);
            errors.showGeneral(unexpected + " (" + shown(cause) + "). Nothing was imported; the server log has the "
                    + "details.");
        }
    }

    /** How an unexpected failure is named to the person: the exception with its message. */
    protected String shown(Throwable cause) {
        return String.valueOf(cause);
    }
}

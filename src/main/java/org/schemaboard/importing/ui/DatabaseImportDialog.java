package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.live.LiveConnection;
import org.schemaboard.importing.live.LiveImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the schema of a live database (PostgreSQL, MySQL/MariaDB, H2 over the network), as a new design or into an
 * existing one: URL, user and password, then "Connect and preview" reads the catalog in the background into the same
 * preview a SQL dump gets, and Import writes it in one transaction. The password field is emptied as soon as it has
 * been used; it is never kept in the dialog's state.
 */
public class DatabaseImportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseImportDialog.class);

    private final LiveImportService imports;
    private final BackgroundWork work;
    private final UUID designId;
    private final TargetDatabase designTarget;
    private final Consumer<UUID> onImported;
    private final TextField url = new TextField("JDBC URL");
    private final TextField user = new TextField("User");
    private final PasswordField password = new PasswordField("Password");
    private final TextField name = new TextField("Design name");
    private final Span status = new Span();
    private final PreviewPanel preview = new PreviewPanel();
    private final Button previewButton = new Button("Connect and preview");
    private final Button importButton = new Button("Import");
    private final Button cancel = new Button("Cancel", e -> close());
    private final FormErrors errors = new FormErrors();
    private LiveImportService.LivePlan plan;

    /** Imports as a new design; {@code onImported} gets its id. */
    public DatabaseImportDialog(LiveImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public DatabaseImportDialog(LiveImportService imports, BackgroundWork work, UUID designId, String designName,
                                TargetDatabase target, Consumer<UUID> onImported) {
        this.imports = imports;
        this.work = work;
        this.designId = designId;
        this.designTarget = target;
        this.onImported = onImported;
        setHeaderTitle(designId == null ? "Import from a database as a new design"
                : "Import from a database into " + designName);
        setWidth("min(64rem, 95vw)");

        url.setPlaceholder("jdbc:postgresql://db.example.com:5432/shop");
        url.setHelperText("PostgreSQL, MySQL/MariaDB (jdbc:mariadb://host:3306/db) or H2 (jdbc:h2:tcp://host/db). "
                + "The current schema is read; PostgreSQL: add ?currentSchema=NAME for another.");
        url.setRequiredIndicatorVisible(true);
        password.setHelperText("Used for this connection only; never stored");
        name.setRequiredIndicatorVisible(true);
        name.setVisible(designId == null);
        url.addValueChangeListener(e -> invalidate());
        user.addValueChangeListener(e -> invalidate());
        FormLayout form = new FormLayout(url, user, password, name);
        form.setColspan(url, 2);
        form.setColspan(name, 2);
        errors.bind("url", url).bind("name", name);

        Span scope = new Span("Tables, columns, keys, foreign keys (with their actions), indexes (methods and "
                + "conditions), comments and PostgreSQL partitioning are read from the database's catalog. Nothing "
                + "is written to it.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        status.getElement().setAttribute("role", "status");
        preview.setVisible(false);
        add(scope, form, status, errors.generalBox(), preview);

        previewButton.addClickListener(e -> connect());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        getFooter().add(cancel, previewButton, importButton);
    }

    private void invalidate() {
        plan = null;
        importButton.setEnabled(false);
        preview.setVisible(false);
    }

    /** Reads the catalog in the background; the password leaves the field here and goes no further than the read. */
    private void connect() {
        errors.clear();
        invalidate();
        LiveConnection database = new LiveConnection(url.getValue(), user.getValue(), password.getValue());
        password.clear();
        UI ui = UI.getCurrent();
        status.setText("Connecting to " + database.shownUrl() + "…");
        previewButton.setEnabled(false);
        work.start(() -> LiveImportService.read(database, designTarget, false))
                .whenComplete((read, failure) -> ui.access(() -> {
                    previewButton.setEnabled(true);
                    status.setText("");
                    if (failure != null) {
                        failed(failure, "Reading the database");
                        return;
                    }
                    plan = read;
                    if (designId == null && name.isEmpty()) {
                        name.setValue(read.plan().tables().isEmpty() ? "" : suggestedName(database.url()));
                    }
                    preview.showUnder(read.plan(), read.summary());
                    importButton.setEnabled(read.plan().importable());
                    if (!read.plan().importable()) {
                        errors.showGeneral(read.plan().problem() + ". Nothing can be imported from it.");
                    }
                }));
    }

    /** The database's name from the URL: "shop" for jdbc:postgresql://host/shop?ssl=true. */
    private static String suggestedName(String jdbcUrl) {
        String path = jdbcUrl.replaceFirst("[?;].*$", "");
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
    }

    private void runImport() {
        if (plan == null) {
            return;
        }
        errors.clear();
        LiveImportService.LivePlan chosen = plan;
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
        }).whenComplete((id, failure) -> ui.access(() -> {
            status.setText("");
            cancel.setEnabled(true);
            previewButton.setEnabled(true);
            if (failure == null) {
                close();
                Notifications.success("Imported " + chosen.plan().tables().size() + " tables"
                        + (designId == null ? " as \"" + designName.strip() + "\"" : ""));
                onImported.accept(id);
                return;
            }
            importButton.setEnabled(plan != null && plan.plan().importable());
            failed(failure, "Importing from a database");
        }));
    }

    private void failed(Throwable failure, String what) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof ValidationException invalid) {
            errors.show(invalid.fieldErrors());
        } else if (cause instanceof UserFacingException refused) {
            errors.showGeneral(refused.getMessage());
        } else {
            LOG.error("{} failed", what, cause);
            errors.showGeneral(what + " failed (" + cause.getClass().getSimpleName() + "). Nothing was imported; "
                    + "the server log has the details.");
        }
    }
}

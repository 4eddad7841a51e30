package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.live.LiveConnection;
import org.schemaboard.importing.live.LiveImportService;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * Imports the schema of a live database (PostgreSQL, MySQL/MariaDB, H2 over the network), as a new design or into an
 * existing one: URL, user and password, then "Connect and preview" reads the catalog in the background into the same
 * preview a SQL dump gets, and Import writes it in one transaction. The password field is emptied as soon as it has
 * been used; it is never kept in the dialog's state.
 */
public class DatabaseImportDialog extends ImportDialog<LiveImportService.LivePlan> {

    private final LiveImportService imports;
    private final TextField url = new TextField("JDBC URL");
    private final TextField user = new TextField("User");
    private final PasswordField password = new PasswordField("Password");

    /** Imports as a new design; {@code onImported} gets its id. */
    public DatabaseImportDialog(LiveImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public DatabaseImportDialog(LiveImportService imports, BackgroundWork work, UUID designId, String designName,
                                TargetDatabase target, Consumer<UUID> onImported) {
        super("from a database", "Connect and preview", work, designId, designName, target, onImported);
        this.imports = imports;

        url.setPlaceholder("jdbc:postgresql://db.example.com:5432/shop");
        url.setHelperText("PostgreSQL, MySQL/MariaDB (jdbc:mariadb://host:3306/db) or H2 (jdbc:h2:tcp://host/db). "
                + "The current schema is read; PostgreSQL: add ?currentSchema=NAME for another.");
        url.setRequiredIndicatorVisible(true);
        password.setHelperText("Used for this connection only; never stored");
        url.addValueChangeListener(e -> invalidate());
        user.addValueChangeListener(e -> invalidate());
        FormLayout form = new FormLayout(url, user, password, name);
        form.setColspan(url, 2);
        form.setColspan(name, 2);
        errors.bind("url", url);

        Span scope = new Span("Tables, columns, keys, foreign keys (with their actions), indexes (methods and "
                + "conditions), comments and PostgreSQL partitioning are read from the database's catalog. Nothing "
                + "is written to it.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        status.getElement().setAttribute("role", "status");
        add(scope, form, status, errors.generalBox(), preview);
        previewButton.addClickListener(e -> connect());
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
                        failed(failure, "Reading the database failed");
                        return;
                    }
                    if (designId == null && name.isEmpty()) {
                        name.setValue(read.plan().tables().isEmpty() ? "" : suggestedName(database.url()));
                    }
                    showPlan(read, read.summary());
                }));
    }

    /** The database's name from the URL: "shop" for jdbc:postgresql://host/shop?ssl=true. */
    private static String suggestedName(String jdbcUrl) {
        String path = jdbcUrl.replaceFirst("[?;].*$", "");
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
    }

    @Override
    protected ImportPlan planOf(LiveImportService.LivePlan plan) {
        return plan.plan();
    }

    @Override
    protected UUID write(LiveImportService.LivePlan chosen, String designName, DoubleConsumer report) {
        if (designId == null) {
            return imports.importIntoNewDesign(designName, null, chosen, report);
        }
        imports.importInto(designId, chosen, report);
        return designId;
    }

    @Override
    protected String importFailedMessage() {
        return "Importing from a database failed";
    }

    /** Only the kind of failure: a driver's message may carry the URL's parameters. */
    @Override
    protected String shown(Throwable cause) {
        return cause.getClass().getSimpleName();
    }
}

package org.schemaboard.importing.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.importing.dbml.DbmlPlan;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * Imports a DBML file (dbdiagram.io, ChartDB), as a new design or into an existing one, the way {@link SqlImportDialog}
 * does a dump: upload or paste, a preview of what was found (with the same panel: tables, what is left out with its
 * line, what is imported differently), then Import in one transaction. DBML is read in a moment, so the preview runs
 * at once rather than in the background; changing the text asks for a new preview.
 */
public class DbmlImportDialog extends ImportDialog<DbmlPlan> {

    private static final TextInput.Files FILES = new TextInput.Files("Upload a .dbml file…", "or drop it here",
            "The file is over 50 MB", "Choose a .dbml or .txt file",
            "The file is over 50 MB; at most 50 MB can be imported.", ".dbml", ".txt", "text/plain");

    private final DbmlImportService imports;
    private final TextInput input;

    /** Imports as a new design; {@code onImported} gets its id. */
    public DbmlImportDialog(DbmlImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public DbmlImportDialog(DbmlImportService imports, BackgroundWork work, UUID designId, String designName,
                            TargetDatabase target, Consumer<UUID> onImported) {
        super("DBML", "Preview", work, designId, designName, target, onImported);
        this.imports = imports;
        input = new TextInput("Or paste the DBML", FILES, errors, (file, text) -> {
            invalidate();
            showPreview();
        }, this::invalidate);
        input.area.setPlaceholder("Table users {\n  id integer [pk]\n}");
        name.setWidthFull();
        errors.bind("sql", input.area);

        Span scope = new Span("Tables, columns, keys, references (with their actions), indexes, enums, notes and "
                + "table groups (as subject areas) are imported. What the design cannot hold is listed with its line.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(scope, input.upload, input.area, name, status, errors.generalBox(), preview);
        previewButton.addClickListener(e -> showPreview());
    }

    private void showPreview() {
        errors.clear();
        invalidate();
        String text = input.text();
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
        String fileName = input.fileName();
        if (designId == null && name.isEmpty()) {
            name.setValue(read.projectName() != null ? read.projectName()
                    : fileName != null ? fileName.replaceFirst("(?i)\\.(dbml|txt)$", "") : "");
        }
        showPlan(read, (fileName == null ? "" : fileName + ": ") + read.summary()
                + (read.groups().isEmpty() ? "" : " Table groups become subject areas: " + String.join(", ",
                read.groups().stream().map(DbmlPlan.Group::name).toList()) + "."));
    }

    @Override
    protected ImportPlan planOf(DbmlPlan plan) {
        return plan.plan();
    }

    @Override
    protected UUID write(DbmlPlan chosen, String designName, DoubleConsumer report) {
        if (designId == null) {
            return imports.importIntoNewDesign(designName, null, chosen, report);
        }
        imports.importInto(designId, chosen, report);
        return designId;
    }
}

package org.schemaboard.importing.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.er.ErImportService;
import org.schemaboard.importing.er.ErImportService.Format;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * Imports an entity-relationship diagram written in Mermaid ({@code erDiagram}) or PlantUML (IE notation), as a new
 * design or into an existing one, the way {@link DbmlImportDialog} does DBML: upload or paste, the format detected or
 * chosen, the same preview, then Import in one transaction (one line in the design's history). A diagram that cannot
 * be read shows the line and column where it goes wrong, and nothing can be imported from it.
 */
public class ErImportDialog extends ImportDialog<ErImportDialog.Read> {

    private static final TextInput.Files FILES = new TextInput.Files("Upload a diagram file…",
            "or drop it here (.mmd, .mermaid, .puml, .plantuml or .txt)", "The file is over 50 MB",
            "Choose a .mmd, .mermaid, .puml, .plantuml or .txt file",
            "The file is over 50 MB; at most 50 MB can be imported.",
            ".mmd", ".mermaid", ".puml", ".plantuml", ".txt", "text/plain");

    /** The format asked for: found from the text, or named. */
    enum Choice {
        AUTO("Detect automatically", null), MERMAID("Mermaid", Format.MERMAID), PLANTUML("PlantUML", Format.PLANTUML);

        private final String label;
        private final Format format;

        Choice(String label, Format format) {
            this.label = label;
            this.format = format;
        }
    }

    /** A diagram read, with the format it was read as. */
    record Read(ImportPlan plan, Format format) {
    }

    private final ErImportService imports;
    private final TextInput input;
    private final Select<Choice> format = new Select<>();

    /** Imports as a new design; {@code onImported} gets its id. */
    public ErImportDialog(ErImportService imports, BackgroundWork work, Consumer<UUID> onImported) {
        this(imports, work, null, null, null, onImported);
    }

    /** Imports into an existing design (its names must not clash); {@code onImported} gets the design's id. */
    public ErImportDialog(ErImportService imports, BackgroundWork work, UUID designId, String designName,
                          TargetDatabase target, Consumer<UUID> onImported) {
        super("a Mermaid / PlantUML diagram", "Preview", work, designId, designName, target, onImported);
        this.imports = imports;
        input = new TextInput("Or paste the diagram", FILES, errors, (file, text) -> {
            if (designId == null && name.isEmpty()) {
                name.setValue(file.replaceFirst("(?i)\\.(mmd|mermaid|puml|plantuml|txt)$", ""));
            }
            showPreview();
        }, this::invalidate);
        input.area.setPlaceholder("A Mermaid erDiagram or a PlantUML @startuml … @enduml diagram");
        input.area.setHelperText("Mermaid: erDiagram, entity blocks such as CUSTOMER { int id PK } and relationships "
                + "such as CUSTOMER ||--o{ ORDER : places. PlantUML: entity customer { * id : INTEGER <<PK>> } and "
                + "customer ||--o{ order.");
        errors.bind("sql", input.area);

        format.setLabel("Format");
        format.setItems(Choice.values());
        format.setItemLabelGenerator(c -> c.label);
        format.setValue(Choice.AUTO);
        format.addValueChangeListener(e -> {
            invalidate();
            if (input.uploaded()) {
                showPreview();
            }
        });
        FormLayout form = new FormLayout(name, format);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        Span scope = new Span("Entities with their attributes (type, PK, FK, UK, comment) and relationships with their "
                + "crow's-foot cardinalities are imported; a many-to-many relationship becomes a junction entity.");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(scope, input.upload, input.area, form, status, errors.generalBox(), preview);
        previewButton.addClickListener(e -> showPreview());
    }

    private void showPreview() {
        errors.clear();
        invalidate();
        String text = input.text();
        if (text == null || text.isBlank()) {
            errors.show(Map.of("sql", "Upload a diagram file or paste a Mermaid erDiagram or PlantUML diagram to "
                    + "import"));
            return;
        }
        Choice chosen = format.getValue();
        Format read = chosen.format != null ? chosen.format : Format.detect(text);
        ImportPlan plan;
        try {
            plan = ErImportService.read(text, read, designTarget);
        } catch (ValidationException e) {
            errors.show(e.fieldErrors());
            return;
        }
        String fileName = input.fileName();
        showPlan(new Read(plan, read), (fileName == null ? "Read" : fileName + " read") + " as " + read.label()
                + (chosen.format == null ? " (detected)" : "") + ": " + plan.counts().replace(", 0 views", ""));
    }

    @Override
    protected ImportPlan planOf(Read read) {
        return read.plan();
    }

    @Override
    protected String tablesNoun() {
        return "entities";
    }

    @Override
    protected UUID write(Read chosen, String designName, DoubleConsumer report) {
        if (designId == null) {
            return imports.importIntoNewDesign(designName, null, chosen.format(), chosen.plan(), report);
        }
        imports.importInto(designId, chosen.format(), chosen.plan(), report);
        return designId;
    }
}

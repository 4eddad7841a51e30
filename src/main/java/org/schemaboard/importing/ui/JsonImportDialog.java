package org.schemaboard.importing.ui;

import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.export.DesignJsonException;
import org.schemaboard.importing.json.DesignImportService;

/**
 * "Import design.json": a file exported by Schemaboard (here or on another server) becomes a new design owned by the
 * person importing it. A file that is not a Schemaboard design is refused with what is wrong, and nothing is created.
 */
public class JsonImportDialog extends Dialog {

    static final int MAX_BYTES = DesignImportService.MAX_BYTES;

    private final DesignImportService imports;
    private final Consumer<UUID> onImported;
    private final TextField name = new TextField("Design name");
    private final Span fileName = new Span("No file chosen yet.");
    private final Button importButton = new Button("Import");
    private final FormErrors errors = new FormErrors();
    private String json;

    /** @param onImported called with the new design's id after a successful import */
    public JsonImportDialog(DesignImportService imports, Consumer<UUID> onImported) {
        this.imports = imports;
        this.onImported = onImported;
        setHeaderTitle("Import design.json");
        setWidth("min(36rem, 95vw)");

        Paragraph lead = new Paragraph("A design.json exported by Schemaboard (\"Export specification\" or the "
                + "command line) becomes a new design that you own, with every entity, relationship, index and query "
                + "pattern.");
        lead.addClassName("sb-hint");
        // the limit holds on the server too: a larger file is refused as it arrives, before it is held in memory
        Upload upload = new Upload(new BoundedTextUpload(MAX_BYTES, DesignImportService.TOO_LARGE, (file, text) -> {
            json = text;
            fileName.setText("Chosen: " + file + " (" + (text.length() + 1023) / 1024 + " kB)");
            importButton.setEnabled(true);
            errors.clear();
        }, message -> {
            json = null;
            importButton.setEnabled(false);
            fileName.setText("No file chosen yet.");
            errors.showGeneral(message);
        }));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span("Drop a design.json here"));
        upload.addFileRejectedListener(e -> errors.showGeneral(e.getErrorMessage().toLowerCase().contains("type")
                ? "Choose a .json file: the design.json exported by Schemaboard."
                : e.getErrorMessage().toLowerCase().contains("big")
                ? "The file is larger than " + MAX_BYTES / 1024 / 1024 + " MB, too big for a design.json."
                : e.getErrorMessage()));
        fileName.addClassName("sb-hint");
        fileName.getElement().setAttribute("role", "status");

        name.setWidthFull();
        name.setHelperText("Leave empty to take the name in the file (with \"(imported)\" when it is taken)");
        errors.bind("name", name);

        add(lead, errors.generalBox(), upload, fileName, name);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        getFooter().add(new Button("Cancel", e -> close()), importButton);
    }

    private void runImport() {
        errors.clear();
        try {
            UUID id = imports.importJson(json, name.getValue());
            close();
            onImported.accept(id);
        } catch (DesignJsonException e) {
            errors.showGeneral("This file cannot be imported: " + e.getMessage());
        } catch (ValidationException e) {
            errors.show(e.fieldErrors());
        }
    }
}

package org.schemaboard.importing.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.BiConsumer;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.importing.sql.SqlImportService;

/**
 * Where a text import's input comes from: a file uploaded (one at a time, its size bounded on the server by
 * {@link BoundedTextUpload}) or text pasted into the area below. An uploaded file takes the place of the area, which
 * comes back when the file is removed from the upload's list. Both bound to {@link SqlImportService#MAX_CHARACTERS}.
 * The dialog places {@link #upload} and {@link #area} and is told when the input changes.
 */
final class TextInput {

    /**
     * How the upload speaks of its files.
     *
     * @param addLabel       the upload button: "Upload a .sql file…"
     * @param dropLabel      beside it: "or drop it here"
     * @param tooBig         the browser's refusal of a file over the limit
     * @param wrongType      the browser's refusal of another kind of file
     * @param serverTooLarge the server's refusal of a file that turns out over the limit
     * @param accepted       file name endings and media types the browser offers
     */
    record Files(String addLabel, String dropLabel, String tooBig, String wrongType, String serverTooLarge,
                 String... accepted) {
    }

    final Upload upload;
    final TextArea area;
    private String uploadedText;
    private String uploadedName;

    /**
     * @param onUploaded gets the file's name and text (without a byte-order mark), after the area was hidden
     * @param onChanged  called when the file is removed or the pasted text edited
     */
    TextInput(String pasteLabel, Files files, FormErrors errors, BiConsumer<String, String> onUploaded,
              Runnable onChanged) {
        area = new TextArea(pasteLabel);
        upload = new Upload(new BoundedTextUpload(SqlImportService.MAX_CHARACTERS, files.serverTooLarge(),
                (fileName, text) -> {
                    uploadedText = text.startsWith("\uFEFF") ? text.substring(1) : text;
                    uploadedName = fileName;
                    // the file list shows the file (with a button to remove it); pasting comes back once it is removed
                    area.clear();
                    area.setVisible(false);
                    onUploaded.accept(fileName, uploadedText);
                }, errors::showGeneral));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(files.accepted());
        upload.setMaxFileSize(SqlImportService.MAX_CHARACTERS);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(files.addLabel()).setMany(files.addLabel()));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(files.dropLabel()).setMany(files.dropLabel()));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(files.tooBig()).setIncorrectFileType(files.wrongType())
                .setTooManyFiles("One file at a time"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> errors.showGeneral(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addFileRemovedListener(e -> {
            uploadedText = null;
            uploadedName = null;
            area.setVisible(true);
            onChanged.run();
        });

        area.setWidthFull();
        area.setHeight("8rem");
        area.addClassName("sb-sql");
        // the browser's limit; the services refuse longer text whatever the browser sends
        area.setMaxLength(SqlImportService.MAX_CHARACTERS);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChanged.run();
            }
        });
    }

    /** The uploaded file's text, else what was pasted (possibly empty). */
    String text() {
        return uploadedText != null ? uploadedText : area.getValue();
    }

    boolean uploaded() {
        return uploadedText != null;
    }

    /** The uploaded file's name, or null when the text was pasted. */
    String fileName() {
        return uploadedName;
    }
}

package org.schemaboard.diff.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.schemaboard.base.ui.Notifications;

/** "Compare with a file…": one design.json or SQL dump, read as UTF-8 text, handed over in the UI's lock. */
final class FileUpload {

    /** A design file larger than this is no design a person compares in the browser. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private FileUpload() {
    }

    static Upload of(BiConsumer<String, String> onText) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> upload.getUI().ifPresent(ui -> {
            String name = meta.fileName();
            if (bytes.length > MAX_BYTES) {
                ui.access(() -> {
                    upload.clearFileList();
                    Notifications.error(name + " is over 20 MB; compare a smaller file");
                });
                return;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // one file at a time, but the next comparison is another file: the list is emptied once this one is read
            ui.access(() -> {
                upload.clearFileList();
                onText.accept(name, text);
            });
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".json", ".sql", ".txt", "application/json", "text/plain");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Compare with a file…").setMany("Compare with a file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("design.json or SQL dump").setMany("design.json or SQL dump"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is over 20 MB")
                .setIncorrectFileType("Choose a design.json or .sql file").setTooManyFiles("One file at a time"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addClassName("sb-changes-upload");
        return upload;
    }
}

package org.schemaboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.schemaboard.importing.BoundedInput;
import org.schemaboard.importing.InputTooLargeException;

/**
 * Receives an uploaded text file with the size limit enforced on the server, whatever the browser was told: a file
 * announced as too large is refused before a byte is read, and one that turns out too large is refused at the first
 * byte beyond the limit, having held no more than a buffer in memory ({@link BoundedInput}). The text, or the reason
 * for the refusal, is handed to the dialog in its UI's lock. A refused upload answers HTTP 413.
 */
final class BoundedTextUpload implements UploadHandler {

    /** Room for the multipart envelope when the size the request declares is that of the whole request. */
    private static final long ENVELOPE = 64 * 1024;

    private final long maxBytes;
    private final String tooLarge;
    private final BiConsumer<String, String> onText;
    private final Consumer<String> onRefused;
    /** Set while a refused upload's response is being written (an upload dialog takes one file at a time). */
    private volatile boolean refused;

    /**
     * @param onText    gets the file's name and text
     * @param onRefused gets the message for the person
     */
    BoundedTextUpload(long maxBytes, String tooLarge, BiConsumer<String, String> onText, Consumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.onText = onText;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        refused = false;
        try {
            long declared = event.getFileSize() > maxBytes + ENVELOPE ? event.getFileSize() : -1;
            String text = BoundedInput.readUtf8(event.getInputStream(), declared, maxBytes, "file", tooLarge, false);
            ui.access(() -> onText.accept(fileName, text));
        } catch (InputTooLargeException e) {
            refused = true;
            ui.access(() -> onRefused.accept(fileName + ": " + e.getMessage()));
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (refused) {
            response.setStatus(413);
            refused = false;
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }
}

package org.schemaboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.schemaboard.model.DesignModel;

/**
 * Every export of a design in one ZIP — the one-click hand-over: the specification in Markdown and HTML, the DDL for
 * each dialect, the Mermaid ERD and {@code design.json}. Writes to the caller's stream and touches no file, so the UI's
 * download and the command line share it.
 */
public final class SpecificationZip {

    /**
     * Entry times are fixed rather than "now", so the same design gives the same bytes (a CI job can compare archives)
     * whatever the clock or the time zone.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private SpecificationZip() {
    }

    /** The files of the archive in their order: name → text. */
    public static Map<String, String> files(DesignModel design) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SpecificationExport.MARKDOWN_FILE, SpecificationExport.markdown(design));
        files.put(SpecificationExport.HTML_FILE, SpecificationExport.html(design));
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            files.put(dialect.fileName(), SpecificationExport.ddl(design, dialect));
        }
        files.put(SpecificationExport.MERMAID_FILE, SpecificationExport.mermaid(design));
        files.put(DesignJson.FILE_NAME, DesignJson.write(design));
        return files;
    }

    /** Writes the archive of {@link #files} (UTF-8 text) to {@code out}, which stays open. */
    public static void write(DesignModel design, OutputStream out) {
        Map<String, String> files = files(design);
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

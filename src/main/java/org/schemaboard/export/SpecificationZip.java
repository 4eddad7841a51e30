package org.schemaboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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

    /**
     * How many files {@link #files} renders: the Markdown, the HTML page, one DDL per dialect, the ERD in Mermaid and
     * in PlantUML, the DBML and the JSON (the SVG pictures come drawn with the source).
     */
    public static final int FILE_COUNT = 6 + SqlDialectChoice.values().length;

    private SpecificationZip() {
    }

    /**
     * The files of the archive in their order: name → text, rendered one after the other on this thread (each is a
     * pure function of the design). Each DDL is rendered once — the specification embeds the one of its own
     * dialect — and the HTML page is written in the same pass as the Markdown.
     */
    public static Map<String, String> files(DesignModel design) {
        return files(ExportSource.of(design), name -> { }, Runnable::run);
    }

    /**
     * Like {@link #files(DesignModel)}, telling {@code ready} the name of each file as soon as it is rendered (from
     * whichever thread rendered it), with the files rendered side by side on {@code executor} and this thread. This
     * thread takes the longest chain (its dialect's DDL, the Markdown, the HTML page) and runs whatever no thread of
     * the executor has started, so a busy executor slows the export down but never stalls it.
     */
    public static Map<String, String> files(ExportSource source, Consumer<String> ready, Executor executor) {
        DesignModel design = source.model();
        SqlDialectChoice own = SpecificationExport.specificationDialect(design);
        Map<SqlDialectChoice, String> ddl = new ConcurrentHashMap<>();
        Map<String, String> rendered = new ConcurrentHashMap<>();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            DdlScript script = DdlRenderer.render(design, own, source.specification().partitioning());
            ddl.put(own, script.text());
            ready.accept(own.fileName());
            // one pass of the sections writes the Markdown and the HTML page's body side by side
            MarkdownDoc doc = MarkdownSpec.renderWithHtml(source, script);
            rendered.put(SpecificationExport.MARKDOWN_FILE, doc.toString());
            ready.accept(SpecificationExport.MARKDOWN_FILE);
            rendered.put(SpecificationExport.HTML_FILE, HtmlSpec.page(source, doc.html()));
            ready.accept(SpecificationExport.HTML_FILE);
        });
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            if (dialect != own) {
                tasks.add(() -> {
                    ddl.put(dialect, DdlRenderer.render(design, dialect, source.specification().partitioning()).text());
                    ready.accept(dialect.fileName());
                });
            }
        }
        tasks.add(() -> {
            rendered.put(SpecificationExport.MERMAID_FILE, MermaidErd.render(design));
            ready.accept(SpecificationExport.MERMAID_FILE);
        });
        tasks.add(() -> {
            rendered.put(PlantUmlErd.FILE_NAME, PlantUmlErd.render(design));
            ready.accept(PlantUmlErd.FILE_NAME);
        });
        tasks.add(() -> {
            rendered.put(DbmlWriter.FILE_NAME, DbmlWriter.write(design, source.subjectAreas()));
            ready.accept(DbmlWriter.FILE_NAME);
        });
        tasks.add(() -> {
            rendered.put(DesignJson.FILE_NAME, DesignJson.write(source));
            ready.accept(DesignJson.FILE_NAME);
        });
        Parallel.run(tasks, executor);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SpecificationExport.MARKDOWN_FILE, rendered.get(SpecificationExport.MARKDOWN_FILE));
        files.put(SpecificationExport.HTML_FILE, rendered.get(SpecificationExport.HTML_FILE));
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            files.put(dialect.fileName(), ddl.get(dialect));
        }
        files.put(SpecificationExport.MERMAID_FILE, rendered.get(SpecificationExport.MERMAID_FILE));
        files.put(PlantUmlErd.FILE_NAME, rendered.get(PlantUmlErd.FILE_NAME));
        files.put(DbmlWriter.FILE_NAME, rendered.get(DbmlWriter.FILE_NAME));
        files.put(DesignJson.FILE_NAME, rendered.get(DesignJson.FILE_NAME));
        files.putAll(ChangesSection.files(source.changes())); // migrations/, worked out by the caller
        files.putAll(NoSqlArtefacts.files(source.nosql())); // nosql/: mongosh scripts, search mappings, Redis keys
        if (source.diagramSvg() != null) {
            files.put(ExportSource.OVERVIEW_FILE, source.diagramSvg());
            source.figures().forEach(f -> files.put(f.fileName(), f.svg()));
        }
        return files;
    }

    /** Writes the archive of {@link #files} (UTF-8 text) to {@code out}, which stays open. */
    public static void write(DesignModel design, OutputStream out) {
        write(files(design), out);
    }

    /** Writes the archive of {@link #files(ExportSource, Consumer, Executor)} to {@code out}, which stays open. */
    public static void write(ExportSource source, OutputStream out, Executor executor) {
        write(files(source, name -> { }, executor), out);
    }

    /** Writes already rendered {@link #files} (UTF-8 text) as the archive to {@code out}, which stays open. */
    public static void write(Map<String, String> files, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            // text compresses well at the fastest level too (a few percent larger), and the default level took longer
            // than rendering the large design's HTML page
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
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

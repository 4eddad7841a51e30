package org.schemaboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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

    /** How many files {@link #files} renders: the Markdown, the HTML page, one DDL per dialect, the ERD and the JSON. */
    public static final int FILE_COUNT = 4 + SqlDialectChoice.values().length;

    private SpecificationZip() {
    }

    /**
     * The files of the archive in their order: name → text. They are rendered in parallel on the machine's cores
     * (each is a pure function of the design); each DDL is rendered once — the specification embeds the one of its
     * own dialect — and the HTML page is made from the Markdown text rather than rendering it again.
     */
    public static Map<String, String> files(DesignModel design) {
        return files(ExportSource.of(design), name -> { });
    }

    /** Like {@link #files(DesignModel)}, telling {@code ready} the name of each file as soon as it is rendered. */
    public static Map<String, String> files(ExportSource source, Consumer<String> ready) {
        DesignModel design = source.model();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4,
                Runtime.getRuntime().availableProcessors())));
        try {
            Map<SqlDialectChoice, CompletableFuture<DdlScript>> ddl = new EnumMap<>(SqlDialectChoice.class);
            for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
                ddl.put(dialect, CompletableFuture.supplyAsync(() -> DdlRenderer.render(design, dialect,
                        source.specification().partitioning()), pool)
                        .whenComplete((done, failed) -> ready.accept(dialect.fileName())));
            }
            CompletableFuture<String> markdown = ddl.get(SpecificationExport.specificationDialect(design))
                    .thenApplyAsync(script -> MarkdownSpec.render(source, script), pool)
                    .whenComplete((done, failed) -> ready.accept(SpecificationExport.MARKDOWN_FILE));
            CompletableFuture<String> html = markdown.thenApplyAsync(md -> HtmlSpec.render(source, md), pool)
                    .whenComplete((done, failed) -> ready.accept(SpecificationExport.HTML_FILE));
            CompletableFuture<String> mermaid = CompletableFuture.supplyAsync(() -> MermaidErd.render(design), pool)
                    .whenComplete((done, failed) -> ready.accept(SpecificationExport.MERMAID_FILE));
            CompletableFuture<String> json = CompletableFuture.supplyAsync(() -> DesignJson.write(source), pool)
                    .whenComplete((done, failed) -> ready.accept(DesignJson.FILE_NAME));
            Map<String, String> files = new LinkedHashMap<>();
            files.put(SpecificationExport.MARKDOWN_FILE, markdown.join());
            files.put(SpecificationExport.HTML_FILE, html.join());
            for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
                files.put(dialect.fileName(), ddl.get(dialect).join().text());
            }
            files.put(SpecificationExport.MERMAID_FILE, mermaid.join());
            files.put(DesignJson.FILE_NAME, json.join());
            return files;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the archive of {@link #files} (UTF-8 text) to {@code out}, which stays open. */
    public static void write(DesignModel design, OutputStream out) {
        write(files(design), out);
    }

    /** Writes the archive of {@link #files(ExportSource, Consumer)} to {@code out}, which stays open. */
    public static void write(ExportSource source, OutputStream out) {
        write(files(source, name -> { }), out);
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

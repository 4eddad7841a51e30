package org.schemaboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;

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
        return render(source, ready, executor, null);
    }

    /**
     * {@link #files(ExportSource, Consumer, Executor)}, each file also deflated into {@code deflated} by the thread
     * that rendered it, when that map is given.
     */
    private static Map<String, String> render(ExportSource source, Consumer<String> ready, Executor executor,
                                              Map<String, ZipWriter.Entry> deflated) {
        DesignModel design = source.model();
        SqlDialectChoice own = SpecificationExport.specificationDialect(design);
        Map<String, String> rendered = new ConcurrentHashMap<>();
        BiConsumer<String, String> done = (name, text) -> {
            rendered.put(name, text);
            if (deflated != null) {
                deflated.put(name, ZipWriter.deflate(name, text));
            }
            ready.accept(name);
        };
        List<Runnable> tasks = new ArrayList<>();
        // the longest chain first (the caller starts with it): the Markdown and the HTML page. The caller writes the specification and asks for its dialect's DDL and the design checks' findings only
        // after the conceptual model; another thread makes them meanwhile (or the caller, when none has started)
        Parallel.Shared<DdlScript> ownDdl = new Parallel.Shared<>(() -> {
            DdlScript script = DdlRenderer.render(design, own, source.specification().partitioning());
            rendered.put(own.fileName(), script.text());
            ready.accept(own.fileName());
            return script;
        });
        Parallel.Shared<List<Check>> findings = new Parallel.Shared<>(() -> MarkdownSpec.checks(source));
        CompletableFuture<String> markdown = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                // one pass of the sections writes the Markdown and the HTML page's body side by side
                MarkdownDoc doc = MarkdownSpec.renderWithHtml(source, ownDdl::get, findings::get);
                String text = doc.toString();
                rendered.put(SpecificationExport.MARKDOWN_FILE, text);
                markdown.complete(text);
                ready.accept(SpecificationExport.MARKDOWN_FILE);
                done.accept(SpecificationExport.HTML_FILE, HtmlSpec.page(source, doc.html()));
            } finally {
                markdown.cancel(false); // when it failed: nothing to deflate (the failure is rethrown)
            }
        });
        tasks.add(ownDdl);
        tasks.add(findings);
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            if (dialect != own) {
                tasks.add(() -> done.accept(dialect.fileName(),
                        DdlRenderer.render(design, dialect, source.specification().partitioning()).text()));
            }
        }
        tasks.add(() -> done.accept(DesignJson.FILE_NAME, DesignJson.write(source)));
        tasks.add(() -> done.accept(SpecificationExport.MERMAID_FILE, MermaidErd.render(design)));
        tasks.add(() -> done.accept(DbmlWriter.FILE_NAME, DbmlWriter.write(design, source.subjectAreas())));
        tasks.add(() -> done.accept(PlantUmlErd.FILE_NAME, PlantUmlErd.render(design)));
        if (source.changes() != null) {
            // the migration scripts, planned when first read: one task per dialect, so they are planned side by side
            source.changes().migrations().values().forEach(scripts -> tasks.add(scripts::forward));
        }
        if (deflated != null) {
            // last, deflated on their own, so another thread can take them while this one writes the HTML page
            tasks.add(() -> deflated.put(own.fileName(), ZipWriter.deflate(own.fileName(), ownDdl.get().text())));
            tasks.add(() -> deflateWhenThere(SpecificationExport.MARKDOWN_FILE, markdown, deflated));
        }
        Parallel.run(tasks, executor);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SpecificationExport.MARKDOWN_FILE, rendered.get(SpecificationExport.MARKDOWN_FILE));
        files.put(SpecificationExport.HTML_FILE, rendered.get(SpecificationExport.HTML_FILE));
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            files.put(dialect.fileName(), rendered.get(dialect.fileName()));
        }
        files.put(SpecificationExport.MERMAID_FILE, rendered.get(SpecificationExport.MERMAID_FILE));
        files.put(PlantUmlErd.FILE_NAME, rendered.get(PlantUmlErd.FILE_NAME));
        files.put(DbmlWriter.FILE_NAME, rendered.get(DbmlWriter.FILE_NAME));
        files.put(DesignJson.FILE_NAME, rendered.get(DesignJson.FILE_NAME));
        files.putAll(ChangesSection.files(source.changes())); // migrations/, planned by the tasks above
        files.putAll(NoSqlArtefacts.files(source.nosql())); // nosql/: mongosh scripts, search mappings, Redis keys
        if (source.diagramSvg() != null) {
            files.put(ExportSource.OVERVIEW_FILE, source.diagramSvg());
            source.figures().forEach(f -> files.put(f.fileName(), f.svg()));
        }
        return files;
    }

    /**
     * Deflates a file the first task renders, once it is there: a thread that claims this early waits for it (the
     * first task is claimed first, by the caller, and waits for no other, so this cannot deadlock).
     */
    private static void deflateWhenThere(String name, CompletableFuture<String> text,
                                         Map<String, ZipWriter.Entry> deflated) {
        try {
            deflated.put(name, ZipWriter.deflate(name, text.join()));
        } catch (java.util.concurrent.CancellationException e) {
            // the first task failed; Parallel rethrows its failure
        }
    }

    /** Writes the archive of {@link #files} (UTF-8 text) to {@code out}, which stays open. */
    public static void write(DesignModel design, OutputStream out) {
        write(files(design), out);
    }

    /**
     * Writes the archive of {@link #files(ExportSource, Consumer, Executor)} to {@code out}, which stays open; each
     * file is deflated by the thread that rendered it.
     */
    public static void write(ExportSource source, OutputStream out, Executor executor) {
        Map<String, ZipWriter.Entry> deflated = new ConcurrentHashMap<>();
        Map<String, String> files = render(source, name -> { }, executor, deflated);
        List<ZipWriter.Entry> entries = new ArrayList<>(files.size());
        files.forEach((name, text) -> entries.add(deflated.containsKey(name) ? deflated.get(name)
                : ZipWriter.deflate(name, text)));
        write(entries, out);
    }

    /** Writes already rendered {@link #files} (UTF-8 text) as the archive to {@code out}, which stays open. */
    public static void write(Map<String, String> files, OutputStream out) {
        List<ZipWriter.Entry> entries = new ArrayList<>(files.size());
        files.forEach((name, text) -> entries.add(ZipWriter.deflate(name, text)));
        write(entries, out);
    }

    private static void write(List<ZipWriter.Entry> entries, OutputStream out) {
        try {
            ZipWriter.write(entries, ENTRY_TIME, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

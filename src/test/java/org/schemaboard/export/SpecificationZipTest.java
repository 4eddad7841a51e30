package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;

class SpecificationZipTest {

    @Test
    void the_zip_holds_every_export_of_the_design_under_its_usual_file_name() throws IOException {
        DesignModel design = EcommerceDesign.model();

        Map<String, String> entries = unzip(zip(design));

        assertThat(entries).containsOnlyKeys("database-design.md", "database-design.html", "schema-postgresql.sql",
                "schema-mysql.sql", "schema-h2.sql", "erd.mmd", "erd.puml", "schema.dbml", "design.json");
        assertThat(entries.keySet()).containsExactly("database-design.md", "database-design.html",
                "schema-postgresql.sql", "schema-mysql.sql", "schema-h2.sql", "erd.mmd", "erd.puml", "schema.dbml",
                "design.json");
        assertThat(entries.get("erd.puml")).isEqualTo(org.schemaboard.export.PlantUmlErd.render(design));
        assertThat(entries.get("database-design.md")).isEqualTo(SpecificationExport.markdown(design));
        assertThat(entries.get("schema-mysql.sql")).isEqualTo(SpecificationExport.ddl(design, SqlDialectChoice.MYSQL));
        assertThat(entries.get("erd.mmd")).isEqualTo(SpecificationExport.mermaid(design));
        assertThat(DesignJson.read(entries.get("design.json")).entities()).hasSameSizeAs(design.entities());
    }

    @Test
    void the_same_design_gives_the_same_bytes() {
        DesignModel design = EcommerceDesign.model();

        assertThat(zip(design)).isEqualTo(zip(design));
    }

    @Test
    void rendered_on_an_executor_it_is_the_same_archive_and_every_file_is_reported_ready_once() throws Exception {
        DesignModel design = EcommerceDesign.model();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> ready = new CopyOnWriteArrayList<>();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificationZip.write(SpecificationZip.files(ExportSource.of(design), ready::add, pool), out);

            assertThat(out.toByteArray()).isEqualTo(zip(design));
            assertThat(ready).hasSize(SpecificationZip.FILE_COUNT).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60)
    void an_executor_that_runs_its_tasks_on_the_caller_writes_the_same_archive_and_does_not_hang() {
        DesignModel design = EcommerceDesign.model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // Runnable::run ran the helper's tasks before the caller's first one; the Markdown's deflate task then waited
        // for that first task, on the same thread, for ever
        java.util.concurrent.CompletableFuture.runAsync(() -> SpecificationZip.write(ExportSource.of(design), out,
                Runnable::run)).orTimeout(30, TimeUnit.SECONDS).join();

        assertThat(out.toByteArray()).isEqualTo(zip(design));
    }

    private static byte[] zip(DesignModel design) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpecificationZip.write(design, out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}

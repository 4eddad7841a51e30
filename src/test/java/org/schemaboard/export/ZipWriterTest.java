package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;

/**
 * The export's ZIP, deflated file by file on the rendering threads, is byte for byte the archive
 * {@link ZipOutputStream} writes for the same files (as the export wrote it before).
 */
class ZipWriterTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    @Test
    void the_archive_is_the_one_zip_output_stream_writes() throws IOException {
        Map<String, String> files = new LinkedHashMap<>(SpecificationZip.files(EcommerceDesign.model()));
        files.put("migrations/äöü – naïve.sql", "-- ünïcödé ✓\n".repeat(3));
        files.put("empty.txt", "");
        StringBuilder large = new StringBuilder();
        for (int i = 0; large.length() < 3_000_000; i++) {
            large.append("| row ").append(i).append(" | ").append(Integer.toHexString(i * 7919)).append(" |\n");
        }
        files.put("large.md", large.toString());

        List<ZipWriter.Entry> entries = new ArrayList<>();
        files.forEach((name, text) -> entries.add(ZipWriter.deflate(name, text)));
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ZipWriter.write(entries, TIME, ours);

        assertThat(ours.toByteArray()).isEqualTo(zipOutputStream(files));
    }

    @Test
    void the_export_on_an_executor_is_the_archive_of_its_files_as_zip_output_stream_writes_it() throws Exception {
        DesignModel design = EcommerceDesign.model();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificationZip.write(ExportSource.of(design), out, pool);

            assertThat(out.toByteArray()).isEqualTo(zipOutputStream(SpecificationZip.files(design)));
        } finally {
            pool.shutdownNow();
        }
    }

    /** How the export wrote its archive before (java.util.zip, fastest level, fixed entry time). */
    private static byte[] zipOutputStream(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        for (Map.Entry<String, String> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(TIME);
            zip.putNextEntry(entry);
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        return out.toByteArray();
    }
}

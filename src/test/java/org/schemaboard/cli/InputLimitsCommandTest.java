package org.schemaboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.cli.CommandLineTest.run;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.cli.CommandLineTest.Result;

/**
 * The command line's size limits hold while it reads, whatever the file system says beforehand, and a hostile file
 * is refused with a message rather than a stack trace.
 */
class InputLimitsCommandTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path work;

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void import_sql_from_a_pipe_of_60_mb_stops_at_50_mb_without_holding_the_file() throws Exception {
        Path pipe = work.resolve("dump.sql");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        // a pipe has no size to check beforehand: the limit must hold while reading
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            byte[] block = "CREATE TABLE t (id int);\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(pipe)) {
                for (long written = 0; written < 60 * MB; written += block.length) {
                    out.write(block);
                }
            } catch (java.io.IOException e) {
                // the reader closed the pipe at the limit
            }
        });
        long before = allocatedByThisThread();

        Result result = run("import-sql", "--data-dir", work.resolve("data").toString(), "--name", "Big",
                "--file", pipe.toString());

        long allocated = allocatedByThisThread() - before;
        writer.get();
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot import " + pipe + ": The file is over 50 MB; at most 50 MB "
                + "can be imported. Import the schema only (pg_dump --schema-only, mysqldump --no-data).");
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(20 * MB);
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void import_json_of_a_file_over_256_mb_is_refused_before_it_is_read() throws Exception {
        Path huge = work.resolve("design.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(257 * MB); // sparse: no disk is used
        }
        long before = allocatedByThisThread();

        Result result = run("import-json", "--data-dir", work.resolve("data").toString(), "--file", huge.toString());

        assertThat(allocatedByThisThread() - before).isLessThan(20 * MB);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot import " + huge + ": The file is over 256 MB, too big for "
                + "a design.json (a 10,000-table design's is about 110 MB).");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void restore_refuses_a_backup_whose_manifest_unpacks_to_hundreds_of_megabytes() throws Exception {
        Path bomb = work.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry("schemaboard-backup.json"));
            byte[] zeros = new byte[(int) MB];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        long before = allocatedByThisThread();

        Result result = run("restore", "--data-dir", work.resolve("data").toString(), "--file", bomb.toString());

        assertThat(allocatedByThisThread() - before).isLessThan(20 * MB);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(bomb + " is not a Schemaboard backup: its manifest is too large. "
                + "Nothing was restored.");
    }

    @Test
    void import_sql_of_statements_nested_too_deeply_exits_1_naming_the_statement_line() throws Exception {
        Path deep = work.resolve("deep.sql");
        Files.writeString(deep, "CREATE TABLE a (id int);\nCREATE TABLE b (id int CHECK " + "(".repeat(50_000)
                + "id > 0" + ")".repeat(50_000) + ");\n");

        Result result = run("import-sql", "--data-dir", work.resolve("data").toString(), "--name", "Deep", "--file",
                deep.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith(deep + ": The file cannot be imported: The statement at line 2, "
                + "column 1 is nested too deeply").endsWith("Nothing was imported.");
        assertThat(work.resolve("data")).doesNotExist();
    }
}

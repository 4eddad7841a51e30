package org.schemaboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedInputTest {

    static final int MB = 1024 * 1024;

    /** {@code size} bytes of SQL-looking text, made as they are read: the test itself never holds them. */
    static final class GeneratedStream extends InputStream {
        private final long size;
        long served;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? "CREATE TABLE t (id int);\n".charAt((int) (served++ % 25)) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) "CREATE TABLE t (id int);\n".charAt((int) ((served + i) % 25));
            }
            served += n;
            return n;
        }
    }

    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void a_60_mb_stream_of_unknown_size_is_refused_at_the_limit_without_the_heap_growing_by_its_size() {
        GeneratedStream upload = new GeneratedStream(60L * MB);
        long before = allocatedByThisThread();

        assertThatThrownBy(() -> BoundedInput.readUtf8(upload, -1, 50L * MB, "file", "over 50 MB", false))
                .isInstanceOf(InputTooLargeException.class).hasMessage("over 50 MB");

        long allocated = allocatedByThisThread() - before;
        assertThat(upload.served).isEqualTo(50L * MB + 1); // stopped at the first byte beyond the limit
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(4L * MB);
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_a_byte_is_read() {
        GeneratedStream upload = new GeneratedStream(60L * MB);

        assertThatThrownBy(() -> BoundedInput.readUtf8(upload, 60L * MB, 50L * MB, "sql", "too big", false))
                .isInstanceOf(InputTooLargeException.class)
                .satisfies(e -> assertThat(((InputTooLargeException) e).fieldErrors()).containsEntry("sql", "too big"));
        assertThat(upload.served).isZero();
    }

    @Test
    void text_within_the_limit_is_returned_without_its_byte_order_mark() throws IOException {
        byte[] bytes = "\uFEFFCREATE TABLE café (id int);".getBytes(StandardCharsets.UTF_8);

        assertThat(BoundedInput.readUtf8(new ByteArrayInputStream(bytes), bytes.length, bytes.length, "file", "x",
                true)).isEqualTo("CREATE TABLE café (id int);");
        assertThat(BoundedInput.readUtf8(new GeneratedStream(5L * MB), -1, 5L * MB, "file", "x", false))
                .hasSize(5 * MB);
    }

    @Test
    void strict_reading_refuses_bytes_that_are_not_utf_8_and_lenient_reading_replaces_them() throws IOException {
        byte[] latin1 = "CREATE TABLE café (id int);".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> BoundedInput.readUtf8(new ByteArrayInputStream(latin1), -1, MB, "file", "x", true))
                .isInstanceOf(CharacterCodingException.class);
        assertThat(BoundedInput.readUtf8(new ByteArrayInputStream(latin1), -1, MB, "file", "x", false))
                .isEqualTo("CREATE TABLE caf\uFFFD (id int);");
    }
}

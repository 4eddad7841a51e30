package org.schemaboard.importing.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A multipart upload of a generated file, streamed without a declared length (chunked), as a client that ignores
 * the browser's limit would send it; the bytes are made as they are sent, so the test holds none of them.
 */
final class LargeUpload {

    private LargeUpload() {
    }

    /** @return the HTTP status, or -1 when the server closed the connection before the whole body was sent */
    static int post(URI target, String cookies, String fileName, long size) throws InterruptedException {
        String boundary = "----schemaboard" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/sql\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookies)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        java.util.Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                new Generated(size), new ByteArrayInputStream(tail))))))
                .build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static final class Generated extends InputStream {
        private static final byte[] LINE = "CREATE TABLE t (id int);\n".getBytes(StandardCharsets.UTF_8);
        private final long size;
        private long sent;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return sent < size ? LINE[(int) (sent++ % LINE.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - sent);
            for (int i = 0; i < n; i++) {
                b[off + i] = LINE[(int) ((sent + i) % LINE.length)];
            }
            sent += n;
            return n;
        }
    }
}

package org.schemaboard.importing.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a page sends back to the server, before it is held in memory. Pasted SQL reaches the server as the value
 * of the import dialog's text area, inside one of Vaadin's UIDL requests, which Vaadin reads whole into memory; the
 * text area's {@code maxlength} binds only the browser. So a UIDL request (or any other request that is not an
 * upload) may carry at most what a full paste box takes — {@link SqlImportService#MAX_CHARACTERS} characters, each at
 * most {@value #BYTES_PER_CHARACTER} bytes once UTF-8 and JSON-escaped, plus room for the envelope. A request that
 * declares more is answered 413 before its body is read; one that declares no length is cut off at the limit while
 * it is read. Uploads have their own limit ({@link BoundedTextUpload}) and are left to it.
 *
 * <p>The dialog itself refuses a pasted text over {@link SqlImportService#MAX_CHARACTERS} characters before reading
 * it, and so does the service ({@link SqlImportService#read}).
 */
@Component
class PastedTextLimit extends OncePerRequestFilter {

    /** The most bytes a character takes in a UIDL message: a control character escaped as JSON's \\u0000. */
    static final int BYTES_PER_CHARACTER = 6;
    static final long MAX_REQUEST_BYTES = (long) SqlImportService.MAX_CHARACTERS * BYTES_PER_CHARACTER + (1 << 20);

    private final long maxBytes;

    PastedTextLimit() {
        this(MAX_REQUEST_BYTES);
    }

    PastedTextLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        // uploads (multipart, or a file streamed by Vaadin's upload handler) are bounded by their own handlers
        return !"POST".equalsIgnoreCase(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, SqlImportService.PASTED_TOO_LARGE);
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    /** The request with a body that stops at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > maxBytes) {
                        throw new IOException("Request body over " + maxBytes + " bytes: "
                                + SqlImportService.PASTED_TOO_LARGE);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}

package org.schemaboard.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an uploaded or named file as text with a size limit that holds before the bytes are in memory: a size declared
 * beyond the limit is refused before anything is read, and the bytes are counted as they arrive and go to a temporary
 * file, so a sender who declares no size (or a false one) is stopped at the limit while the heap holds one buffer.
 * Only a file within the limit is turned into a String. Works the same for a browser upload, a pipe and a file.
 */
public final class BoundedInput {

    private static final int BUFFER = 64 * 1024;

    private BoundedInput() {
    }

    /**
     * The stream's bytes as UTF-8 text without a leading byte order mark.
     *
     * @param declaredSize the size the sender announced, or a negative number when unknown
     * @param tooLarge     the message of the {@link InputTooLargeException}: what the limit is and what to do
     * @param strict       whether bytes that are not UTF-8 are an error ({@link CharacterCodingException}) rather than
     *                     replaced by U+FFFD
     * @throws InputTooLargeException as soon as the declared size or the bytes read exceed {@code maxBytes}
     */
    public static String readUtf8(InputStream in, long declaredSize, long maxBytes, String field, String tooLarge,
                                  boolean strict) throws IOException {
        if (declaredSize > maxBytes) {
            throw new InputTooLargeException(field, tooLarge);
        }
        Path spool = Files.createTempFile("schemaboard-upload-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                copyAtMost(in, out, maxBytes, field, tooLarge);
            }
            byte[] bytes = Files.readAllBytes(spool);
            if (strict) {
                requireUtf8(bytes);
            }
            // a String of plain ASCII or Latin-1 text takes one byte a character: no larger than the file
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /**
     * Checks that the bytes are UTF-8, decoding them through a small buffer: decoding the whole file at once would
     * hold it a second time, as two bytes a character.
     */
    private static void requireUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                result.throwException();
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult end = decoder.flush(out);
        if (end.isError()) {
            end.throwException();
        }
    }

    /** The file's text, read as {@link #readUtf8} reads a stream (strict UTF-8). */
    public static String readUtf8(Path file, long maxBytes, String field, String tooLarge) throws IOException {
        long size = Files.isRegularFile(file) ? Files.size(file) : -1;
        try (InputStream in = Files.newInputStream(file)) {
            return readUtf8(in, size, maxBytes, field, tooLarge, true);
        }
    }

    /**
     * Copies at most {@code maxBytes}; on the first byte beyond, stops reading and throws. Returns the bytes copied.
     */
    public static long copyAtMost(InputStream in, OutputStream out, long maxBytes, String field, String tooLarge)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - total + 1))) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new InputTooLargeException(field, tooLarge);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** "60.0 MB" for a person reading a limit or a size. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

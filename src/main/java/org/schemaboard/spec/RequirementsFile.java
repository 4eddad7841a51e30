package org.schemaboard.spec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.schemaboard.base.ValidationException;

/**
 * An uploaded requirements or architecture document: a Markdown or plain-text file in UTF-8, small enough to keep
 * with the design. Each refusal names the file and the problem, and what to do; a refused file changes nothing.
 * Added after the notes already there, so an architecture document and a requirements document can both be kept.
 */
public final class RequirementsFile {

    /** Larger than any requirements document written by hand; the notes hold 100,000 characters. */
    public static final int MAX_BYTES = 512 * 1024;
    public static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt", "text");

    private RequirementsFile() {
    }

    /**
     * The file's text without a byte order mark.
     *
     * @throws ValidationException on field {@code file}: not Markdown or text, too large, empty, binary, not UTF-8
     */
    public static String read(String fileName, byte[] bytes) {
        String name = fileName == null || fileName.isBlank() ? "The file" : fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw refused(name + " is not a Markdown or text file: upload a .md, .markdown or .txt file "
                    + "(export other documents as Markdown or text first).");
        }
        checkSize(name, bytes.length);
        for (byte b : bytes) {
            if (b == 0) {
                throw refused(name + " contains binary data (zero bytes), not text: save it as plain text or "
                        + "Markdown and upload again.");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(name + " is not UTF-8 text (it may be Windows-1252 or Latin-1): save it as UTF-8 and "
                    + "upload again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused(name + " is empty: nothing to add to the requirements.");
        }
        return text;
    }

    /**
     * Refuses a file larger than {@link #MAX_BYTES}: before reading it when its size is announced, else after reading
     * one byte too many.
     */
    public static void checkSize(String fileName, long size) {
        if (size > MAX_BYTES) {
            throw refused(fileName + " is " + kilobytes(size) + "; requirements files can be at most "
                    + kilobytes(MAX_BYTES) + ". Upload the parts that matter for the data model.");
        }
    }

    /**
     * The requirements with the file's text added after the notes (or as the notes when there are none), and the
     * file named among the sources.
     *
     * @throws ValidationException when the notes would grow beyond what they hold
     */
    public static Requirements append(Requirements current, String fileName, String text) {
        String before = current.text() == null ? "" : current.text().stripTrailing();
        String notes = before.isEmpty() ? text : before + "\n\n" + text;
        if (notes.length() > SectionValidation.MAX_REQUIREMENTS) {
            throw refused(fileName + " would make the requirements notes " + String.format(Locale.ROOT, "%,d",
                    notes.length()) + " characters long; they hold at most " + String.format(Locale.ROOT, "%,d",
                    SectionValidation.MAX_REQUIREMENTS) + ". Shorten the file or the notes.");
        }
        String source = current.source() == null || current.source().isBlank() ? fileName
                : current.source().contains(fileName) ? current.source() : current.source() + ", " + fileName;
        return new Requirements(notes, source, current.dismissed());
    }

    private static ValidationException refused(String message) {
        return ValidationException.of("file", message);
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }
}
